export const authKeys = {
  /** The one key that outlives a change of who is signed in: everything else is dropped then. */
  session: () => ['auth', 'session'] as const,
  meta: () => ['meta'] as const,
  oidcProviders: () => ['meta', 'oidc-providers'] as const,
  oneTimeLink: (token: string) => ['auth', 'one-time-link', token] as const,
  /** Outside 'auth' on purpose: it is the signed-in person's, and is dropped when someone else signs in. */
  secondFactor: () => ['second-factor'] as const,
};
