import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { withDatabase } from '../../api/test/database-url.ts';
// Brings in the global setup's ProvidedContext (postgresUrl).
import type {} from '../../api/test/global-setup.ts';
import { findFreePort } from '../../api/src/db/embedded-postgres.ts';
import { DEMO_PARTNERSHIPS } from '../../api/src/demo/demo-partnerships.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../api/src/demo/demo-people.ts';

const SERVER = path.resolve(import.meta.dirname, '../../api/src/server.ts');

/** Starts the real server as its own process, as `npm start` would, on an external DATABASE_URL. */
function startInstance(databaseUrl: string, port: number): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', SERVER], {
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      KOERS_DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

async function waitUntilReady(port: number, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`instance on port ${port} not ready within ${timeoutMs} ms`);
}

async function signIn(port: number, email: string) {
  const base = `http://127.0.0.1:${port}`;
  const session = await fetch(`${base}/api/auth/session`);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const csrfCookie = session.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: csrfCookie },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  const sessionCookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { status: login.status, cookie: sessionCookie };
}

describe('two API processes on one external PostgreSQL (DATABASE_URL)', () => {
  const instances: ChildProcess[] = [];
  const ports: number[] = [];
  let databaseUrl: string;

  beforeAll(async () => {
    const name = `koers_instances_${Date.now()}`;
    const admin = new pg.Client({ connectionString: inject('postgresUrl') });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    databaseUrl = withDatabase(inject('postgresUrl'), name);
    for (let i = 0; i < 2; i++) ports.push(await findFreePort());
    // Both start at the same moment on an empty database: both migrate and both try the demo data.
    for (const port of ports) instances.push(startInstance(databaseUrl, port));
    await Promise.all(ports.map((port) => waitUntilReady(port)));
  });

  afterAll(async () => {
    await Promise.all(
      instances.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
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
});
