import { createHash } from 'node:crypto';
import { isIPv6 } from 'node:net';
import { sql } from 'kysely';
import type { TExecutor } from '../../db/types.ts';

/**
 * One limit on attempts: at most `attempts` weighed per window. A tight limit then refuses until the
 * window ends; a progressive one keeps weighing, but waits twice as long after each further attempt (up to
 * `maxDelaySeconds`), so that nobody elsewhere can keep the owner of an account out for long.
 */
export type TLimit = {
  name: string;
  attempts: number;
  windowSeconds: number;
  maxDelaySeconds?: number;
};

/** A limit and what it counts: an address, an account, or an account from one address. */
export type TCountedLimit = { limit: TLimit; counts: string };

export const SIGN_IN_LIMITS = {
  /** Guessing one account's password from one address: five per minute, then wait for the minute's end. */
  accountFromAddress: { name: 'sign-in:account+address', attempts: 5, windowSeconds: 60 },
  /** Password spraying: many accounts from one address. Successful sign-ins give their attempt back. */
  address: { name: 'sign-in:address', attempts: 30, windowSeconds: 15 * 60 },
  /**
   * One account from anywhere: beyond ten an hour, each further guess waits 2, 4, 8... seconds, at most a
   * minute (some 70 guesses an hour), while its owner is at worst kept waiting that minute.
   */
  account: { name: 'sign-in:account', attempts: 10, windowSeconds: 60 * 60, maxDelaySeconds: 60 },
} satisfies Record<string, TLimit>;

export const SECOND_FACTOR_LIMITS = {
  /**
   * Guessing one person's code after their password: five a quarter of an hour, so a million codes stay out
   * of reach. Counted per account, whoever tries, so a second browser with the password gains nothing.
   */
  account: { name: 'second-factor:account', attempts: 5, windowSeconds: 15 * 60 },
  address: { name: 'second-factor:address', attempts: 30, windowSeconds: 15 * 60 },
} satisfies Record<string, TLimit>;

export const PASSWORD_RESET_LIMITS = {
  /** Keeps anyone from filling a person's mailbox with reset links. */
  account: { name: 'password-reset:account', attempts: 5, windowSeconds: 60 * 60 },
  address: { name: 'password-reset:address', attempts: 20, windowSeconds: 15 * 60 },
} satisfies Record<string, TLimit>;

export type TThrottleDecision =
  | { allowed: true }
  | {
      allowed: false;
      retryAfterSeconds: number;
      /** The limit that keeps the caller waiting longest. */
      limit: string;
      /** True for the first refusal of a limit's window: that one is worth an audit row, the rest are not. */
      firstRefusal: boolean;
    };

/**
 * An IPv6 client usually holds a whole /64, so one counts as one address; IPv4 clients as themselves
 * (also when they arrive IPv4-mapped).
 */
