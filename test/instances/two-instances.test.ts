import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
// Brings in the global setup's ProvidedContext (postgresUrl).
import type {} from '../../api/test/global-setup.ts';
import { findFreePort } from '../../api/src/db/embedded-postgres.ts';
import { DEMO_PARTNERSHIPS } from '../../api/src/demo/demo-partnerships.ts';
import { DEMO_ACCOUNTS } from '../../api/src/demo/demo-people.ts';
import {
  createEmptyDatabase,
  requestThrough,
  signIn,
  startInstance,
  stopInstance,
  waitUntilReady,
} from '../support/instances.ts';

describe('two API processes on one external PostgreSQL (DATABASE_URL)', () => {
  const instances: ChildProcess[] = [];
  const ports: number[] = [];
  let databaseUrl: string;

  beforeAll(async () => {
    databaseUrl = await createEmptyDatabase(inject('postgresUrl'), 'koers_instances');
    for (let i = 0; i < 2; i++) ports.push(await findFreePort());
    // Both start at the same moment on an empty database: both migrate and both try the demo data.
    for (const port of ports) instances.push(startInstance(databaseUrl, port));
    await Promise.all(ports.map((port) => waitUntilReady(port)));
  });

  afterAll(async () => {
    await Promise.all(instances.map((child) => stopInstance(child)));
  });

  it('both start and migrate without error, and the demo data is loaded exactly once', async () => {
    expect(instances.every((child) => child.exitCode === null)).toBe(true);
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM partnership');
    const people = await client.query<{ n: string }>('SELECT count(*) AS n FROM person WHERE email = $1', [
      DEMO_ACCOUNTS[0]?.email,
    ]);
    await client.end();
    expect(Number(rows[0]?.n)).toBe(DEMO_PARTNERSHIPS.length);
    expect(Number(people.rows[0]?.n)).toBe(1);
  });

  it('a session made through one instance works through the other', async () => {
    const [first, second] = ports as [number, number];
    const { status, cookie } = await signIn(first, 'pm@demo.koers.nl');
    expect(status).toBe(200);
    const res = await fetch(`http://127.0.0.1:${second}/api/partnerships`, { headers: { cookie } });
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as { items: { name: string }[] };
    expect(items.map((p) => p.name)).toEqual(['Partnerschap Twente Leert']);
  });

  it('concurrent saves and submissions through both instances take effect exactly once', async () => {
    const [first, second] = ports as [number, number];
    const session = await signIn(first, 'pm@demo.koers.nl');
    // Requests alternate between the instances, as a load balancer without sticky sessions sends them.
    const through = [session.request, requestThrough(second, session)];
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const one = async <TRow extends pg.QueryResultRow>(text: string, values: unknown[] = []) =>
        (await client.query<TRow>(text, values)).rows;
      const [partnership] = await one<{ id: string }>('SELECT id FROM partnership WHERE name = $1', [
        'Partnerschap Twente Leert',
      ]);
      const [period] = await one<{ id: string }>("SELECT id FROM period WHERE code = '2026-Q4'");
      const indicators = await one<{ id: string }>(
        `SELECT i.id FROM indicator i JOIN theme t ON t.id = i.theme_id JOIN instrument_version v
         ON v.id = t.instrument_version_id WHERE v.status = 'published'`,
      );
      const started = await session.request('POST', `/api/partnerships/${partnership?.id}/assessments`, {
        periodId: period?.id,
      });
      expect([200, 201]).toContain(started.status);
      const assessment = (await started.json()) as { id: string; responses: { id: string; version: number }[] };
      const response = assessment.responses[0];
      if (!response) throw new Error('the started assessment has no response of the programme manager');

      // Ten tabs save from the same version at once: one wins, the others are told someone saved first.
      const content = { answers: Object.fromEntries(indicators.map(({ id }) => [id, 3])), notes: [] };
      const saves = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          through[i % 2]?.('PUT', `/api/assessments/${assessment.id}/responses/${response.id}`, content, {
            'if-match': `"${response.version}"`,
          }),
        ),
      );
      expect(saves.map((r) => r?.status).sort()).toEqual([200, ...Array<number>(9).fill(412)]);
      const savedRows = await one<{ n: string }>(
        "SELECT count(*) AS n FROM audit_log WHERE action = 'response.saved' AND subject_id = $1",
        [response.id],
      );
      expect(Number(savedRows[0]?.n)).toBe(1);

      // Double clicks (one key) and a second person's click (another key), all at once on both instances.
      const keys = ['two-instances-a', 'two-instances-b'];
      const submissions = await Promise.all(
        Array.from({ length: 12 }, async (_, i) => {
          const key = keys[i % 2] ?? '';
          const res = await through[Math.floor(i / 2) % 2]?.(
            'POST',
            `/api/assessments/${assessment.id}/submission`,
            undefined,
            { 'idempotency-key': key },
          );
          return { key, status: res?.status };
        }),
      );
      const created = submissions.filter((s) => s.status === 201);
      expect(created).toHaveLength(1);
      const winner = created[0]?.key;
      for (const { key, status } of submissions) expect(key === winner ? [200, 201] : [409]).toContain(status);
      const stored = await one<{ idempotency_key: string }>(
        'SELECT idempotency_key FROM submission WHERE assessment_id = $1',
        [assessment.id],
      );
      expect(stored).toEqual([{ idempotency_key: winner }]);
      const summaries = await one<{ n: string }>('SELECT count(*) AS n FROM theme_summary WHERE assessment_id = $1', [
        assessment.id,
      ]);
      expect(Number(summaries[0]?.n)).toBe(5);
      const submittedRows = await one<{ n: string }>(
        "SELECT count(*) AS n FROM audit_log WHERE action = 'assessment.submitted' AND subject_id = $1",
        [assessment.id],
      );
      expect(Number(submittedRows[0]?.n)).toBe(1);
    } finally {
      await client.end();
    }
  });

  it('counts wrong passwords across both instances: the sixth in a minute gets 429, wherever it lands', async () => {
    const [first, second] = ports as [number, number];
    const attempt = (port: number) => signIn(port, 'board@demo.koers.nl', 'not the password');
    for (let i = 0; i < 5; i++) expect((await attempt(i % 2 === 0 ? first : second)).status).toBe(401);
    const sixth = await attempt(second);
    expect(sixth.status).toBe(429);
  });

  it('weighs at most five of thirty wrong passwords sent at once through both instances; the rest get 429', async () => {
    const [first, second] = ports as [number, number];
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => signIn(i % 2 === 0 ? first : second, 'friend@demo.koers.nl', `guess ${i}`)),
    );
    const statuses = answers.map((answer) => answer.status);
    // One decision in PostgreSQL for both processes: exactly the limit's worth are weighed.
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(25);
  });
});
