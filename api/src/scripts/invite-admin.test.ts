import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/session.ts';
import { buildTestApp, createTestDatabase } from '../../test/test-app.ts';

const run = promisify(execFile);
const SCRIPT = path.resolve(import.meta.dirname, 'invite-admin.ts');

/** The script as an operator runs it, on the installation's database. */
const inviteAdmin = (databaseUrl: string, ...args: string[]) =>
  run(process.execPath, [SCRIPT, ...args], {
    env: { PATH: process.env.PATH, DATABASE_URL: databaseUrl, KOERS_PUBLIC_URL: 'https://koers.example.nl' },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );

describe('npm run admin:invite: the first admin of a new installation', () => {
  let databaseUrl: string;
  let app: FastifyInstance;

  beforeAll(async () => {
    databaseUrl = await createTestDatabase();
    app = await buildTestApp({ connectionString: databaseUrl });
  });
  afterAll(() => app.close());

  it('prints a one-time link with which the new admin sets a password and reaches Beheer', async () => {
    const result = await inviteAdmin(databaseUrl, '--email', 'beheer@hogeschool.nl', '--name', 'Eerste Beheerder');
    expect(result.code).toBe(0);
    const link = /https:\/\/koers\.example\.nl\/link\/(\S+)/.exec(result.stdout);
    expect(link?.[1]).toBeDefined();

    const client = await new TestClient(app).start();
    const used = await client.inject({
      method: 'POST',
      url: `/api/auth/one-time-links/${link?.[1] ?? ''}`,
      payload: { password: 'een lang en eigen wachtwoord 2027' },
    });
    expect(used.statusCode).toBe(204);
    expect((await client.signIn('beheer@hogeschool.nl', 'een lang en eigen wachtwoord 2027')).statusCode).toBe(200);
    expect((await client.inject({ method: 'GET', url: '/api/people' })).statusCode).toBe(200);
  });

  it('refuses a second account for the same address, and bad arguments, with a message', async () => {
    const again = await inviteAdmin(databaseUrl, '--email', 'BEHEER@hogeschool.nl', '--name', 'Nog Een');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already has an account');

    const bad = await inviteAdmin(databaseUrl, '--email', 'geen-adres');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--email');
    expect(bad.stderr).toContain('--name');
  });
});
