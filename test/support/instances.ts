import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { Secret, TOTP } from 'otpauth';
import pg from 'pg';
import { withDatabase } from '../../api/test/database-url.ts';
import { TEST_SECRET_KEY } from '../../api/test/test-secret-key.ts';
import { DEMO_PASSWORD } from '../../api/src/demo/demo-people.ts';

const SERVER = {
  /** The TypeScript source, run by Node's own type stripping: no build needed. */
  source: [path.resolve(import.meta.dirname, '../../api/src/server.ts')],
  /** What `npm start` runs: the bundle of `npm run build --workspace api`, with the same Node.js flags. */
  built: [
    '--enable-source-maps',
    '--max-semi-space-size=16',
    '--max-old-space-size=256',
    path.resolve(import.meta.dirname, '../../api/dist/server.js'),
  ],
};

/** A new, empty database on the test PostgreSQL: a Koers instance started on it migrates from scratch. */
export async function createEmptyDatabase(postgresUrl: string, prefix: string): Promise<string> {
  const name = `${prefix}_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return withDatabase(postgresUrl, name);
}

type TInstanceOptions = {
  server?: keyof typeof SERVER;
  /** Node's arguments and the folder to run in, for a server installed elsewhere (the production recipe). */
  command?: string[];
  cwd?: string;
  /** `pipe` to read what the process logs (child.stdout, child.stderr); by default it goes to the console. */
  output?: 'inherit' | 'pipe';
};

/**
 * Starts the real server as its own process, as `npm start` would, on an external DATABASE_URL, or with
 * `null` on its own embedded PostgreSQL (give it a KOERS_DATA_DIR).
 */
export function startInstance(
  databaseUrl: string | null,
  port: number,
  env: Record<string, string> = {},
  { server = 'source', output = 'inherit', command = SERVER[server], cwd }: TInstanceOptions = {},
): ChildProcess {
  return spawn(process.execPath, command, {
    cwd,
    env: {
      PATH: process.env.PATH,
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      PORT: String(port),
      HOST: '127.0.0.1',
      KOERS_DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      KOERS_SECRET_KEY: TEST_SECRET_KEY,
      ...env,
    },
    stdio: ['ignore', output, output],
  });
}

export async function waitUntilReady(port: number, timeoutMs = 60_000): Promise<void> {
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

export async function stopInstance(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

const cookiesOf = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    // A cleared cookie (the pre-session's, at sign-in) is not sent back.
    .filter((c) => c !== undefined && !c.endsWith('='))
    .join('; ');

/** A signed-in HTTP client of one instance, with the session cookie and the CSRF token. */
export type TInstanceSession = {
  status: number;
  cookie: string;
  csrfToken: string;
  request: (
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
    /** Aborts a request that gets no answer in time, so a hang fails the test instead of stalling it. */
    signal?: AbortSignal,
  ) => Promise<Response>;
};

/**
 * Signs in as a browser does: the pre-session's CSRF token, the password, and for a person with an
 * authenticator app (`totpSecret`) the second step with the code it shows now.
 */
export async function signIn(
  port: number,
  email: string,
  password = DEMO_PASSWORD,
  totpSecret?: string,
): Promise<TInstanceSession> {
  const base = `http://127.0.0.1:${port}`;
  const session = await fetch(`${base}/api/auth/session`);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const csrfCookie = cookiesOf(session);
  const post = (path: string, body: unknown, cookie: string) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie },
      body: JSON.stringify(body),
    });
  let login = await post('/api/auth/login', { email, password }, csrfCookie);
  if (login.status === 202 && totpSecret) {
    const code = TOTP.generate({ secret: Secret.fromBase32(totpSecret) });
    login = await post('/api/auth/login/second-factor', { code }, `${csrfCookie}; ${cookiesOf(login)}`);
  }
  // Signed in, the session's own cookie and token take over from the pre-session's.
  if (login.status !== 200)
    return {
      status: login.status,
      cookie: csrfCookie,
      csrfToken,
      request: requestThrough(port, { cookie: csrfCookie, csrfToken }),
    };
  const signedIn = (await login.json()) as { csrfToken: string };
  const cookie = cookiesOf(login);
  return {
    status: login.status,
    cookie,
    csrfToken: signedIn.csrfToken,
    request: requestThrough(port, { cookie, csrfToken: signedIn.csrfToken }),
  };
}

/** Requests with a session's cookies and CSRF token, sent to the instance on `port` (any instance will do). */
export function requestThrough(
  port: number,
  { cookie, csrfToken }: Pick<TInstanceSession, 'cookie' | 'csrfToken'>,
): TInstanceSession['request'] {
  return (method, pathname, body, headers = {}, signal) =>
    fetch(`http://127.0.0.1:${port}${pathname}`, {
      method,
      ...(signal ? { signal } : {}),
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
}
