import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
// Brings in the global setup's ProvidedContext (postgresUrl).
import type {} from '../../api/test/global-setup.ts';
import { findFreePort } from '../../api/src/db/embedded-postgres.ts';
import { DEMO_PARTNERSHIPS } from '../../api/src/demo/demo-partnerships.ts';
import { DEMO_ACCOUNTS } from '../../api/src/demo/demo-people.ts';
import { createEmptyDatabase, signIn, startInstance, stopInstance, waitUntilReady } from '../support/instances.ts';

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

  it('counts wrong passwords across both instances: the sixth in a minute gets 429, wherever it lands', async () => {
    const [first, second] = ports as [number, number];
    const attempt = (port: number) => signIn(port, 'board@demo.koers.nl', 'not the password');
    for (let i = 0; i < 5; i++) expect((await attempt(i % 2 === 0 ? first : second)).status).toBe(401);
    const sixth = await attempt(second);
    expect(sixth.status).toBe(429);
  });
});
