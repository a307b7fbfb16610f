import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
// Brings in the global setup's ProvidedContext (postgresUrl).
import type {} from '../../api/test/global-setup.ts';
import { findFreePort } from '../../api/src/db/embedded-postgres.ts';
import {
  createEmptyDatabase,
  type TInstanceSession,
  signIn,
  startInstance,
  stopInstance,
  waitUntilReady,
} from '../support/instances.ts';
import { createLoadData, LOAD_PASSWORD, type TLoadData } from './load-data.ts';
import { BOARD_PAGE_SIZE } from '@koers/shared/dashboards';

const USERS = { managers: 100, friends: 50, boardMembers: 50 };
// 60 s in CI; shorter for a quick local run (KOERS_LOAD_SECONDS=10 npm run test:load).
const SECONDS = Number(process.env.KOERS_LOAD_SECONDS ?? 60);
// People pause between clicks; without it 200 users on a two-core machine shared with PostgreSQL and the
// load generator would measure only the queue in front of the CPU.
const THINK_MS = { min: 200, max: 800 };
// A request without an answer after this long counts as a hang.
const HANG_MS = 30_000;

type TOutcome = { op: string; status: number | 'no answer'; requestId: string | null; ms: number };
/** A write the API answered, with what it says happened. */
type TWrite = TOutcome & {
  auditAction: string;
  /** What the database must hold afterwards, exactly once, when the write was acknowledged. */
  subject: {
    assessmentId?: string;
    key?: string;
    responseId?: string;
    version?: number;
    actionId?: string;
    note?: string;
    flagId?: string;
  };
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const think = () => sleep(THINK_MS.min + Math.random() * (THINK_MS.max - THINK_MS.min));
const chance = (p: number) => Math.random() < p;
const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(Math.random() * items.length)];

/**
 * 200 simulated people against one real API process for a minute: programme managers filling in and
 * submitting assessments (with If-Match, stale tabs, double clicks and retried idempotency keys),
 * critical friends working their review queue (acknowledging flags, adding actions and progress notes),
 * board members reading the overview and dashboards. Afterwards PostgreSQL is asked directly: every
 * acknowledged write is there exactly once, no refused write left anything behind, and retries with the
 * same idempotency key made one submission.
 */
