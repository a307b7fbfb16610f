import type { Kysely } from 'kysely';
import type {
  TFlagGoodApproaches,
  TGoodApproach,
  TGoodApproachDecision,
  TGoodApproachPage,
  TGoodApproachQuery,
  TGoodApproachStatus,
  TGoodApproachWrite,
} from '@koers/shared/good-approaches';
import { can } from '@koers/shared/policy';
import type { TDatabase } from '../../db/schema.ts';
import type { TExecutor } from '../../db/types.ts';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../../errors.ts';
import type { TActor, TRequestContext } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { scopeOf } from '../auth/access-scope.ts';
import { authorizePartnership, authorizePlatform } from '../auth/authorize.ts';
import { insertNotices, peopleOfPartnership } from '../notices/notices.repository.ts';
import { toGoodApproaches } from './good-approaches.mapper.ts';
import * as repository from './good-approaches.repository.ts';
import * as search from './good-approaches-search.repository.ts';
import type { TApproachRow } from './good-approaches.repository.ts';

export type TApproachIntent = 'read' | 'edit' | 'decide' | 'withdraw';

/** Suggestions on a flag's page: a handful, the best matches. */
const FLAG_SUGGESTIONS = 10;

/** Tells the partnership's critical friends that a write-up waits for them. */
async function noticeOfSubmission(trx: TExecutor, id: string, partnershipId: string | null, title: string) {
  if (!partnershipId) return;
  await insertNotices(trx, await peopleOfPartnership(trx, partnershipId, ['critical_friend']), {
    kind: 'good_approach_submitted',
    partnershipId,
    subjectKey: `good-approach:${id}`,
    title: {
      nl: `Goede aanpak wacht op je goedkeuring: ${title}`,
      en: `A good approach awaits your approval: ${title}`,
    },
    link: `/good-approaches/${id}`,
  });
}

async function withTags(db: TExecutor, rows: readonly TApproachRow[]): Promise<TGoodApproach[]> {
  return toGoodApproaches(
    rows,
    await repository.approachTags(
      db,
      rows.map((r) => r.id),
    ),
  );
}

const mayApprove = (actor: TActor, row: Pick<TApproachRow, 'partnership_id'>) =>
  row.partnership_id !== null && can(actor.access, 'good-approach:approve', { partnershipId: row.partnership_id });

/**
 * Published approaches are for everyone with a role; a draft is its author's; a submitted one also its
 * approvers'; a withdrawn one stays with its author and the admins.
 */
function mayRead(actor: TActor, row: TApproachRow): boolean {
  if (row.author_id === actor.personId) return true;
  switch (row.status) {
    case 'published':
      return can(actor.access, 'good-approach:read');
    case 'submitted':
      return mayApprove(actor, row);
    case 'withdrawn':
      return actor.access.isAdmin;
    case 'draft':
      return false;
  }
}

