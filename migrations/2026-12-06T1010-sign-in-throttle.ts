import { sql, type Kysely } from 'kysely';

// Frozen in time: sign-in and password-reset throttling as counters that one locked row decides on, in
// place of a log of failures that was counted, checked and written as three racing steps.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('login_failure').execute();
  await sql`
    CREATE TABLE attempt_throttle (
      -- A SHA-256 of the limit's name and what it counts (an address, an account, or both): no email
      -- address is stored here, so erasing a person leaves nothing of theirs behind.
      key text PRIMARY KEY,
      attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
      window_ends_at timestamptz NOT NULL DEFAULT now(),
      -- Progressive delay: no attempt is weighed before this moment.
      blocked_until timestamptz,
      -- Attempts refused in this window; the first one is written to the audit log, the rest are not.
      refusals integer NOT NULL DEFAULT 0 CHECK (refusals >= 0)
    )
  `.execute(db);
  await db.schema
    .createIndex('attempt_throttle_window_ends_at_idx')
    .on('attempt_throttle')
    .column('window_ends_at')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('attempt_throttle').execute();
  await db.schema
    .createTable('login_failure')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('email_key', 'text', (c) => c.notNull())
    .addColumn('failed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('login_failure_email_key_idx')
    .on('login_failure')
    .columns(['email_key', 'failed_at'])
    .execute();
}
