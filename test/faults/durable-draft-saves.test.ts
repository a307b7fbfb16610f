import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findFreePort,
  findRunningEmbeddedPostgres,
  startEmbeddedPostgres,
  type TEmbeddedDatabase,
} from '../../api/src/db/embedded-postgres.ts';
import {
  createEmptyDatabase,
  signIn,
  startInstance,
  stopInstance,
  waitUntilReady,
  type TInstanceSession,
} from '../support/instances.ts';

/** Draft responses saved at once, each several times in a row: enough for saves to share commits. */
const RESPONSES = 24;
const SAVES_PER_RESPONSE = 3;

type TDraft = { assessmentId: string; responseId: string; version: number };
type TAcknowledged = TDraft & { evidence: string };

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Acceptance check 3 of issue 18: a draft save that was answered 200 survives a crash. The API and its
 * PostgreSQL are both cut off right after the acknowledgements: the API by SIGKILL, PostgreSQL by an
 * immediate shutdown (SIGQUIT to the postmaster, what `pg_ctl stop -m immediate` sends: no checkpoint, no
 * flush of the write-ahead log buffers, recovery at the next start, as after a power cut of the server
 * process). Only what reached the disk at commit comes back. This file runs a PostgreSQL of its own, so
 * that crashing it leaves the other suites' server alone.
 */
describe('draft saves the API acknowledged survive a crash of the API and of PostgreSQL', () => {
  let dataDir: string;
  let database: TEmbeddedDatabase | undefined;
  let postgresPort: number;
  let databaseUrl: string;
  let port: number;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'koers-durable-'));
    postgresPort = await findFreePort();
    database = await startEmbeddedPostgres(dataDir, () => {}, { port: postgresPort });
    databaseUrl = await createEmptyDatabase(database.connectionString, 'koers_durable');
    port = await findFreePort();
    child = startInstance(databaseUrl, port);
    await waitUntilReady(port);
  }, 120_000);

  afterAll(async () => {
    if (child) await stopInstance(child);
    await database?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** Draft assessments of the programme manager, one per new quarter, and the manager's own response in each. */
  async function startDrafts(pm: TInstanceSession): Promise<TDraft[]> {
    const admin = await signIn(port, 'admin@demo.koers.nl');
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    const { rows } = await db.query<{ id: string }>(
      `SELECT id FROM partnership WHERE name = 'Partnerschap Twente Leert'`,
    );
    await db.end();
    const partnershipId = rows[0]?.id;
    const drafts: TDraft[] = [];
    for (let n = 0; n < RESPONSES; n++) {
      const year = 2500 + n;
      const period = await admin.request('POST', '/api/periods', {
        code: `${year}-Q1`,
        opensOn: `${year}-01-01`,
        dueOn: `${year}-04-21`,
      });
      expect(period.status).toBe(201);
      const { id: periodId } = (await period.json()) as { id: string };
      const started = await pm.request('POST', `/api/partnerships/${partnershipId}/assessments`, { periodId });
      expect(started.status).toBe(201);
      const assessment = (await started.json()) as {
        id: string;
        responses: { id: string; version: number; mine: boolean }[];
      };
      const own = assessment.responses.find((r) => r.mine);
      if (!own) throw new Error('the programme manager has no response of their own');
      drafts.push({ assessmentId: assessment.id, responseId: own.id, version: own.version });
    }
    return drafts;
  }

  /** Saves one draft several times in a row, each save based on the version the one before it gave back. */
  async function saveInTurn(pm: TInstanceSession, draft: TDraft): Promise<TAcknowledged> {
    let { version } = draft;
    let evidence = '';
    for (let save = 1; save <= SAVES_PER_RESPONSE; save++) {
      evidence = `Opgeslagen ${draft.responseId} ${save}`;
      const res = await pm.request(
        'PUT',
        `/api/assessments/${draft.assessmentId}/responses/${draft.responseId}`,
        { answers: {}, notes: [{ theme: 1, evidence, nextStep: '', priority: false }] },
        { 'if-match': `"${version}"` },
      );
      expect(res.status).toBe(200);
      ({ version } = (await res.json()) as { version: number });
    }
    return { ...draft, version, evidence };
  }

  it('finds every acknowledged save, at its acknowledged version and content, after the restart', async () => {
    const pm = await signIn(port, 'pm@demo.koers.nl');
    const drafts = await startDrafts(pm);
    const postgresPid = (await findRunningEmbeddedPostgres(dataDir))?.pid;
    if (postgresPid === undefined) throw new Error('no PostgreSQL runs on the test data folder');

    const acknowledged = await Promise.all(drafts.map((draft) => saveInTurn(pm, draft)));
    // At once, with nothing awaited in between: whatever was not on disk at the acknowledgement is lost.
    const api = child;
    child = undefined;
    const apiGone = api ? stopInstance(api, 'SIGKILL') : Promise.resolve();
    process.kill(postgresPid, 'SIGQUIT');
    await apiGone;
    while (isAlive(postgresPid)) await new Promise((resolve) => setTimeout(resolve, 50));

    database = await startEmbeddedPostgres(dataDir, () => {}, { port: postgresPort });
    child = startInstance(databaseUrl, port);
    await waitUntilReady(port);
    const pmAgain = await signIn(port, 'pm@demo.koers.nl');
    const found = await Promise.all(
      acknowledged.map(async ({ assessmentId, responseId }) => {
        const res = await pmAgain.request('GET', `/api/assessments/${assessmentId}`);
        const assessment = (await res.json()) as {
          responses: { id: string; version: number; notes: { evidence: string }[] }[];
        };
        const response = assessment.responses.find((r) => r.id === responseId);
        return { version: response?.version, evidence: response?.notes[0]?.evidence };
      }),
    );
    expect(found).toEqual(acknowledged.map(({ version, evidence }) => ({ version, evidence })));
  }, 180_000);
});
