import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { TRoleGrant } from '@koers/shared/roles';
import type { Database } from '../src/db/schema.ts';
import { hashPassword } from '../src/modules/auth/passwords.ts';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

export type TestPerson = { id: string; email: string };

/** An active person with the given roles, straight into the database. */
export async function createPerson(
  db: Kysely<Database>,
  roles: readonly TRoleGrant[],
  options: { email?: string; displayName?: string } = {},
): Promise<TestPerson> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const email = options.email ?? `person-${randomBytes(4).toString('hex')}@test.koers.nl`;
  const { id } = await db
    .insertInto('person')
    .values({
      email,
      display_name: options.displayName ?? 'Test Persoon',
      password_hash: await passwordHash,
      status: 'active',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const grant of roles) {
    await db
      .insertInto('role_assignment')
      .values({
        person_id: id,
        role: grant.role,
        partnership_id: 'partnershipId' in grant ? grant.partnershipId : null,
        organisation_id: 'organisationId' in grant ? grant.organisationId : null,
      })
      .execute();
  }
  return { id, email };
}

export async function partnershipIdByName(db: Kysely<Database>, name: string): Promise<string> {
  const row = await db.selectFrom('partnership').select('id').where('name', '=', name).executeTakeFirstOrThrow();
  return row.id;
}

export async function organisationIdByName(db: Kysely<Database>, name: string): Promise<string> {
  const row = await db.selectFrom('organisation').select('id').where('name', '=', name).executeTakeFirstOrThrow();
  return row.id;
}
