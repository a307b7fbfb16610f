import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { ZInvitationCreate } from '@koers/shared/people';
import { loadConfig } from '../config.ts';
import { connectDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import type { TDatabase } from '../db/schema.ts';
import { ConflictError } from '../errors.ts';
import { oneTimeLinkUrl } from '../modules/auth/one-time-link.repository.ts';
import { invitePerson } from '../modules/people/people.service.ts';

// `npm run admin:invite -- --email <address> --name "<display name>"`: the first admin of a new installation
// (without demo data nobody can sign in to invite anyone). Prints the one-time link to set a password;
// the operator hands it over. Later admins are invited in Koers itself, under Beheer > Mensen.
function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const parsed = ZInvitationCreate.safeParse({
  email: argument('email'),
  displayName: argument('name'),
  roles: [{ role: 'admin' }],
});
if (!parsed.success) {
  for (const issue of parsed.error.issues)
    console.error(`--${issue.path[0] === 'displayName' ? 'name' : String(issue.path[0])}: ${issue.message}`);
  console.error('usage: npm run admin:invite -- --email <address> --name "<display name>"');
  process.exit(2);
}

const config = loadConfig();
const database = await connectDatabase(config, console.log, { joinRunning: true });
const db = new Kysely<TDatabase>({
  dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: database.connectionString }) }),
});
try {
  await migrateToLatest(db);
  const { token } = await invitePerson(db, parsed.data, { actorPersonId: null, requestId: null });
  console.log(`invited ${parsed.data.email} as admin; the link to set a password works once, for 14 days:`);
  console.log(oneTimeLinkUrl(config.publicUrl, token));
} catch (error) {
  if (!(error instanceof ConflictError)) throw error;
  console.error(`${parsed.data.email} already has an account: sign in, or ask an admin to reset the password.`);
  process.exitCode = 1;
} finally {
  await db.destroy();
  await database.stop();
}
