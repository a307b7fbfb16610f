import { z } from 'zod';
import { ZText } from './input.ts';

export const ORGANISATION_KINDS = ['institute', 'school_board', 'school'] as const;
export const ZOrganisationKind = z.enum(ORGANISATION_KINDS);
export type TOrganisationKind = z.infer<typeof ZOrganisationKind>;

export const ZOrganisation = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: ZOrganisationKind,
});
export type TOrganisation = z.infer<typeof ZOrganisation>;

export const ZOrganisationDetail = ZOrganisation.extend({
  parentId: z.uuid().nullable(),
  partnershipCount: z.number().int().nonnegative(),
});
export type TOrganisationDetail = z.infer<typeof ZOrganisationDetail>;

export const ZOrganisationListQuery = z.object({ kind: ZOrganisationKind.optional() });

export const ZOrganisationCreate = z.object({
  name: ZText.trim().min(2).max(200),
  kind: ZOrganisationKind,
  /** The board a school belongs to. */
  parentId: z.uuid().nullable().default(null),
});
export type TOrganisationCreate = z.infer<typeof ZOrganisationCreate>;

export const ZOrganisationUpdate = ZOrganisationCreate.omit({ kind: true })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Change at least one field' });
export type TOrganisationUpdate = z.infer<typeof ZOrganisationUpdate>;

export const ZOrganisationParams = z.object({ organisationId: z.uuid() });
