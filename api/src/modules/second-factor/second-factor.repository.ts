import { sql } from 'kysely';
import type { TExecutor } from '../../db/types.ts';
import { SEALED_PREFIX, type TSecretBox } from './secret-box.ts';

export async function findTotpFactor(db: TExecutor, personId: string) {
  return db
    .selectFrom('totp_factor')
    .select(['secret', 'confirmed_at'])
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

/** A new secret while enrolling, replacing an unconfirmed one; false when a confirmed factor is in place. */
export async function saveUnconfirmedFactor(db: TExecutor, personId: string, secret: string): Promise<boolean> {
  const saved = await db
    .insertInto('totp_factor')
    .values({ person_id: personId, secret })
    .onConflict((oc) =>
      oc
        .column('person_id')
        .doUpdateSet({ secret, last_used_step: null })
        .where('totp_factor.confirmed_at', 'is', null),
    )
    .returning('person_id')
    .executeTakeFirst();
  return saved !== undefined;
}

/**
 * Accepts a code's step once: only a step later than the last one used passes, in one statement, so the
 * same code sent twice (or in parallel) gets in once. `confirming` is the first code of an enrolment.
 */
export async function acceptStep(db: TExecutor, personId: string, step: number, confirming: boolean) {
  const accepted = await db
    .updateTable('totp_factor')
    .set(confirming ? { last_used_step: step, confirmed_at: sql<Date>`now()` } : { last_used_step: step })
    .where('person_id', '=', personId)
    .where('confirmed_at', confirming ? 'is' : 'is not', null)
    .where((eb) => eb.or([eb('last_used_step', 'is', null), eb('last_used_step', '<', sql<string>`${step}`)]))
    .returning('person_id')
    .executeTakeFirst();
  return accepted !== undefined;
}

export async function replaceRecoveryCodes(db: TExecutor, personId: string, codeHashes: readonly string[]) {
  await db.deleteFrom('recovery_code').where('person_id', '=', personId).execute();
  await db
    .insertInto('recovery_code')
    .values(codeHashes.map((code_hash) => ({ person_id: personId, code_hash })))
    .execute();
}

/** Marks a recovery code used, once: two requests with the same code cannot both get in. */
export async function useRecoveryCode(db: TExecutor, personId: string, codeHash: string): Promise<boolean> {
  const used = await db
    .updateTable('recovery_code')
    .set({ used_at: sql<Date>`now()` })
    .where('person_id', '=', personId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return used !== undefined;
}

export async function countRecoveryCodesLeft(db: TExecutor, personId: string): Promise<number> {
  const row = await db
    .selectFrom('recovery_code')
    .select((eb) => eb.fn.countAll<string>().as('left'))
    .where('person_id', '=', personId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.left);
}

export async function deleteSecondFactor(db: TExecutor, personId: string) {
  await db.deleteFrom('recovery_code').where('person_id', '=', personId).execute();
  await db.deleteFrom('totp_factor').where('person_id', '=', personId).execute();
}

/**
 * Seals the secrets stored before they were sealed (in plain text until December 2026), at every start
 * and at once for all: a row changes only if it still holds the plain secret read, so instances that
 * start together never seal one twice. Returns how many it sealed.
 */
export async function sealPlainSecrets(db: TExecutor, secretBox: TSecretBox): Promise<number> {
  const plain = await db
    .selectFrom('totp_factor')
    .select(['person_id', 'secret'])
    .where('secret', 'not like', `${SEALED_PREFIX}%`)
    .execute();
  let sealed = 0;
  for (const { person_id, secret } of plain) {
    const { numUpdatedRows } = await db
      .updateTable('totp_factor')
      .set({ secret: secretBox.seal(secret, person_id) })
      .where('person_id', '=', person_id)
      .where('secret', '=', secret)
      .executeTakeFirstOrThrow();
    sealed += Number(numUpdatedRows);
  }
  return sealed;
}
