import type { Executor } from '../../db/types.ts';

export async function setSharesWithBoard(db: Executor, partnershipId: string, sharesWithBoard: boolean) {
  await db
    .updateTable('partnership')
    .set({ shares_with_board: sharesWithBoard })
    .where('id', '=', partnershipId)
    .execute();
}
