import { z } from 'zod';
import { ZText } from './input.ts';

/** A provider people can sign in with, as the login page lists it ("Inloggen met <label>"). */
export const ZOidcProvider = z.object({
  /** Lower case; sign-in starts at /api/auth/oidc/<name>. */
  name: z.string(),
  label: z.string(),
});
export type TOidcProvider = z.infer<typeof ZOidcProvider>;

export const ZOidcProviders = z.object({ items: z.array(ZOidcProvider) });
export type TOidcProviders = z.infer<typeof ZOidcProviders>;

export const ZOidcProviderParams = z.object({ provider: z.string().regex(/^[a-z0-9]{1,40}$/) });

/** Where the provider sends the browser back: the code and the state, or an error it reports. */
export const ZOidcCallbackQuery = z.looseObject({
  code: ZText.max(2048).optional(),
  state: ZText.max(512).optional(),
  error: ZText.max(256).optional(),
});

export const ZEmailDomain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'A domain such as hogeschool.nl')
  .max(253);

/** An email domain whose people sign in through a provider, never with a password. */
export const ZSsoRequiredDomain = z.object({
  domain: ZEmailDomain,
  organisationId: z.uuid(),
  provider: z.string(),
  createdAt: z.iso.datetime(),
});
export type TSsoRequiredDomain = z.infer<typeof ZSsoRequiredDomain>;

export const ZSsoRequiredDomainCreate = z.object({
  domain: ZEmailDomain,
  organisationId: z.uuid(),
  provider: z.string().regex(/^[a-z0-9]{1,40}$/),
});
export type TSsoRequiredDomainCreate = z.infer<typeof ZSsoRequiredDomainCreate>;

export const ZSsoRequiredDomainParams = z.object({ domain: ZEmailDomain });

/** Signing out: the provider's own sign-out, when the session came through one that offers it. */
export const ZSignedOut = z.object({ providerLogoutUrl: z.url().nullable() });
export type TSignedOut = z.infer<typeof ZSignedOut>;

/**
 * A provider's subject an admin gives a person before their first sign-in (SURFconext's `sub`, or an id
 * such as an eduPersonPrincipalName the institution hands out): that sign-in binds to them even when the
 * provider vouches for no address. OpenID Connect keeps a subject to 255 characters.
 */
export const ZConfiguredIdentityCreate = z.object({
  provider: z.string().regex(/^[a-z0-9]{1,40}$/),
  subject: ZText.trim().min(1).max(255),
});
export type TConfiguredIdentityCreate = z.infer<typeof ZConfiguredIdentityCreate>;

/** An account at a provider that a person signs in with, or that awaits its first sign-in (`lastUsedAt` empty). */
export const ZSignInIdentity = z.object({
  provider: z.string(),
  subject: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
});
export type TSignInIdentity = z.infer<typeof ZSignInIdentity>;

/** How a person signs in, as their admin sees it: never a secret, only what exists. */
export const ZPersonSignIn = z.object({
  identities: z.array(ZSignInIdentity),
  /** A confirmed authenticator app (two-step sign-in). */
  secondFactor: z.boolean(),
  passkeys: z.number().int().min(0),
});
export type TPersonSignIn = z.infer<typeof ZPersonSignIn>;

export const ZPersonIdentityParams = z.object({ personId: z.uuid(), provider: z.string().regex(/^[a-z0-9]{1,40}$/) });