describe('a mixed workload of 200 simulated users', () => {
  let child: ChildProcess;
  let port: number;
  let databaseUrl: string;
  let data: TLoadData;

  beforeAll(async () => {
    databaseUrl = await createEmptyDatabase(inject('postgresUrl'), 'koers_load');
    port = await findFreePort();
    // Production settings; every 503 would log a warning, and the test counts them itself.
    child = startInstance(databaseUrl, port, { KOERS_DEMO_DATA: 'false', LOG_LEVEL: 'error' });
    await waitUntilReady(port);
    data = await createLoadData(databaseUrl, USERS);
  });

  afterAll(() => stopInstance(child));

  it('keeps every acknowledged write exactly once, and nothing of a refused one', async () => {
    const outcomes: TOutcome[] = [];
    const writes: TWrite[] = [];
    const lostUpdates: { responseId: string; acknowledged: number; read: number | undefined }[] = [];

    async function send(
      session: TInstanceSession,
      op: string,
      method: string,
      path: string,
      body?: unknown,
      headers: Record<string, string> = {},
    ): Promise<TOutcome & { body: Record<string, unknown> }> {
      const started = Date.now();
      try {
        const res = await session.request(method, path, body, headers, AbortSignal.timeout(HANG_MS));
        const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
        const outcome = {
          op,
          status: res.status,
          requestId: res.headers.get('x-request-id'),
          ms: Date.now() - started,
        };
        outcomes.push(outcome);
        return { ...outcome, body: json };
      } catch {
        const outcome = { op, status: 'no answer' as const, requestId: null, ms: Date.now() - started };
        outcomes.push(outcome);
        return { ...outcome, body: {} };
      }
    }
    const write = async (
      session: TInstanceSession,
      op: string,
      auditAction: string,
      subject: TWrite['subject'],
      method: string,
      path: string,
      body?: unknown,
      headers?: Record<string, string>,
    ) => {
      const res = await send(session, op, method, path, body, headers);
      const recorded: TWrite = { op, status: res.status, requestId: res.requestId, ms: res.ms, auditAction, subject };
      writes.push(recorded);
      return { ...res, recorded };
    };

    // Sign everyone in first, a few at a time: Argon2 is meant to be slow.
    const signInAll = async (emails: string[]) => {
      const sessions: TInstanceSession[] = [];
      for (let i = 0; i < emails.length; i += 10) {
        const batch = await Promise.all(emails.slice(i, i + 10).map((email) => signIn(port, email, LOAD_PASSWORD)));
        for (const s of batch) expect(s.status).toBe(200);
        sessions.push(...batch);
      }
      return sessions;
    };
    const managers = await signInAll(data.managers.map((m) => m.email));
    const friends = await signInAll(data.friends.map((f) => f.email));
    const boardMembers = await signInAll(data.boardMembers.map((b) => b.email));
    const deadline = Date.now() + SECONDS * 1000;

    /** Fills in this quarter's assessment, saves it a few times, submits it, and moves to the next. */
    async function manager(session: TInstanceSession, index: number) {
      const { partnershipId } = data.managers[index] ?? { partnershipId: '' };
      for (const periodId of data.openPeriodIds) {
        if (Date.now() >= deadline) return;
        const started = await write(
          session,
          'start',
          'assessment.started',
          {},
          'POST',
          `/api/partnerships/${partnershipId}/assessments`,
          { periodId },
        );
        if (started.status !== 201 && started.status !== 200) return;
        const assessmentId = String(started.body.id);
        started.recorded.subject.assessmentId = assessmentId;
        const response = (started.body.responses as { id: string; version: number }[])[0];
        if (!response) return;
        let version = response.version;
        let saves = 0;
        let submitted = false;
        const key = `load-${index}-${randomUUID()}`;
        const submit = () =>
          write(
            session,
            'submit',
            'assessment.submitted',
            { assessmentId, key },
            'POST',
            `/api/assessments/${assessmentId}/submission`,
            undefined,
            {
              'idempotency-key': key,
            },
          );
        while (!submitted && Date.now() < deadline) {
          await think();
          const read = await send(session, 'read assessment', 'GET', `/api/assessments/${assessmentId}`);
          // What the database holds is what the last acknowledged save wrote: nothing lost, nothing extra.
          const current = (read.body.responses as { id: string; version: number }[] | undefined)?.find(
            (r) => r.id === response.id,
          );
          if (read.status === 200 && current?.version !== version) {
            lostUpdates.push({ responseId: response.id, acknowledged: version, read: current?.version });
          }
          await think();
          const content = {
            answers: Object.fromEntries(data.indicatorIds.map((id) => [id, 1 + Math.floor(Math.random() * 4)])),
            notes: [],
          };
          const path = `/api/assessments/${assessmentId}/responses/${response.id}`;
          if (version > 1 && chance(0.1)) {
            // A second tab, still on an older version: refused, and it must write nothing.
            await write(session, 'stale save', 'response.saved', {}, 'PUT', path, content, {
              'if-match': `"${version - 1}"`,
            });
            continue;
          }
          const saved = await write(
            session,
            'save',
            'response.saved',
            { responseId: response.id, version: version + 1 },
            'PUT',
            path,
            content,
            {
              'if-match': `"${version}"`,
            },
          );
          if (saved.status === 200) {
            version = Number(saved.body.version);
            saves++;
          }
          if (saves >= 2 && chance(0.3)) {
            await think();
            // Sometimes a double click: two requests with the same key at once.
            const first = await Promise.all(chance(0.2) ? [submit(), submit()] : [submit()]);
            submitted = first.some((s) => s.status === 201 || s.status === 200);
            // Sometimes the answer got lost on the way, and the browser tries again with the same key.
            if (chance(0.3)) await submit();
          }
          if (chance(0.2)) await send(session, 'dashboard', 'GET', `/api/partnerships/${partnershipId}/dashboard`);
        }
      }
    }

    /** Works the review queue: acknowledges flags, adds actions, writes progress notes. */
    async function friend(session: TInstanceSession, index: number) {
      const me = data.friends[index];
      if (!me) return;
      const handled = new Set<string>();
      const actionIds: string[] = [];
      while (Date.now() < deadline) {
        await think();
        const queue = await send(session, 'review queue', 'GET', '/api/review-queue');
        const items = (queue.body.items ?? []) as {
          flag: { id: string; status: string };
          partnership: { id: string };
        }[];
        const open = items.filter((i) => i.flag.status === 'open' && !handled.has(i.flag.id));
        await think();
        const roll = Math.random();
        const flag = pick(open);
        if (roll < 0.4 && flag) {
          handled.add(flag.flag.id);
          await write(
            session,
            'acknowledge',
            'flag.acknowledged',
            { flagId: flag.flag.id },
            'POST',
            `/api/flags/${flag.flag.id}/acknowledgement`,
          );
        } else if (roll < 0.7) {
          const partnershipId = flag?.partnership.id ?? pick(me.partnershipIds) ?? '';
          if (flag) handled.add(flag.flag.id);
          const created = await write(
            session,
            'add action',
            'action.created',
            {},
            'POST',
            `/api/partnerships/${partnershipId}/actions`,
            {
              description: `Intervisie over thema 4 (${randomUUID()})`,
              ownerId: me.personId,
              dueOn: '2500-06-30',
              supportType: 'intervision',
              flagIds: flag ? [flag.flag.id] : [],
            },
          );
          if (created.status === 201) {
            const actionId = String(created.body.id);
            actionIds.push(actionId);
            created.recorded.subject.actionId = actionId;
          }
        } else {
          const actionId = pick(actionIds);
          if (actionId) {
            const note = `Voortgang ${randomUUID()}`;
            await write(
              session,
              'progress note',
              'action.progress',
              { actionId, note },
              'POST',
              `/api/actions/${actionId}/progress`,
              {
                text: note,
                ...(chance(0.2) ? { status: 'in_progress' } : {}),
              },
            );
          } else {
            await send(session, 'actions', 'GET', `/api/partnerships/${pick(me.partnershipIds)}/actions`);
          }
        }
      }
    }

    /** Reads the board overview and the dashboards of the partnerships the board takes part in. */
    async function boardMember(session: TInstanceSession, index: number) {
      const me = data.boardMembers[index];
      while (me && Date.now() < deadline) {
        await think();
        await send(
          session,
          'board overview',
          'GET',
          `/api/board-overview?sort=${pick(['name', 'theme4'])}&pageSize=${BOARD_PAGE_SIZE}`,
        );
        await think();
        await send(session, 'dashboard', 'GET', `/api/partnerships/${pick(me.partnershipIds)}/dashboard`);
      }
    }

    await Promise.all([
      ...managers.map((s, i) => manager(s, i)),
      ...friends.map((s, i) => friend(s, i)),
      ...boardMembers.map((s, i) => boardMember(s, i)),
    ]);

    report(outcomes);

    // Every request got an answer, and no server error other than 503 (the database busy or away).
    expect(outcomes.filter((o) => o.status === 'no answer')).toEqual([]);
    expect(outcomes.filter((o) => typeof o.status === 'number' && o.status >= 500 && o.status !== 503)).toEqual([]);
    const unavailable = outcomes.filter((o) => o.status === 503).length;

    // Every answer is the one the workload expects; a 503 may come anywhere, and says to retry.
    const expected: Record<string, number[]> = {
      start: [200, 201],
      save: [200],
      'stale save': [412],
      submit: [200, 201],
      acknowledge: [200],
      'add action': [201],
      'progress note': [200],
    };
    const unexpected = outcomes.filter(
      (o) => o.status !== 503 && (o.op in expected ? !expected[o.op]?.includes(o.status as number) : o.status !== 200),
    );
    expect(unexpected).toEqual([]);
    expect(lostUpdates).toEqual([]);

    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      await checkDatabase(db, writes, unavailable, data.openPeriodIds);
    } finally {
      await db.end();
    }
  });
});

