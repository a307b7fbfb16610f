export const passkeyKeys = {
  mine: () => ['passkeys', 'mine'] as const,
};
