/**
 * The access rules of Koers, in one place, used by the API to decide and by the web app to show only
 * what a person can do. Every rule answers "no" unless a role grants it: a forgotten grant fails closed.
 *
 * Only types come from zod and the schemas: the web app's shell, on its first page, asks these rules
 * what to show, and must not load zod to do so.
 */
import type { z } from 'zod';
import type { ZAccess } from './auth.ts';

export type TAccess = z.infer<typeof ZAccess>;

/** What is being acted on: a partnership's data, with what that partnership chose to share. */
export type TPartnershipResource = { partnershipId: string; sharesNarratives?: boolean };

type TPartnershipAction =
  | 'partnership:read'
  /** Evidence, next steps and other free text of individual respondents. */
  | 'partnership:read-narrative'
  | 'assessment:edit'
  | 'assessment:reopen'
  /** Past quarters from a partnership's own spreadsheets. */
  | 'history:import'
  /** Whether board members may read the partnership's narratives and review summaries. */
  | 'partnership:share'
  | 'review:write'
  | 'follow-up:write'
  | 'timeline-note:write'
  /** The network portrait, and the contact requests it brings: the programme manager speaks for it. */
  | 'portrait:write'
  /** Taking a portrait off the network: its programme manager, or an admin. */
  | 'portrait:unpublish'
  /** Asking a partnership that offered help on a flag's theme for contact, and following those requests. */
  | 'peer-contact:ask'
  /** A good approach from this partnership's practice. */
  | 'good-approach:write'
  /** Publishing a programme manager's good approach of this partnership, or sending it back. */
  | 'good-approach:approve';

type TPlatformAction =
  | 'platform:manage'
  | 'audit:read'
  /** The heatmap of every partnership in view: admins and board members. */
  | 'board-overview:read'
  /** The open flags of one's assigned partnerships: critical friends (and admins). */
  | 'review-queue:read'
  /** Read-only tokens for an institution's integrations: admins and programme managers. */
  | 'api-token:create'
  /** Intervision rounds: open to programme managers (to sign up) and facilitators. */
  | 'intervision:read'
  /** Open and lead an intervision round: critical friends and admins. */
  | 'intervision:facilitate'
  /** Sign up for an intervision round for one's own partnership: programme managers. */
  | 'intervision:sign-up'
  /** The published network portraits: anyone with a role. */
  | 'network:read'
  /** Published good approaches: every signed-in person with a role. */
  | 'good-approach:read'
  /** Writing good approaches at all: admins, critical friends and programme managers. */
  | 'good-approach:author'
  /** A good approach published straight away, from no partnership or from any: critical friends and admins. */
  | 'good-approach:publish';

export type TAction = TPartnershipAction | TPlatformAction;

const manages = (a: TAccess, r: TPartnershipResource) => a.programmeManagerOf.includes(r.partnershipId);
const befriends = (a: TAccess, r: TPartnershipResource) => a.criticalFriendOf.includes(r.partnershipId);
const boards = (a: TAccess, r: TPartnershipResource) => a.boardMemberOf.includes(r.partnershipId);

const PARTNERSHIP_RULES: Record<TPartnershipAction, (a: TAccess, r: TPartnershipResource) => boolean> = {
  'partnership:read': (a, r) => a.isAdmin || manages(a, r) || befriends(a, r) || boards(a, r),
  'partnership:read-narrative': (a, r) =>
    a.isAdmin || manages(a, r) || befriends(a, r) || (boards(a, r) && r.sharesNarratives === true),
  // Scores and answers are the partnership's own: critical friends and board members never change them.
  'assessment:edit': (a, r) => manages(a, r),
  'assessment:reopen': (a, r) => a.isAdmin || befriends(a, r),
  'history:import': (a, r) => a.isAdmin || manages(a, r),
  'partnership:share': (a, r) => a.isAdmin || manages(a, r),
  'review:write': (a, r) => befriends(a, r),
  'follow-up:write': (a, r) => manages(a, r) || befriends(a, r),
  'timeline-note:write': (a, r) => manages(a, r) || befriends(a, r),
  // Publishing is the partnership's own choice: nobody else writes or publishes its portrait.
  'portrait:write': (a, r) => manages(a, r),
  'portrait:unpublish': (a, r) => a.isAdmin || manages(a, r),
  'peer-contact:ask': (a, r) => manages(a, r) || befriends(a, r),
  'good-approach:write': (a, r) => a.isAdmin || manages(a, r) || befriends(a, r),
  'good-approach:approve': (a, r) => a.isAdmin || befriends(a, r),
};

const PLATFORM_RULES: Record<TPlatformAction, (a: TAccess) => boolean> = {
  'platform:manage': (a) => a.isAdmin,
  'audit:read': (a) => a.isAdmin,
  'board-overview:read': (a) => a.isAdmin || a.boardMemberOf.length > 0,
  'review-queue:read': (a) => a.isAdmin || a.criticalFriendOf.length > 0,
  'api-token:create': (a) => a.isAdmin || a.programmeManagerOf.length > 0,
  'intervision:read': (a) => a.isAdmin || a.criticalFriendOf.length > 0 || a.programmeManagerOf.length > 0,
  'intervision:facilitate': (a) => a.isAdmin || a.criticalFriendOf.length > 0,
  'intervision:sign-up': (a) => a.programmeManagerOf.length > 0,
  'network:read': (a) =>
    a.isAdmin || a.programmeManagerOf.length > 0 || a.criticalFriendOf.length > 0 || a.boardMemberOf.length > 0,
  'good-approach:read': (a) =>
    a.isAdmin || a.programmeManagerOf.length + a.criticalFriendOf.length + a.boardMemberOf.length > 0,
  'good-approach:author': (a) => a.isAdmin || a.criticalFriendOf.length > 0 || a.programmeManagerOf.length > 0,
  'good-approach:publish': (a) => a.isAdmin || a.criticalFriendOf.length > 0,
};

export function can(access: TAccess | null | undefined, action: TPlatformAction): boolean;
export function can(
  access: TAccess | null | undefined,
  action: TPartnershipAction,
  resource: TPartnershipResource,
): boolean;
export function can(access: TAccess | null | undefined, action: TAction, resource?: TPartnershipResource): boolean {
  if (!access) return false;
  if (action in PARTNERSHIP_RULES) {
    return resource !== undefined && PARTNERSHIP_RULES[action as TPartnershipAction](access, resource);
  }
  return PLATFORM_RULES[action as TPlatformAction](access);
}

/** The partnerships a person may read at all; `'all'` for admins. Data queries are scoped by this. */
export function readablePartnerships(access: TAccess): 'all' | string[] {
  if (access.isAdmin) return 'all';
  return [...new Set([...access.programmeManagerOf, ...access.criticalFriendOf, ...access.boardMemberOf])];
}
