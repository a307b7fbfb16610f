import { z } from 'zod';
import { wholeNumberText, ZText } from './input.ts';
import { ZOrganisation } from './organisations.ts';
import { ZScenario, ZSector } from './partnerships.ts';
import { THEME_NUMBERS } from './themes.ts';

/**
 * The learning network: a partnership's network portrait, which it publishes by its own choice, and the
 * contact requests that lead from a weak theme to a partnership that offered experience on it. Nothing
 * here carries a score: a portrait says what a partnership works on and can share, never how it scores.
 */

const ZThemeNumber = z.union(THEME_NUMBERS.map((n) => z.literal(n)));
const ZInstant = z.iso.datetime({ offset: true });
const ZThemeSet = z
  .array(ZThemeNumber)
  .max(THEME_NUMBERS.length)
  .refine((themes) => new Set(themes).size === themes.length, { message: 'Name each theme once' });

/** A partnership's size as a band of its schools: small up to 20, medium 21 to 60, large over 60. */
export const SIZE_BANDS = ['small', 'medium', 'large'] as const;
export const ZSizeBand = z.enum(SIZE_BANDS);
export type TSizeBand = z.infer<typeof ZSizeBand>;

export const ZPortraitUpdate = z.object({
  description: ZText.trim().max(1500),
  sizeBand: ZSizeBand,
  themesNow: ZThemeSet,
  themesOffered: ZThemeSet,
  /** One of the partnership's programme managers; by default the one who writes. */
  contactPersonId: z.uuid().nullable().default(null),
});
export type TPortraitUpdate = z.infer<typeof ZPortraitUpdate>;

export const ZNetworkPortrait = z.object({
  partnershipId: z.uuid(),
  name: z.string(),
  region: z.string(),
  sector: ZSector,
  scenario: ZScenario,
  members: z.array(ZOrganisation),
  description: z.string(),
  sizeBand: ZSizeBand,
  themesNow: z.array(ZThemeNumber),
  themesOffered: z.array(ZThemeNumber),
  /** The contact person's name; their email address is shared only when a contact request is accepted. */
  contactName: z.string().nullable(),
  contactPersonId: z.uuid().nullable(),
  publishedAt: ZInstant.nullable(),
  updatedAt: ZInstant,
});
export type TNetworkPortrait = z.infer<typeof ZNetworkPortrait>;

/** A partnership's own portrait, as its people see it: null until the programme manager writes one. */
export const ZOwnPortrait = z.object({ portrait: ZNetworkPortrait.nullable() });
export type TOwnPortrait = z.infer<typeof ZOwnPortrait>;

export const ZNetworkQuery = z.object({
  scenario: ZScenario.optional(),
  sector: ZSector.optional(),
  /** Only portraits offering experience on this theme. */
  theme: wholeNumberText(ZThemeNumber).optional(),
});
export type TNetworkQuery = z.infer<typeof ZNetworkQuery>;

export const CONTACT_REQUEST_STATUSES = ['open', 'accepted', 'declined'] as const;
export const ZContactRequestStatus = z.enum(CONTACT_REQUEST_STATUSES);
export type TContactRequestStatus = z.infer<typeof ZContactRequestStatus>;

/** A person to talk to: shared with the other side only once a request is accepted. */
export const ZNetworkContact = z.object({ name: z.string(), email: z.string().nullable() });

const ZPartnershipRef = z.object({ partnershipId: z.uuid(), name: z.string() });

export const ZContactRequest = z.object({
  id: z.uuid(),
  flagId: z.uuid(),
  theme: ZThemeNumber,
  status: ZContactRequestStatus,
  asking: ZPartnershipRef,
  peer: ZPartnershipRef,
  askedByName: z.string(),
  message: z.string(),
  reply: z.string().nullable(),
  createdAt: ZInstant,
  answeredAt: ZInstant.nullable(),
  /** The other side's contact, once accepted: the asker for the asked partnership, and the other way round. */
  contact: ZNetworkContact.nullable(),
});
export type TContactRequest = z.infer<typeof ZContactRequest>;

/** Requests to a partnership (to answer) and from it (to follow). */
export const ZContactRequestList = z.object({
  incoming: z.array(ZContactRequest),
  outgoing: z.array(ZContactRequest),
});
export type TContactRequestList = z.infer<typeof ZContactRequestList>;

/**
 * A partnership that offered experience on a flag's theme and has been steady on it: what its portrait
 * says, never its scores. `contactRequest` is the flag's own partnership's latest request to it, if any.
 */
export const ZPeerSuggestion = z.object({
  partnershipId: z.uuid(),
  name: z.string(),
  region: z.string(),
  sector: ZSector,
  scenario: ZScenario,
  sameScenario: z.boolean(),
  sizeBand: ZSizeBand,
  description: z.string(),
  themesOffered: z.array(ZThemeNumber),
  contactRequest: ZContactRequest.nullable(),
});
export type TPeerSuggestion = z.infer<typeof ZPeerSuggestion>;

export const ZContactRequestCreate = z.object({
  partnershipId: z.uuid(),
  message: ZText.trim().min(10).max(1000),
});
export type TContactRequestCreate = z.infer<typeof ZContactRequestCreate>;

export const ZContactRequestAnswer = z.object({
  accept: z.boolean(),
  reply: ZText.trim().max(1000).default(''),
});
export type TContactRequestAnswer = z.infer<typeof ZContactRequestAnswer>;

export const ZContactRequestParams = z.object({ partnershipId: z.uuid(), contactRequestId: z.uuid() });
