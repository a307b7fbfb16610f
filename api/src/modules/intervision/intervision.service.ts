import type { Kysely } from 'kysely';
import type { TAction } from '@koers/shared/follow-up';
import type {
  TIntervisionGroup,
  TIntervisionGroupsUpdate,
  TIntervisionRound,
  TIntervisionRoundCreate,
  TIntervisionRoundDetail,
  TIntervisionSessionCreate,
  TIntervisionSignUpInput,
  TIntervisionTakeAway,
} from '@koers/shared/intervision';
import type { TDatabase } from '../../db/schema.ts';
import type { TExecutor } from '../../db/types.ts';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../../errors.ts';
import type { TActor, TRequestContext } from '../../plugins/auth.ts';
import { createActionService } from '../actions/actions.service.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { insertNotices } from '../notices/notices.repository.ts';
import { checkGroups } from './group-rules.ts';
import { proposeGroups } from './grouping.ts';
import { toGroups, toRound, toSignUp } from './intervision.mapper.ts';
import * as repository from './intervision.repository.ts';

const NO_SPLIT = {
  too_few_sign_ups: 'A round needs at least five sign-ups to form a group',
  too_many_of_one_partnership: 'One partnership has more sign-ups than there can be groups',
} as const;

/** Groups with their members, sessions and board clashes, as the mapper shows them. */
async function groupsWithMembers(db: TExecutor, groups: readonly repository.TGroupRow[]) {
  const ids = groups.map((g) => g.id);
  const [signUps, sessions] = await Promise.all([
    repository.listSignUps(db, { groupIds: ids }),
    repository.listSessions(db, ids),
  ]);
  const boards = await repository.boardsOfPartnerships(db, [...new Set(signUps.map((s) => s.partnership_id))]);
  return toGroups(groups, signUps, sessions, boards);
}

/**
 * Intervision rounds among programme managers of different partnerships. What is said in a group stays
 * in the group: dilemmas and cases are read by their author, their group's members and the round's
 * facilitator, never by anyone else (an admin who does not facilitate included).
 */