/** Requests, answers and latencies per kind of request: what the run did (not a benchmark). */
function report(outcomes: TOutcome[]) {
  const ops = [...new Set(outcomes.map((o) => o.op))].sort();
  const rows = ops.map((op) => {
    const of = outcomes.filter((o) => o.op === op);
    const ms = of.map((o) => o.ms).sort((a, b) => a - b);
    const counts = new Map<string, number>();
    for (const o of of) counts.set(String(o.status), (counts.get(String(o.status)) ?? 0) + 1);
    const statuses = [...counts].map(([status, n]) => `${status}: ${n}`).join(', ');
    return {
      op,
      requests: of.length,
      statuses,
      p50: ms[Math.floor(ms.length / 2)],
      p99: ms[Math.floor(ms.length * 0.99)],
    };
  });
  console.table(rows);
}

/**
 * PostgreSQL, asked directly. The audit log is written in the same transaction as every write, under the
 * request's id, so it tells which requests changed something: exactly the acknowledged ones.
 */
async function checkDatabase(db: pg.Client, writes: TWrite[], unavailable: number, openPeriodIds: string[]) {
  const audited = await db.query<{ request_id: string; action: string; n: number }>(
    `SELECT request_id, action, count(*)::int AS n FROM audit_log
     WHERE action = ANY($1::text[]) GROUP BY request_id, action`,
    [[...new Set(writes.map((w) => w.auditAction))]],
  );
  const auditOf = new Map(audited.rows.map((r) => [r.request_id, r]));
  const ok = (w: TWrite) => w.status === 200 || w.status === 201;

  // Acknowledged writes that change something (a start or a submission that found an earlier one does
  // not) are in the audit log exactly once; refused writes not at all. A 503 means "unknown, retry":
  // its transaction either committed whole or not at all, which the checks below cover.
  const changing = writes.filter((w) => (w.op === 'start' || w.op === 'submit' ? w.status === 201 : ok(w)));
  for (const w of changing)
    expect(auditOf.get(w.requestId ?? ''), `${w.op} ${w.requestId}`).toMatchObject({ action: w.auditAction, n: 1 });
  const refused = writes.filter((w) => !ok(w) && w.status !== 503);
  expect(refused.filter((w) => auditOf.has(w.requestId ?? ''))).toEqual([]);
  // Nothing changed that no request was answered for: no write happened twice, or in the background.
  const auditRows = audited.rows.reduce((sum, r) => sum + r.n, 0);
  expect(auditRows).toBeLessThanOrEqual(changing.length + writes.filter((w) => w.status === 503).length);
  if (unavailable === 0) expect(auditRows).toBe(changing.length);

  // Every assessment the workload started is there once, and whole: a draft without a submission, or
  // submitted with exactly one submission and its five theme summaries; never anything in between.
  const startedIds = new Set(writes.filter((w) => w.op === 'start' && ok(w)).map((w) => w.subject.assessmentId));
  const assessments = await db.query<{ id: string; status: string; submissions: number; summaries: number }>(
    `SELECT a.id, a.status,
            (SELECT count(*)::int FROM submission s WHERE s.assessment_id = a.id) AS submissions,
            (SELECT count(*)::int FROM theme_summary t WHERE t.assessment_id = a.id) AS summaries
     FROM assessment a WHERE a.period_id = ANY($1::uuid[])`,
    [openPeriodIds],
  );
  const stored = new Set(assessments.rows.map((a) => a.id));
  if (unavailable === 0) expect(stored).toEqual(startedIds);
  else for (const id of startedIds) expect(stored.has(id ?? '')).toBe(true);
  for (const { id, ...state } of assessments.rows) {
    const whole = state.status === 'submitted' && state.submissions === 1 && state.summaries === 5;
    const none = state.status === 'draft' && state.submissions === 0 && state.summaries === 0;
    expect(whole || none, `${id} ${JSON.stringify(state)}`).toBe(true);
  }

  // Submissions: one per assessment, under its key, with its five theme summaries, however many times
  // and however concurrently it was sent.
  const submits = writes.filter((w) => w.op === 'submit');
  const submittedIds = [...new Set(submits.filter(ok).map((w) => w.subject.assessmentId ?? ''))];
  const submissions = await db.query<{ assessment_id: string; keys: string[]; summaries: number; status: string }>(
    `SELECT a.id AS assessment_id, a.status,
            array(SELECT s.idempotency_key FROM submission s WHERE s.assessment_id = a.id) AS keys,
            (SELECT count(*)::int FROM theme_summary t WHERE t.assessment_id = a.id) AS summaries
     FROM assessment a WHERE a.id = ANY($1::uuid[])`,
    [submittedIds],
  );
  expect(submissions.rows).toHaveLength(submittedIds.length);
  for (const row of submissions.rows) {
    const key = submits.find((w) => w.subject.assessmentId === row.assessment_id)?.subject.key;
    expect(row).toEqual({ assessment_id: row.assessment_id, status: 'submitted', keys: [key], summaries: 5 });
  }
  for (const id of submittedIds) {
    expect(submits.filter((w) => w.subject.assessmentId === id && w.status === 201).length).toBeLessThanOrEqual(1);
  }
  const retried = submittedIds.filter((id) => submits.filter((w) => w.subject.assessmentId === id && ok(w)).length > 1);
  expect(retried.length).toBeGreaterThan(0);

  // Draft saves: each response holds the version of its last acknowledged save, and the acknowledged
  // versions run on without a gap: no save applied twice, none applied unacknowledged.
  const saves = writes.filter((w) => w.op === 'save' && ok(w));
  const versions = await db.query<{ id: string; version: number }>(
    'SELECT id, version FROM response WHERE id = ANY($1::uuid[])',
    [[...new Set(saves.map((w) => w.subject.responseId ?? ''))]],
  );
  for (const { id, version } of versions.rows) {
    const acknowledged = saves.filter((w) => w.subject.responseId === id).map((w) => w.subject.version ?? 0);
    if (unavailable === 0)
      expect(acknowledged.toSorted((a, b) => a - b)).toEqual(Array.from({ length: version - 1 }, (_, i) => i + 2));
    else expect(Math.max(...acknowledged)).toBeLessThanOrEqual(version);
  }

  // Actions and progress notes: every acknowledged one exactly once, and (without 503s) nothing else.
  const actionIds = writes.filter((w) => w.op === 'add action' && ok(w)).map((w) => w.subject.actionId ?? '');
  const actions = await db.query<{ id: string }>('SELECT id FROM action');
  expect(actions.rows.map((r) => r.id)).toEqual(expect.arrayContaining(actionIds));
  const notes = writes.filter((w) => w.op === 'progress note' && ok(w)).map((w) => w.subject.note ?? '');
  const noteRows = await db.query<{ text: string; n: number }>(
    'SELECT text, count(*)::int AS n FROM action_note GROUP BY text',
  );
  const storedNotes = new Map(noteRows.rows.map((r) => [r.text, r.n]));
  for (const note of notes) expect(storedNotes.get(note), note).toBe(1);
  if (unavailable === 0) {
    expect(actions.rows).toHaveLength(actionIds.length);
    expect(noteRows.rows).toHaveLength(notes.length);
  }

  // Acknowledgements: each acknowledged flag has exactly one 'acknowledged' event.
  const acknowledged = writes.filter((w) => w.op === 'acknowledge' && ok(w)).map((w) => w.subject.flagId ?? '');
  const events = await db.query<{ flag_id: string; n: number }>(
    `SELECT flag_id, count(*)::int AS n FROM flag_event WHERE event = 'acknowledged' GROUP BY flag_id`,
  );
  const eventsOf = new Map(events.rows.map((r) => [r.flag_id, r.n]));
  for (const flagId of acknowledged) expect(eventsOf.get(flagId), flagId).toBe(1);
  if (unavailable === 0) expect(events.rows).toHaveLength(acknowledged.length);
}
