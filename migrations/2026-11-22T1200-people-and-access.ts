import { sql, type Kysely } from 'kysely';

// Frozen in time: people, their roles, sessions, one-time links, login throttling and the audit log.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TYPE person_status AS ENUM ('invited', 'active', 'disabled', 'erased')`.execute(db);
  await sql`CREATE TYPE role_name AS ENUM ('admin', 'programme_manager', 'critical_friend', 'board_member')`.execute(
    db,
  );
  await sql`CREATE TYPE one_time_link_purpose AS ENUM ('invitation', 'password_reset')`.execute(db);

  await db.schema
    .createTable('person')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    // Null once the person is erased: their contributions stay, under a pseudonym.
    .addColumn('email', 'text')
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text')
    .addColumn('status', sql`person_status`, (c) => c.notNull().defaultTo('invited'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('erased_at', 'timestamptz')
    .addCheckConstraint(
      'person_erased_has_no_personal_data',
      sql`(status = 'erased') = (email IS NULL) AND (status <> 'erased' OR (password_hash IS NULL AND erased_at IS NOT NULL))`,
    )
    .addCheckConstraint('person_display_name_not_blank', sql`btrim(display_name) <> ''`)
    .execute();
  await sql`CREATE UNIQUE INDEX person_email_key ON person (lower(email))`.execute(db);

  await db.schema
    .createTable('role_assignment')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('person_id', 'uuid', (c) => c.notNull().references('person.id').onDelete('cascade'))
    .addColumn('role', sql`role_name`, (c) => c.notNull())
    .addColumn('partnership_id', 'uuid', (c) => c.references('partnership.id').onDelete('cascade'))
    .addColumn('organisation_id', 'uuid', (c) => c.references('organisation.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // Each role is held in exactly one kind of place: admin everywhere, managers and friends in a
    // partnership, board members in an organisation.
    .addCheckConstraint(
      'role_assignment_scope',
      sql`(role = 'admin' AND partnership_id IS NULL AND organisation_id IS NULL)
        OR (role IN ('programme_manager', 'critical_friend') AND partnership_id IS NOT NULL AND organisation_id IS NULL)
        OR (role = 'board_member' AND organisation_id IS NOT NULL AND partnership_id IS NULL)`,
    )
    .execute();
  await sql`CREATE UNIQUE INDEX role_assignment_key ON role_assignment (person_id, role, partnership_id, organisation_id) NULLS NOT DISTINCT`.execute(
    db,
  );
  await db.schema
    .createIndex('role_assignment_partnership_id_idx')
    .on('role_assignment')
    .column('partnership_id')
    .execute();
  await db.schema
    .createIndex('role_assignment_organisation_id_idx')
    .on('role_assignment')
    .column('organisation_id')
    .execute();

  await db.schema
    .createTable('session')
    // The SHA-256 of the cookie's token: a leaked table does not hand out live sessions.
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'uuid', (c) => c.notNull().references('person.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('session_person_id_idx').on('session').column('person_id').execute();
  await db.schema.createIndex('session_expires_at_idx').on('session').column('expires_at').execute();

  await db.schema
    .createTable('one_time_link')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'uuid', (c) => c.notNull().references('person.id').onDelete('cascade'))
    .addColumn('purpose', sql`one_time_link_purpose`, (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('one_time_link_person_id_idx').on('one_time_link').column('person_id').execute();

  // Counted in the database, so the limit holds across every API instance.
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

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // Plain ids, no foreign keys: nothing may ever rewrite an audit row, not even a cascade.
    .addColumn('actor_person_id', 'uuid')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('partnership_id', 'uuid')
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text')
    .addColumn('request_id', 'text')
    .addColumn('details', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();
  await db.schema
    .createIndex('audit_log_partnership_id_idx')
    .on('audit_log')
    .columns(['partnership_id', 'occurred_at'])
    .execute();
  await db.schema.createIndex('audit_log_actor_person_id_idx').on('audit_log').column('actor_person_id').execute();

  // Append-only for every role, superusers included: privileges alone do not bind the owner.
  await sql`
    CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
    END;
    $$
  `.execute(db);
  await sql`
    CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only()
  `.execute(db);
  await sql`
    CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only()
  `.execute(db);
  await sql`REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('audit_log').execute();
  await sql`DROP FUNCTION audit_log_is_append_only()`.execute(db);
  for (const table of ['login_failure', 'one_time_link', 'session', 'role_assignment', 'person']) {
    await db.schema.dropTable(table).execute();
  }
  for (const type of ['one_time_link_purpose', 'role_name', 'person_status']) {
    await db.schema.dropType(type).execute();
  }
}
