import { z } from 'zod';
import { ROLES } from './role-names.ts';

export const ZRole = z.enum(ROLES);
export type TRole = z.infer<typeof ZRole>;

/**
 * One role held by one person, in the one kind of place that role lives: admin everywhere,
 * programme managers and critical friends in a partnership, board members in an organisation.
 */
export const ZRoleAssignment = z.discriminatedUnion('role', [
  z.object({ id: z.uuid(), role: z.literal('admin') }),
  z.object({
    id: z.uuid(),
    role: z.enum(['programme_manager', 'critical_friend']),
    partnershipId: z.uuid(),
    partnershipName: z.string(),
  }),
  z.object({
    id: z.uuid(),
    role: z.literal('board_member'),
    organisationId: z.uuid(),
    organisationName: z.string(),
  }),
]);
export type TRoleAssignment = z.infer<typeof ZRoleAssignment>;

/** What an admin sends to grant a role: the place, without the names the server fills in. */
export const ZRoleGrant = z.discriminatedUnion('role', [
  z.object({ role: z.literal('admin') }),
  z.object({ role: z.enum(['programme_manager', 'critical_friend']), partnershipId: z.uuid() }),
  z.object({ role: z.literal('board_member'), organisationId: z.uuid() }),
]);
export type TRoleGrant = z.infer<typeof ZRoleGrant>;
