import type { TExecutor } from '../../db/types.ts';

export async function setSharesWithBoard(db: TExecutor, partnershipId: string, sharesWithBoard: boolean) {
  await db
    .updateTable('partnership')
    .set({ shares_with_board: sharesWithBoard })
    .where('id', '=', partnershipId)
    .execute();
}