export function addressOf(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped?.[1]) return mapped[1];
  if (!isIPv6(ip)) return ip;
  const [head = '', tail = ''] = ip.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const missing = ip.includes('::') ? 8 - headGroups.length - tailGroups.length : 0;
  const groups = [...headGroups, ...Array<string>(missing).fill('0'), ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

function keyOf({ limit, counts }: TCountedLimit): string {
  return createHash('sha256').update(`${limit.name}\n${counts}`).digest('base64url');
}

type TState = { attempts: number; windowEndsAt: number; blockedUntil: number | null; refusals: number };

function waitSeconds(limit: TLimit, state: TState, now: number): number {
  const until =
    limit.maxDelaySeconds === undefined
      ? state.attempts >= limit.attempts
        ? state.windowEndsAt
        : now
      : (state.blockedUntil ?? now);
  return Math.max(0, Math.ceil((until - now) / 1000));
}

/**
 * Weighs one attempt against every limit at once, as one decision: the limits' rows are locked (in key
 * order, so concurrent decisions never deadlock), read, and either all count the attempt or none does.
 * However many requests or API instances arrive together, no more attempts are let through than the
 * limits allow. A refused attempt counts against nothing, so refusals cannot push an account into delay.
 */
export async function weighAttempt(db: TExecutor, limits: readonly TCountedLimit[]): Promise<TThrottleDecision> {
  const counted = limits.map((c) => ({ ...c, key: keyOf(c) })).sort((a, b) => (a.key < b.key ? -1 : 1));
  const run = async (trx: TExecutor): Promise<TThrottleDecision> => {
    // The no-op update locks an existing row; a new row is locked by its insert.
    const rows = await trx
      .insertInto('attempt_throttle')
      .values(counted.map(({ key }) => ({ key })))
      .onConflict((oc) => oc.column('key').doUpdateSet({ key: (eb) => eb.ref('excluded.key') }))
      .returning(['key', 'attempts', 'window_ends_at', 'blocked_until', 'refusals', sql<Date>`now()`.as('now')])
      .execute();
    const now = rows[0]?.now.getTime() ?? Date.now();
    const states = counted.map(({ key, limit }) => {
      const row = rows.find((r) => r.key === key);
      const blockedUntil = row?.blocked_until?.getTime() ?? null;
      const stale = !row || (row.window_ends_at.getTime() <= now && (blockedUntil === null || blockedUntil <= now));
      const state: TState = stale
        ? { attempts: 0, windowEndsAt: now + limit.windowSeconds * 1000, blockedUntil: null, refusals: 0 }
        : { attempts: row.attempts, windowEndsAt: row.window_ends_at.getTime(), blockedUntil, refusals: row.refusals };
      return { key, limit, state, wait: waitSeconds(limit, state, now) };
    });

    const blocking = states.filter((s) => s.wait > 0).sort((a, b) => b.wait - a.wait);
    const longest = blocking[0];
    const decision: TThrottleDecision = longest
      ? {
          allowed: false,
          retryAfterSeconds: longest.wait,
          limit: longest.limit.name,
          firstRefusal: blocking.some((s) => s.state.refusals === 0),
        }
      : { allowed: true };

    const next = states.map(({ key, limit, state, wait }) => {
      const row = { ...state };
      if (!decision.allowed) {
        if (wait > 0) row.refusals += 1;
      } else {
        row.attempts += 1;
        const beyond = row.attempts - limit.attempts;
        if (limit.maxDelaySeconds !== undefined && beyond > 0)
          row.blockedUntil = now + Math.min(2 ** beyond, limit.maxDelaySeconds) * 1000;
      }
      return {
        key,
        attempts: row.attempts,
        window_ends_at: new Date(row.windowEndsAt).toISOString(),
        blocked_until: row.blockedUntil === null ? null : new Date(row.blockedUntil).toISOString(),
        refusals: row.refusals,
      };
    });
    // Every row in one statement: the rows stay locked for three round trips (lock, write, commit), however
    // many limits there are, which is what a flood of attempts at one account waits on.
    await sql`
      UPDATE attempt_throttle AS t
      SET attempts = n.attempts, window_ends_at = n.window_ends_at, blocked_until = n.blocked_until,
          refusals = n.refusals
      FROM jsonb_to_recordset(${JSON.stringify(next)}::jsonb)
        AS n(key text, attempts integer, window_ends_at timestamptz, blocked_until timestamptz, refusals integer)
      WHERE t.key = n.key
    `.execute(trx);
    return decision;
  };
  return db.isTransaction ? run(db) : db.transaction().execute(run);
}

/**
 * A successful sign-in gives its attempt back, so a school's colleagues signing in from one address never
 * add up to a limit; the limits to clear (the owner's own typos from this address) start again from zero.
 * One row per statement: holding one row while waiting for another could deadlock with a decision.
 */
export async function forgiveAttempt(
  db: TExecutor,
  limits: { giveBack: readonly TCountedLimit[]; clear: readonly TCountedLimit[] },
): Promise<void> {
  for (const key of limits.clear.map(keyOf))
    await db.updateTable('attempt_throttle').set({ attempts: 0 }).where('key', '=', key).execute();
  for (const key of limits.giveBack.map(keyOf))
    await db
      .updateTable('attempt_throttle')
      .set({ attempts: sql<number>`greatest(attempts - 1, 0)` })
      .where('key', '=', key)
      .execute();
  // Rows whose window and delay are long over say nothing any more; dropping them keeps the table small.
  // Rows a decision holds are left for next time: this statement never waits, so it never deadlocks.
  await db
    .deleteFrom('attempt_throttle')
    .where('key', 'in', (eb) =>
      eb
        .selectFrom('attempt_throttle')
        .select('key')
        .where('window_ends_at', '<', sql<Date>`now() - interval '1 hour'`)
        .limit(1000)
        .forUpdate()
        .skipLocked(),
    )
    .execute();
}
