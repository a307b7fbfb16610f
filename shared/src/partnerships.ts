import { z } from 'zod';
import { ZText } from './input.ts';
import { ZOrganisation } from './organisations.ts';

export const SECTORS = ['po', 'vo', 'mbo'] as const;
export const ZSector = z.enum(SECTORS);
export type TSector = z.infer<typeof ZSector>;

/** Collaboration scenarios of increasing intensity: A school-bound workplace learning .. C learning together. */
export const SCENARIOS = ['A', 'B', 'C'] as const;
export const ZScenario = z.enum(SCENARIOS);
export type TScenario = z.infer<typeof ZScenario>;

export const ZPartnershipSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  region: z.string(),
  sector: ZSector,
  scenario: ZScenario,
  memberCount: z.number().int().nonnegative(),
});
export type TPartnershipSummary = z.infer<typeof ZPartnershipSummary>;

export const ZPartnership = ZPartnershipSummary.omit({ memberCount: true }).extend({
  /** Board members may read narratives and review summaries only when the partnership shares them. */
  sharesWithBoard: z.boolean(),
  members: z.array(ZOrganisation),
});
export type TPartnership = z.infer<typeof ZPartnership>;

export const ZPartnershipListQuery = z.object({
  sector: ZSector.optional(),
  scenario: ZScenario.optional(),
  search: ZText.trim().max(100).optional(),
});
export type TPartnershipListQuery = z.infer<typeof ZPartnershipListQuery>;

export const ZPartnershipParams = z.object({ partnershipId: z.uuid() });

const ZPartnershipFields = z.object({
  name: ZText.trim().min(2).max(200),
  region: ZText.trim().min(2).max(100),
  sector: ZSector,
  scenario: ZScenario,
});

export const ZPartnershipCreate = ZPartnershipFields.extend({
  memberOrganisationIds: z.array(z.uuid()).max(1000).default([]),
});
export type TPartnershipCreate = z.infer<typeof ZPartnershipCreate>;

export const ZPartnershipUpdate = ZPartnershipFields.partial().refine((v) => Object.keys(v).length > 0, {
  message: 'Change at least one field',
});
export type TPartnershipUpdate = z.infer<typeof ZPartnershipUpdate>;

export const ZPartnershipMembers = z.object({ organisationIds: z.array(z.uuid()).max(1000) });

/** The people who work on a partnership: its programme managers and critical friends (no email addresses). */
export const ZPartnershipPerson = z.object({
  id: z.uuid(),
  displayName: z.string(),
  role: z.enum(['programme_manager', 'critical_friend']),
});
export type TPartnershipPerson = z.infer<typeof ZPartnershipPerson>;