export function createIntervisionService(db: Kysely<TDatabase>) {
  const actions = createActionService(db);

  async function loadRound(roundId: string) {
    const round = await repository.findRound(db, roundId);
    if (!round) throw new NotFoundError('Intervision round');
    return round;
  }

  /** A group is known only to its members and its round's facilitator; to everyone else it does not exist. */
  async function loadGroup(actor: TActor, groupId: string) {
    const [group] = await repository.listGroups(db, { groupId });
    if (!group) throw new NotFoundError('Intervision group');
    const isFacilitator = group.facilitator_id === actor.personId;
    const [mine] = await repository.listSignUps(db, { groupIds: [groupId], personId: actor.personId });
    if (!isFacilitator && !(mine && group.status === 'confirmed')) throw new NotFoundError('Intervision group');
    return { group, isFacilitator, mine };
  }

  return {
    /** Checked before a facilitator's change is read: others may not learn what it expects. */
    async assertFacilitator(actor: TActor, roundId: string): Promise<void> {
      const round = await loadRound(roundId);
      if (round.facilitator_id !== actor.personId) throw new ForbiddenError();
    },

    async assertGroupFacilitator(actor: TActor, groupId: string): Promise<void> {
      if (!(await loadGroup(actor, groupId)).isFacilitator) throw new ForbiddenError();
    },

    async assertGroupMember(actor: TActor, groupId: string): Promise<void> {
      if (!(await loadGroup(actor, groupId)).mine) throw new ForbiddenError();
    },

    async list(actor: TActor): Promise<TIntervisionRound[]> {
      const [rounds, mine] = await Promise.all([
        repository.listRounds(db, actor.personId),
        repository.listSignUps(db, { personId: actor.personId }),
      ]);
      return rounds.map((r) =>
        toRound(
          r,
          actor.personId,
          mine.find((s) => s.round_id === r.id),
        ),
      );
    },

    async get(actor: TActor, roundId: string): Promise<TIntervisionRoundDetail> {
      const round = await loadRound(roundId);
      const isFacilitator = round.facilitator_id === actor.personId;
      const [mine] = await repository.listSignUps(db, { roundId, personId: actor.personId });
      const groups = await repository.listGroups(db, { roundId });
      const visibleGroups = isFacilitator
        ? groups
        : groups.filter((g) => g.status === 'confirmed' && g.id === mine?.group_id);
      const signUps = isFacilitator ? await repository.listSignUps(db, { roundId }) : mine ? [mine] : [];
      return {
        ...toRound(round, actor.personId, mine),
        signUps: signUps.map(toSignUp),
        groups: await groupsWithMembers(db, visibleGroups),
      };
    },

    async create(
      { actor, requestId }: TRequestContext,
      input: TIntervisionRoundCreate,
    ): Promise<TIntervisionRoundDetail> {
      const id = await db.transaction().execute(async (trx) => {
        const { id } = await repository.insertRound(trx, input, actor.personId);
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'intervision.round_opened',
          subjectType: 'intervision_round',
          subjectId: id,
          requestId,
          details: { theme: input.theme, title: input.title, signUpDeadline: input.signUpDeadline },
        });
        return id;
      });
      return this.get(actor, id);
    },

    async signUp(
      { actor, requestId }: TRequestContext,
      roundId: string,
      input: TIntervisionSignUpInput,
    ): Promise<TIntervisionRoundDetail> {
      const round = await loadRound(roundId);
      if (!actor.access.programmeManagerOf.includes(input.partnershipId))
        throw new InvalidInputError('Sign up for a partnership you manage', [
          { path: 'body.partnershipId', message: 'Choose one of your own partnerships' },
        ]);
      if (!round.sign_up_open) throw new ConflictError('Sign-up for this round has closed');
      await db.transaction().execute(async (trx) => {
        await repository.saveSignUp(trx, {
          roundId,
          personId: actor.personId,
          partnershipId: input.partnershipId,
          dilemma: input.dilemma,
          caseText: input.case,
        });
        // The dilemma stays out of the audit log: admins read it, and it is not theirs to read.
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'intervision.signed_up',
          partnershipId: input.partnershipId,
          subjectType: 'intervision_round',
          subjectId: roundId,
          requestId,
        });
      });
      return this.get(actor, roundId);
    },

    async withdraw({ actor, requestId }: TRequestContext, roundId: string): Promise<void> {
      const round = await loadRound(roundId);
      if (!round.sign_up_open) throw new ConflictError('Sign-up for this round has closed');
      await db.transaction().execute(async (trx) => {
        const removed = await repository.deleteSignUp(trx, roundId, actor.personId);
        if (!removed) throw new NotFoundError('Sign-up');
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'intervision.withdrawn',
          subjectType: 'intervision_round',
          subjectId: roundId,
          requestId,
        });
      });
    },

    /** Koers's proposal (see grouping.ts), replacing any groups the facilitator had arranged. */
    async propose(ctx: TRequestContext, roundId: string): Promise<TIntervisionRoundDetail> {
      const round = await loadRound(roundId);
      if (round.status === 'confirmed') throw new ConflictError('The groups of this round are confirmed');
      const signUps = await repository.listSignUps(db, { roundId });
      const boards = await repository.boardsOfPartnerships(db, [...new Set(signUps.map((s) => s.partnership_id))]);
      const result = proposeGroups(
        signUps.map((s) => ({
          id: s.id,
          partnershipId: s.partnership_id,
          boardIds: boards.get(s.partnership_id) ?? [],
        })),
      );
      if (!result.ok) throw new ConflictError(NO_SPLIT[result.reason]);
      return this.arrange(ctx, roundId, {
        groups: result.groups.map((signUpIds) => ({ signUpIds, chosenSignUpId: null })),
      });
    },

    /** The facilitator's own arrangement: people moved between groups, a case chosen per group. */
    async arrange(
      { actor, requestId }: TRequestContext,
      roundId: string,
      input: TIntervisionGroupsUpdate,
    ): Promise<TIntervisionRoundDetail> {
      const round = await loadRound(roundId);
      if (round.status === 'confirmed') throw new ConflictError('The groups of this round are confirmed');
      await db.transaction().execute(async (trx) => {
        const signUps = await repository.listSignUps(trx, { roundId });
        const issues = checkGroups(input, signUps);
        if (issues.length > 0) throw new InvalidInputError('These groups cannot be formed', issues);
        await repository.replaceGroups(trx, roundId, input.groups);
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'intervision.groups_arranged',
          subjectType: 'intervision_round',
          subjectId: roundId,
          requestId,
          details: { groups: input.groups.map((g) => g.signUpIds.length) },
        });
      });
      return this.get(actor, roundId);
    },

    /** Confirms the groups; each participant gets a notice of theirs. */
    async confirm({ actor, requestId }: TRequestContext, roundId: string): Promise<TIntervisionRoundDetail> {
      const round = await loadRound(roundId);
      if (round.status === 'confirmed') throw new ConflictError('The groups of this round are confirmed');
      await db.transaction().execute(async (trx) => {
        const signUps = await repository.listSignUps(trx, { roundId });
        if (signUps.length === 0 || signUps.some((s) => s.group_id === null))
          throw new ConflictError('Place every sign-up in a group before confirming');
        await repository.confirmRound(trx, roundId);
        for (const s of signUps) {
          await insertNotices(trx, [s.person_id], {
            kind: 'intervision_group',
            partnershipId: s.partnership_id,
            subjectKey: `intervision-group:${s.group_id}`,
            title: {
              nl: `Je intervisiegroep voor "${round.title}" staat vast`,
              en: `Your peer consultation group for "${round.title}" is set`,
            },
            link: `/intervision/${roundId}`,
          });
        }
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'intervision.groups_confirmed',
          subjectType: 'intervision_round',
          subjectId: roundId,
          requestId,
        });
      });
      return this.get(actor, roundId);
    },

    async group(actor: TActor, groupId: string): Promise<TIntervisionGroup> {
      const { group } = await loadGroup(actor, groupId);
      const [shown] = await groupsWithMembers(db, [group]);
      if (!shown) throw new NotFoundError('Intervision group');
      return shown;
    },

    async planSession(
      { actor, requestId }: TRequestContext,
      groupId: string,
      input: TIntervisionSessionCreate,
    ): Promise<TIntervisionGroup> {
      const { group } = await loadGroup(actor, groupId);
      if (group.status !== 'confirmed') throw new ConflictError('Confirm the groups before planning sessions');
      await db.transaction().execute(async (trx) => {
        const { id } = await repository.insertSession(trx, groupId, input);
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'intervision.session_planned',
          subjectType: 'intervision_session',
          subjectId: id,
          requestId,
          details: { groupId, startsAt: input.startsAt, endsAt: input.endsAt },
        });
      });
      return this.group(actor, groupId);
    },

    /** A take-away becomes an action of the participant's own partnership, owned by them. */
    async takeAway(ctx: TRequestContext, groupId: string, input: TIntervisionTakeAway): Promise<TAction> {
      const { mine } = await loadGroup(ctx.actor, groupId);
      if (!mine) throw new ForbiddenError();
      const round = await loadRound(mine.round_id);
      const action = await actions.create(ctx, mine.partnership_id, {
        theme: round.theme_number as TAction['theme'],
        description: input.description,
        ownerId: ctx.actor.personId,
        dueOn: input.dueOn,
        supportType: 'intervision',
        flagIds: [],
        goodApproachIds: [],
        peerPartnershipId: null,
      });
      await repository.linkTakeAway(db, action.id, groupId);
      return action;
    },
  };
}