/** Good approaches: written, approved, searched, and suggested where a flag asks for help. */
export function createGoodApproachService(db: Kysely<TDatabase>) {
  async function load(actor: TActor, id: string) {
    const row = await repository.findApproach(db, id);
    if (!row || !mayRead(actor, row)) throw new NotFoundError('Good approach');
    return row;
  }

  /** Who may write from where, and where the write-up goes: published at once, or to an approver. */
  function statusOnWrite(actor: TActor, input: TGoodApproachWrite): TGoodApproachStatus {
    const { partnershipId } = input;
    authorizePlatform(actor, 'good-approach:author');
    if (partnershipId) authorizePartnership(actor, 'good-approach:write', { partnershipId });
    else if (!can(actor.access, 'good-approach:publish')) {
      throw new InvalidInputError('Name the partnership this approach comes from', [
        { path: 'body.partnershipId', message: 'Choose your partnership' },
      ]);
    }
    if (input.asDraft) return 'draft';
    const publishes = partnershipId
      ? can(actor.access, 'good-approach:approve', { partnershipId })
      : can(actor.access, 'good-approach:publish');
    return publishes ? 'published' : 'submitted';
  }

  async function checkIndicators(trx: TExecutor, indicatorIds: readonly string[]) {
    const current = new Set(await repository.currentIndicatorIds(trx, indicatorIds));
    const unknown = indicatorIds.filter((id) => !current.has(id));
    if (unknown.length > 0)
      throw new InvalidInputError(
        'Tag indicators of the current instrument only',
        unknown.map((id) => ({ path: 'body.indicatorIds', message: `Unknown indicator ${id}` })),
      );
  }

  async function get(actor: TActor, id: string): Promise<TGoodApproach> {
    const [approach] = await withTags(db, [await load(actor, id)]);
    if (!approach) throw new NotFoundError('Good approach');
    return approach;
  }

  return {
    get,

    /**
     * Refuses, before the request's input is read, what the person may not do with this approach: 404
     * when they may not see it, 403 when they see it but the step is not theirs.
     */
    async authorize(actor: TActor, id: string, intent: TApproachIntent): Promise<void> {
      const row = await load(actor, id);
      const allowed =
        intent === 'read' ||
        (intent === 'edit' && row.author_id === actor.personId) ||
        (intent === 'decide' && mayApprove(actor, row)) ||
        (intent === 'withdraw' && (row.author_id === actor.personId || actor.access.isAdmin));
      if (!allowed) throw new ForbiddenError();
    },

    async list(actor: TActor, query: TGoodApproachQuery): Promise<TGoodApproachPage> {
      authorizePlatform(actor, 'good-approach:read');
      const visibility: search.TApproachVisibility =
        query.view === 'mine'
          ? { view: 'mine', personId: actor.personId }
          : query.view === 'awaiting'
            ? { view: 'awaiting', approverOf: actor.access.isAdmin ? 'all' : actor.access.criticalFriendOf }
            : { view: 'published' };
      const { rows, total } = await search.searchApproaches(db, visibility, query);
      return { items: await withTags(db, rows), total };
    },

    async create({ actor, requestId }: TRequestContext, input: TGoodApproachWrite): Promise<TGoodApproach> {
      const status = statusOnWrite(actor, input);
      const id = await db.transaction().execute(async (trx) => {
        await checkIndicators(trx, input.indicatorIds);
        const { id } = await repository.insertApproach(trx, input, actor.personId, status);
        await repository.setTags(trx, id, input.themes, input.indicatorIds);
        if (status === 'submitted') await noticeOfSubmission(trx, id, input.partnershipId, input.title);
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'good-approach.created',
          partnershipId: input.partnershipId,
          subjectType: 'good_approach',
          subjectId: id,
          requestId,
          details: { title: input.title, status },
        });
        return id;
      });
      return get(actor, id);
    },

    async update({ actor, requestId }: TRequestContext, id: string, input: TGoodApproachWrite): Promise<TGoodApproach> {
      const row = await load(actor, id);
      if (row.author_id !== actor.personId) throw new ForbiddenError();
      if (row.status === 'withdrawn') throw new ConflictError('A withdrawn approach no longer changes');
      const status = statusOnWrite(actor, input);
      await db.transaction().execute(async (trx) => {
        await checkIndicators(trx, input.indicatorIds);
        await repository.updateApproach(trx, id, input, status);
        await repository.setTags(trx, id, input.themes, input.indicatorIds);
        if (status === 'submitted') await noticeOfSubmission(trx, id, input.partnershipId, input.title);
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'good-approach.updated',
          partnershipId: input.partnershipId,
          subjectType: 'good_approach',
          subjectId: id,
          requestId,
          details: { title: input.title, status },
        });
      });
      return get(actor, id);
    },

    async decide(
      { actor, requestId }: TRequestContext,
      id: string,
      decision: TGoodApproachDecision,
    ): Promise<TGoodApproach> {
      const row = await load(actor, id);
      if (!mayApprove(actor, row)) throw new ForbiddenError();
      const comment = decision.decision === 'send_back' ? decision.comment : null;
      await db.transaction().execute(async (trx) => {
        const moved = await repository.moveApproach(trx, id, 'submitted', {
          status: decision.decision === 'publish' ? 'published' : 'draft',
          reviewedBy: actor.personId,
          reviewComment: comment,
        });
        if (!moved) throw new ConflictError('This approach is not waiting for approval');
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: decision.decision === 'publish' ? 'good-approach.published' : 'good-approach.sent-back',
          partnershipId: row.partnership_id,
          subjectType: 'good_approach',
          subjectId: id,
          requestId,
          details: comment ? { comment } : {},
        });
      });
      // Sent back, it is its author's draft again: the approver still gets the answer to what they did.
      const [decided] = await withTags(
        db,
        [await repository.findApproach(db, id)].filter((r) => r !== undefined),
      );
      if (!decided) throw new NotFoundError('Good approach');
      return decided;
    },

    async withdraw({ actor, requestId }: TRequestContext, id: string): Promise<TGoodApproach> {
      const row = await load(actor, id);
      if (row.author_id !== actor.personId && !actor.access.isAdmin) throw new ForbiddenError();
      await db.transaction().execute(async (trx) => {
        if (
          row.status === 'withdrawn' ||
          !(await repository.moveApproach(trx, id, row.status, { status: 'withdrawn' }))
        )
          throw new ConflictError('This approach was withdrawn already, or changed in the meantime');
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'good-approach.withdrawn',
          partnershipId: row.partnership_id,
          subjectType: 'good_approach',
          subjectId: id,
          requestId,
          details: {},
        });
      });
      return get(actor, id);
    },

    async forFlag(actor: TActor, flagId: string): Promise<TFlagGoodApproaches> {
      const flag = await search.flagContext(db, scopeOf(actor), flagId);
      if (!flag) throw new NotFoundError('Flag');
      if (flag.theme_number === null) return { items: [] };
      const weak = await search.weakIndicatorCodes(db, flag.partnership_id, flag.period_id, flag.theme_number);
      const rows = await search.approachesForTheme(db, flag.theme_number, flag.scenario, weak, FLAG_SUGGESTIONS);
      const approaches = await withTags(db, rows);
      return {
        items: rows.flatMap((row, i) => {
          const approach = approaches[i];
          return approach ? [{ approach, sameScenario: row.same_scenario, sharedIndicators: row.shared_codes }] : [];
        }),
      };
    },
  };
}
