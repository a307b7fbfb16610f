export const ssoDomainKeys = {
  list: () => ['sso-domains'] as const,
};
