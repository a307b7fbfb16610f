import type { Kysely } from 'kysely';
import type { TDatabase } from '../../db/schema.ts';
import type { TRequestContext } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { authorizePartnership } from '../auth/authorize.ts';
import { setSharesWithBoard } from './board-sharing.repository.ts';

/** Whether a partnership's board members read its narratives and review summaries: the partnership decides. */
export function createBoardSharingService(db: Kysely<TDatabase>) {
  return {
    async set({ actor, requestId }: TRequestContext, partnershipId: string, sharesWithBoard: boolean) {
      authorizePartnership(actor, 'partnership:share', { partnershipId });
      await db.transaction().execute(async (trx) => {
        await setSharesWithBoard(trx, partnershipId, sharesWithBoard);
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'partnership.sharing',
          partnershipId,
          subjectType: 'partnership',
          subjectId: partnershipId,
          requestId,
          details: { sharesWithBoard },
        });
      });
      return { sharesWithBoard };
    },
  };
}
