/** Claims of an ID token or UserInfo answer, as openid-client returns them. */
export type TClaims = Record<string, unknown> & { sub: string };

/**
 * The addresses a provider vouches for, in lower case: `email` when `email_verified` is true, and
 * SURFconext's `eduperson_principal_name` when it is scoped by the person's own institution
 * (`schac_home_organization`), which that institution asserts. An unverified address binds nobody.
 */
export function addressesVouchedFor(claims: Record<string, unknown>): string[] {
  const addresses = new Set<string>();
  const { email, email_verified: verified } = claims;
  if (typeof email === 'string' && (verified === true || verified === 'true')) addresses.add(email.toLowerCase());
  const principal = claims.eduperson_principal_name;
  const home = claims.schac_home_organization;
  if (typeof principal === 'string' && typeof home === 'string') {
    const scoped = principal.toLowerCase();
    if (scoped.endsWith(`@${home.toLowerCase()}`)) addresses.add(scoped);
  }
  return [...addresses];
}
