export const periodKeys = {
  all: () => ['periods'] as const,
};
