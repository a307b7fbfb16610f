import { EventEmitter } from 'node:events';
import fp from 'fastify-plugin';
import { run, type Runner, type TaskList, type WorkerEvents } from 'graphile-worker';
import pg from 'pg';
import type { TAppTasks } from '../queue/app-tasks.ts';
import { queueLogger } from '../queue/queue-logger.ts';
import { createWorkerLiveness, rescueJobsOfDeadWorkers } from '../queue/worker-liveness.ts';

declare module 'fastify' {
  // Declaration merging needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyInstance {
    jobQueue: {
      /**
       * Starts running jobs: called once the database is migrated (the queue's schema is installed by
       * the owner's migration run, which comes after the app is ready). A no-op with concurrency 0.
       */
      start: () => Promise<void>;
    };
  }
}

type TJobQueueOptions = {
  connectionString: string;
  /** Jobs run at once; 0 runs none here (this instance only queues them, inside its transactions). */
  concurrency: number;
  tasks: TAppTasks;
};

/**
 * The job queue's runner (graphile-worker on Koers's own PostgreSQL): it runs queued jobs and the
 * crontab's scheduled ones. Every instance may run one; a job runs on one of them at a time. Jobs are
 * queued by repositories with graphile_worker.add_job inside the transaction that causes them.
 */
export default fp<TJobQueueOptions>(
  async (fastify, opts) => {
    if (opts.concurrency === 0) {
      fastify.decorate('jobQueue', { start: async () => {} });
      return;
    }
    const pool = new pg.Pool({
      connectionString: opts.connectionString,
      max: opts.concurrency + 2,
      application_name: 'koers-queue',
    });
    // A connection that breaks outside a query would otherwise crash the process; the next query fails instead.
    pool.on('error', (err) => fastify.log.warn({ err }, 'job queue: PostgreSQL connection lost'));
    pool.on('connect', (client) => client.on('error', () => {}));
    const liveness = createWorkerLiveness(opts.connectionString, (err) =>
      fastify.log.warn({ err }, 'job queue: lost the connection that shows its workers alive; taking it again'),
    );
    const events: WorkerEvents = new EventEmitter();
    events.on('worker:create', ({ worker }) => {
      liveness.declareAlive(worker.workerId).catch((err: unknown) => {
        fastify.log.warn({ err }, 'job queue: could not declare a worker alive');
      });
    });
    const taskList: TaskList = {
      ...opts.tasks.taskList,
      'rescue-stalled-jobs': async () => {
        const dead = await rescueJobsOfDeadWorkers(pool);
        if (dead > 0) fastify.log.warn({ dead }, 'job queue: jobs of stopped workers released to run again');
      },
    };
    let runner: Runner | null = null;

    fastify.decorate('jobQueue', {
      start: async () => {
        runner ??= await run({
          pgPool: pool,
          concurrency: opts.concurrency,
          noHandleSignals: true,
          // Jobs arrive by LISTEN/NOTIFY at once; polling only finds retries whose time has come.
          pollInterval: 2_000,
          logger: queueLogger(fastify.log),
          events,
          taskList,
          crontab: `${opts.tasks.crontab}\n* * * * * rescue-stalled-jobs ?max=1`,
        });
        for (const task of opts.tasks.atStart) {
          await runner.addJob(task, {}, { jobKey: `${task}:at-start`, queueName: task });
        }
        // Jobs left by a process that died before this one started need not wait for the first cron tick.
        await rescueJobsOfDeadWorkers(pool);
      },
    });

    // Registered after the database plugin, so this runs before its pool ends: jobs in hand finish first.
    fastify.addHook('onClose', async () => {
      await runner?.stop();
      await liveness.close();
      await pool.end();
    });
  },
  { name: 'job-queue', dependencies: ['db'] },
);
