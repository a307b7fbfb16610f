import type { TExecutor } from '../../db/types.ts';

/** The account an email address signs in to, whatever the case it was typed in. */
export async function findAccountByEmail(db: TExecutor, email: string) {
  return db
    .selectFrom('person')
    .select(['id', 'email', 'display_name', 'password_hash', 'status'])
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email))
    .executeTakeFirst();
}

/** The password a person chose through a one-time link; choosing it activates an invited account. */
export async function setPasswordAndActivate(db: TExecutor, personId: string, passwordHash: string) {
  await db
    .updateTable('person')
    .set({ password_hash: passwordHash, status: 'active' })
    .where('id', '=', personId)
    .execute();
}
