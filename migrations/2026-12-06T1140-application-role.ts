import { sql, type Kysely } from 'kysely';

// Frozen in time: the running API connects as `koers_app`, a role that only reads and writes rows. It
// cannot change the schema, cannot change or delete audit rows (nor TRUNCATE them, nor disable their
// triggers: only an owner or a superuser can), and owns nothing. The migrations run as the owner, grant
// it its rights here, and by default on every table and sequence that later migrations create.
export async function up(db: Kysely<any>): Promise<void> {
  // Roles belong to the whole server. An owner who may not create roles needs the role made beforehand
  // by an administrator (docs/operations.md says how).
  await sql`
    DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'koers_app') THEN
        BEGIN
          CREATE ROLE koers_app NOLOGIN;
        EXCEPTION WHEN insufficient_privilege THEN
          RAISE EXCEPTION 'the role koers_app does not exist and % may not create it', current_user
            USING HINT = 'Create it first: CREATE ROLE koers_app LOGIN PASSWORD ''...'' (see docs/operations.md)';
        END;
      END IF;
    END $$
  `.execute(db);
  await sql`REVOKE CREATE ON SCHEMA public FROM PUBLIC`.execute(db);
  await sql`GRANT USAGE ON SCHEMA public TO koers_app`.execute(db);
  await sql`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO koers_app`.execute(db);
  await sql`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO koers_app`.execute(db);
  // The audit log takes new rows only; erasure goes through erase_person_from_audit_log, which runs as owner.
  await sql`REVOKE UPDATE, DELETE ON audit_log FROM koers_app`.execute(db);
  await sql`GRANT EXECUTE ON FUNCTION erase_person_from_audit_log(uuid, text) TO koers_app`.execute(db);
  // Which migrations ran is the owner's business; the API only reads it (readiness).
  await sql`REVOKE INSERT, UPDATE, DELETE ON kysely_migration, kysely_migration_lock FROM koers_app`.execute(db);
  await sql`
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO koers_app
  `.execute(db);
  await sql`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO koers_app`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM koers_app`.execute(db);
  await sql`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM koers_app`.execute(db);
  await sql`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM koers_app`.execute(db);
  await sql`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM koers_app`.execute(db);
  await sql`REVOKE EXECUTE ON FUNCTION erase_person_from_audit_log(uuid, text) FROM koers_app`.execute(db);
  await sql`REVOKE USAGE ON SCHEMA public FROM koers_app`.execute(db);
}
