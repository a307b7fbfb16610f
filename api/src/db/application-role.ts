import pg from 'pg';

/**
 * The database role the running API connects as: it reads and writes rows, and nothing more (no DDL, no
 * UPDATE, DELETE or TRUNCATE on the audit log, not a superuser, owner of nothing). Migrations run as the
 * owner and grant it its rights, by default also on tables that later migrations add.
 */
export const APPLICATION_ROLE = 'koers_app';

/** The same server and database, signed in as the application role. */
export function asApplicationRole(ownerConnectionString: string, password: string): string {
  const url = new URL(ownerConnectionString);
  url.username = APPLICATION_ROLE;
  url.password = password;
  return url.toString();
}

/**
 * Lets the application role sign in with this password, creating the role when the migrations have not yet.
 * Run as a role that may manage roles: the embedded server's owner, or a test server's superuser.
 */
export async function enableApplicationLogin(ownerConnectionString: string, password: string): Promise<void> {
  // The password goes into a statement (ALTER ROLE takes no parameters): only a random hex one is accepted.
  if (!/^[0-9a-f]{32,}$/.test(password)) throw new Error('the application role password must be random hex');
  const client = new pg.Client({ connectionString: ownerConnectionString });
  await client.connect();
  try {
    await client.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${APPLICATION_ROLE}') THEN
          CREATE ROLE ${APPLICATION_ROLE};
        END IF;
      END $$`);
    await client.query(
      `ALTER ROLE ${APPLICATION_ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '${password}'`,
    );
  } finally {
    await client.end();
  }
}
