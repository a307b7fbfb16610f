import { sql } from 'kysely';
import type { Executor } from '../../db/types.ts';

/** Five wrong passwords per account per minute; the sixth attempt waits. Counted in PostgreSQL,
 * so the limit holds however many API instances share the work. */
export const LOGIN_FAILURES_ALLOWED = 5;
export const LOGIN_WINDOW_SECONDS = 60;

/** Seconds until the account may try again, or 0 when it may try now. */
export async function secondsUntilLoginAllowed(db: Executor, emailKey: string): Promise<number> {
  const row = await db
    .selectFrom('login_failure')
    .select([
      (eb) => eb.fn.countAll<string>().as('failures'),
      sql<number>`ceil(extract(epoch FROM min(failed_at) + make_interval(secs => ${LOGIN_WINDOW_SECONDS}) - now()))::int`.as(
        'wait',
      ),
    ])
    .where('email_key', '=', emailKey)
    .where('failed_at', '>', sql<Date>`now() - make_interval(secs => ${LOGIN_WINDOW_SECONDS})`)
    .executeTakeFirstOrThrow();
  return Number(row.failures) >= LOGIN_FAILURES_ALLOWED ? Math.max(1, row.wait) : 0;
}

export async function recordLoginFailure(db: Executor, emailKey: string) {
  await db.insertInto('login_failure').values({ email_key: emailKey }).execute();
  // Old failures say nothing any more; dropping them here keeps the table small without a job.
  await db
    .deleteFrom('login_failure')
    .where('email_key', '=', emailKey)
    .where('failed_at', '<', sql<Date>`now() - interval '1 day'`)
    .execute();
}
