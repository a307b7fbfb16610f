import { z } from 'zod';
import { ZInt, ZText } from './input.ts';

/**
 * Read-only API tokens for integrations (an institution's BI tool reading its partnerships). The prefix
 * lets secret scanners (and people) recognise a Koers token that ended up where it should not be.
 */
export const API_TOKEN_PREFIX = 'koers_pat_';

/** A token lives at most a year: an integration that runs longer gets a new one, and the old one ends. */
export const API_TOKEN_MAX_DAYS = 365;
export const API_TOKEN_DEFAULT_DAYS = 90;
export const API_TOKEN_NAME_MAX = 80;

const ZAt = z.iso.datetime({ offset: true });

export const ZApiTokenCreate = z.object({
  /** What the token is for, so its owner recognises it in the list ("Power BI stuurgroep"). */
  name: ZText.trim().min(1).max(API_TOKEN_NAME_MAX),
  expiresInDays: ZInt.min(1).max(API_TOKEN_MAX_DAYS).default(API_TOKEN_DEFAULT_DAYS),
});
export type TApiTokenCreate = z.input<typeof ZApiTokenCreate>;

export const ZApiToken = z.object({
  id: z.uuid(),
  name: z.string(),
  createdAt: ZAt,
  expiresAt: ZAt,
  /** Written at most once a minute, so it may lag a busy integration by that much. */
  lastUsedAt: ZAt.nullable(),
});
export type TApiToken = z.infer<typeof ZApiToken>;

export const ZApiTokenList = z.object({ items: z.array(ZApiToken) });
export type TApiTokenList = z.infer<typeof ZApiTokenList>;

/** The only answer that holds the secret: Koers keeps its hash, so it cannot show it again. */
export const ZApiTokenCreated = z.object({ token: ZApiToken, secret: z.string().startsWith(API_TOKEN_PREFIX) });
export type TApiTokenCreated = z.infer<typeof ZApiTokenCreated>;

export const ZApiTokenParams = z.object({ tokenId: z.uuid() });
