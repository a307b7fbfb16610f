import { z } from 'zod';

export const ORGANISATION_KINDS = ['institute', 'school_board', 'school'] as const;
export const ZOrganisationKind = z.enum(ORGANISATION_KINDS);
export type TOrganisationKind = z.infer<typeof ZOrganisationKind>;

export const ZOrganisation = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: ZOrganisationKind,
});
export type TOrganisation = z.infer<typeof ZOrganisation>;
