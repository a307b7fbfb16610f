import type { Kysely } from 'kysely';
import { formatCalendarDate } from '@koers/shared/calendar';
import type { TAction, TActionCreate, TActionProgress } from '@koers/shared/follow-up';
import { can } from '@koers/shared/policy';
import type { TDatabase } from '../../db/schema.ts';
import type { TExecutor } from '../../db/types.ts';
import { InvalidInputError, NotFoundError } from '../../errors.ts';
import type { TActor, TRequestContext } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { authorizePartnership } from '../auth/authorize.ts';
import { addFlagEvent, findFlag, setFlagStatus } from '../flags/flags.repository.ts';
import { insertNotices } from '../notices/notices.repository.ts';
import { toActions } from './actions.mapper.ts';
import * as repository from './actions.repository.ts';
import { checkPeerPartnership, planPeerCounterpart } from './peer-review.ts';

async function findAction(db: TExecutor, actionId: string): Promise<TAction> {
  const [action] = toActions(await repository.listActionRecords(db, { actionId }));
  if (!action) throw new NotFoundError('Action');
  return action;
}

/** A partnership's action plan: actions linked to the flags they answer, tracked until done. */
export function createActionService(db: Kysely<TDatabase>) {
  async function loadAction(actor: TActor, actionId: string) {
    const [row] = await repository.listActions(db, { actionId });
    if (!row || !can(actor.access, 'partnership:read', { partnershipId: row.partnership_id }))
      throw new NotFoundError('Action');
    return row;
  }

  return {
    async list(actor: TActor, partnershipId: string): Promise<TAction[]> {
      authorizePartnership(actor, 'partnership:read', { partnershipId });
      return toActions(await repository.listActionRecords(db, { partnershipId }));
    },

    async create({ actor, requestId }: TRequestContext, partnershipId: string, input: TActionCreate): Promise<TAction> {
      authorizePartnership(actor, 'follow-up:write', { partnershipId });
      checkPeerPartnership({ actor, requestId }, partnershipId, input);
      const id = await db.transaction().execute(async (trx) => {
        if (!(await repository.isPersonOfPartnership(trx, partnershipId, input.ownerId))) {
          throw new InvalidInputError('The owner must be a person in the partnership', [
            { path: 'body.ownerId', message: 'Choose a programme manager or critical friend of this partnership' },
          ]);
        }
        const flags = await Promise.all(
          input.flagIds.map((flagId) => findFlag(trx, { kind: 'partnerships', ids: [partnershipId] }, flagId)),
        );
        const missing = input.flagIds.filter((_, i) => !flags[i]);
        if (missing.length > 0) {
          throw new InvalidInputError(
            'Link only flags of this partnership',
            missing.map((m) => ({ path: 'body.flagIds', message: `Unknown flag ${m}` })),
          );
        }
        const { id } = await repository.insertAction(trx, partnershipId, input, actor.personId);
        await repository.linkFlags(trx, id, input.flagIds);
        const linked = new Set(await repository.linkGoodApproaches(trx, id, input.goodApproachIds));
        const unknown = input.goodApproachIds.filter((approachId) => !linked.has(approachId));
        if (unknown.length > 0) {
          throw new InvalidInputError(
            'Link published good approaches only',
            unknown.map((u) => ({ path: 'body.goodApproachIds', message: `Unknown good approach ${u}` })),
          );
        }
        for (const flag of flags) {
          if (!flag) continue;
          await addFlagEvent(trx, flag.id, actor.personId, 'action_linked', input.description);
          if (flag.status === 'open') await setFlagStatus(trx, flag.id, 'acknowledged', actor.personId, null);
        }
        const { peerPartnershipId } = input;
        if (peerPartnershipId)
          await planPeerCounterpart(trx, { actor, requestId }, id, partnershipId, { ...input, peerPartnershipId });
        if (input.ownerId !== actor.personId) {
          await insertNotices(trx, [input.ownerId], {
            kind: 'action_new',
            partnershipId,
            subjectKey: `action:${id}`,
            title: {
              nl: `Nieuwe actie voor jou (vóór ${formatCalendarDate(input.dueOn, 'nl')}): ${input.description}`,
              en: `A new action for you (due ${formatCalendarDate(input.dueOn, 'en')}): ${input.description}`,
            },
            link: `/partnerships/${partnershipId}/actions`,
          });
        }
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'action.created',
          partnershipId,
          subjectType: 'action',
          subjectId: id,
          requestId,
          details: { ...input },
        });
        return id;
      });
      return findAction(db, id);
    },

    async progress({ actor, requestId }: TRequestContext, actionId: string, input: TActionProgress): Promise<TAction> {
      const action = await loadAction(actor, actionId);
      authorizePartnership(actor, 'follow-up:write', { partnershipId: action.partnership_id });
      await db.transaction().execute(async (trx) => {
        await repository.addActionNote(trx, actionId, actor.personId, input.text, input.status ?? null);
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'action.progress',
          partnershipId: action.partnership_id,
          subjectType: 'action',
          subjectId: actionId,
          requestId,
          details: { ...input },
        });
      });
      return findAction(db, actionId);
    },
  };
}
