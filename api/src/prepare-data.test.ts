import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../test/session.ts';
import { asApplication, buildTestApp, createTestDatabase } from '../test/test-app.ts';
import { TEST_SECRET_KEY } from '../test/test-secret-key.ts';
import { loadConfig } from './config.ts';
import { DEMO_PASSWORD, DEMO_ACCOUNTS } from './demo/demo-people.ts';
import { prepareData } from './prepare-data.ts';

/** What Koers says at start, kept to read back. */
function recordingLog() {
  const lines: { level: 'info' | 'warn'; text: string }[] = [];
  const record = (level: 'info' | 'warn') => (first: unknown, second?: unknown) =>
    void lines.push({ level, text: typeof first === 'string' ? first : String(second) });
  return { lines, log: { info: record('info'), warn: record('warn') } };
}

describe('demo data in production', () => {
  const production = { NODE_ENV: 'production', LOG_LEVEL: 'silent', KOERS_SECRET_KEY: TEST_SECRET_KEY };
  let app: FastifyInstance;
  let ownerUrl: string;
  beforeAll(async () => {
    ownerUrl = await createTestDatabase();
    app = await buildTestApp({ env: production, connectionString: asApplication(ownerUrl) });
  });
  afterAll(() => app.close());

  it('is off by default with the embedded database: on a new database the demo password opens nothing', async () => {
    const config = loadConfig(production);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.demoData).toBe(false);
    const { log, lines } = recordingLog();
    await prepareData(app.db, ownerUrl, config, log);
    expect(lines.filter((line) => line.level === 'warn')).toEqual([]);

    const visitor = await new TestClient(app).start();
    for (const [i, person] of DEMO_ACCOUNTS.entries()) {
      const res = await visitor.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: person.email, password: DEMO_PASSWORD },
        // An address per account, so that what is tested is the account, not the throttle.
        remoteAddress: `192.0.2.${i + 1}`,
      });
      expect(res.statusCode).toBe(401);
    }
    expect((await app.inject({ method: 'GET', url: '/api/meta' })).json()).toMatchObject({ demoAccounts: [] });
  });

  it('when asked for explicitly, is loaded and warned about loudly at every start', async () => {
    const config = loadConfig({ ...production, KOERS_DEMO_DATA: 'true' });
    expect(config.demoData).toBe(true);
    for (let start = 0; start < 2; start++) {
      const { log, lines } = recordingLog();
      await prepareData(app.db, ownerUrl, config, log);
      expect(lines.filter((line) => line.level === 'warn').map((line) => line.text)).toEqual([
        expect.stringMatching(/^DEMO DATA IS ON IN PRODUCTION/),
      ]);
    }
    const admin = DEMO_ACCOUNTS[0];
    expect((await (await new TestClient(app).start()).signIn(admin?.email ?? '', DEMO_PASSWORD)).statusCode).toBe(200);
  });
});
