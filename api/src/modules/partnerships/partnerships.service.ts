import type { TPartnership, TPartnershipListQuery, TPartnershipSummary } from '@koers/shared/partnerships';
import type { Executor } from '../../db/types.ts';
import { NotFoundError } from '../../errors.ts';
import * as repository from './partnerships.repository.ts';

export function createPartnershipService(db: Executor) {
  return {
    async list(query: TPartnershipListQuery): Promise<TPartnershipSummary[]> {
      const rows = await repository.listPartnerships(db, query);
      return rows.map(({ member_count, ...row }) => ({ ...row, memberCount: Number(member_count) }));
    },

    async get(partnershipId: string): Promise<TPartnership> {
      const partnership = await repository.findPartnership(db, partnershipId);
      if (!partnership) throw new NotFoundError('Partnership');
      const members = await repository.listMemberOrganisations(db, partnershipId);
      return { ...partnership, members };
    },
  };
}
