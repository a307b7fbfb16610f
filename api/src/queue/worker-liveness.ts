import pg from 'pg';

/** The advisory lock key that stands for one graphile-worker worker while its process lives. */
const LOCK = `pg_advisory_lock(hashtextextended($1, 0))`;

/**
 * graphile-worker leaves a job locked by a worker that died (SIGKILL, power loss) for four hours. Each
 * worker of this process holds an advisory lock named after it on one connection of its own; PostgreSQL
 * drops it when the process dies. A job locked for a while by a worker whose lock anyone can now take
 * belongs to a dead process, and is unlocked so that a living worker runs it again.
 */
export function createWorkerLiveness(connectionString: string, onLost: (err: unknown) => void) {
  const alive = new Set<string>();
  let holder: pg.Client | null = null;
  let closed = false;
  // One step at a time on the holder's connection: workers are created together.
  let last: Promise<unknown> = Promise.resolve();
  const step = (work: () => Promise<void>) => {
    const next = last.then(work);
    last = next.catch(() => {});
    return next;
  };

  /** A connection holding every living worker's lock; made again (and the locks taken again) when lost. */
  async function holding(): Promise<pg.Client> {
    if (holder) return holder;
    const client = new pg.Client({ connectionString, application_name: 'koers-queue-liveness' });
    client.on('error', (err) => {
      if (holder === client) holder = null;
      onLost(err);
      // PostgreSQL went away (or the connection did): take the locks again once it answers.
      const retry = () => {
        if (closed) return;
        step(async () => void (await holding())).catch(() => setTimeout(retry, 1_000).unref());
      };
      setTimeout(retry, 1_000).unref();
    });
    await client.connect();
    for (const workerId of alive) await client.query(`SELECT ${LOCK}`, [workerId]);
    holder = client;
    return client;
  }

  return {
    declareAlive(workerId: string): Promise<void> {
      alive.add(workerId);
      return step(async () => {
        const client = await holding();
        await client.query(`SELECT ${LOCK}`, [workerId]);
      });
    },

    async close(): Promise<void> {
      closed = true;
      await last;
      await holder?.end();
      holder = null;
    },
  };
}

/** Unlocks the jobs of workers that are gone; returns how many such workers there were. */
export async function rescueJobsOfDeadWorkers(pool: pg.Pool): Promise<number> {
  const client = await pool.connect();
  try {
    const { rows } = await client.query<{ locked_by: string }>(`
      SELECT DISTINCT locked_by FROM graphile_worker._private_jobs
      WHERE locked_by IS NOT NULL AND locked_at < now() - interval '2 seconds'
    `);
    const dead: string[] = [];
    for (const { locked_by } of rows) {
      const { rows: taken } = await client.query<{ free: boolean }>(
        `SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS free`,
        [locked_by],
      );
      if (!taken[0]?.free) continue;
      await client.query(`SELECT pg_advisory_unlock(hashtextextended($1, 0))`, [locked_by]);
      dead.push(locked_by);
    }
    if (dead.length > 0) await client.query(`SELECT graphile_worker.force_unlock_workers($1::text[])`, [dead]);
    return dead.length;
  } finally {
    client.release();
  }
}
