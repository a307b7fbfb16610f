export const apiTokenKeys = {
  list: () => ['api-tokens', 'list'] as const,
};
