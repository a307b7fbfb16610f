import type { Kysely } from 'kysely';
import type {
  TPartnership,
  TPartnershipCreate,
  TPartnershipListQuery,
  TPartnershipPerson,
  TPartnershipSummary,
  TPartnershipUpdate,
} from '@koers/shared/partnerships';
import type { TDatabase } from '../../db/schema.ts';
import { NotFoundError } from '../../errors.ts';
import type { TActor, TRequestContext } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { scopeOf } from '../auth/access-scope.ts';
import { authorizePlatform } from '../auth/authorize.ts';
import * as repository from './partnerships.repository.ts';

export function createPartnershipService(db: Kysely<TDatabase>) {
  async function get(actor: TActor, partnershipId: string): Promise<TPartnership> {
    const partnership = await repository.findPartnership(db, scopeOf(actor), partnershipId);
    if (!partnership) throw new NotFoundError('Partnership');
    const members = await repository.listMemberOrganisations(db, partnershipId);
    const { shares_with_board, ...fields } = partnership;
    return { ...fields, sharesWithBoard: shares_with_board, members };
  }

  return {
    get,

    /** Who can own an action: the partnership's programme managers and critical friends. */
    async people(actor: TActor, partnershipId: string): Promise<TPartnershipPerson[]> {
      await get(actor, partnershipId);
      const rows = await repository.listPeopleOfPartnership(db, partnershipId);
      return rows.flatMap((r) =>
        r.role === 'programme_manager' || r.role === 'critical_friend'
          ? [{ id: r.id, displayName: r.display_name, role: r.role }]
          : [],
      );
    },

    async list(actor: TActor, query: TPartnershipListQuery): Promise<TPartnershipSummary[]> {
      const rows = await repository.listPartnerships(db, scopeOf(actor), query);
      return rows.map(({ member_count, ...row }) => ({ ...row, memberCount: Number(member_count) }));
    },

    async create({ actor, requestId }: TRequestContext, input: TPartnershipCreate): Promise<TPartnership> {
      authorizePlatform(actor, 'platform:manage');
      const { memberOrganisationIds, ...values } = input;
      const id = await db.transaction().execute(async (trx) => {
        const created = await repository.insertPartnership(trx, values);
        await repository.replaceMembers(trx, created.id, [...new Set(memberOrganisationIds)]);
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'partnership.created',
          partnershipId: created.id,
          subjectType: 'partnership',
          subjectId: created.id,
          requestId,
          details: { ...values, memberOrganisationIds },
        });
        return created.id;
      });
      return get(actor, id);
    },

    async update({ actor, requestId }: TRequestContext, partnershipId: string, changes: TPartnershipUpdate) {
      authorizePlatform(actor, 'platform:manage');
      await db.transaction().execute(async (trx) => {
        if (!(await repository.updatePartnership(trx, partnershipId, changes))) throw new NotFoundError('Partnership');
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'partnership.updated',
          partnershipId,
          subjectType: 'partnership',
          subjectId: partnershipId,
          requestId,
          details: changes,
        });
      });
      return get(actor, partnershipId);
    },

    async replaceMembers({ actor, requestId }: TRequestContext, partnershipId: string, organisationIds: string[]) {
      authorizePlatform(actor, 'platform:manage');
      await db.transaction().execute(async (trx) => {
        if (!(await repository.findPartnership(trx, scopeOf(actor), partnershipId)))
          throw new NotFoundError('Partnership');
        await repository.replaceMembers(trx, partnershipId, [...new Set(organisationIds)]);
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'partnership.members-replaced',
          partnershipId,
          subjectType: 'partnership',
          subjectId: partnershipId,
          requestId,
          details: { organisationIds },
        });
      });
      return get(actor, partnershipId);
    },
  };
}
