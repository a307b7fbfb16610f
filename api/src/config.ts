import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root: relative paths in the configuration are taken from here, not from the cwd. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const ZBooleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const ZEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  KOERS_DATABASE_APP_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  KOERS_DATA_DIR: z.string().min(1).default('.koers-data'),
  KOERS_DEMO_DATA: ZBooleanFlag.optional(),
  KOERS_DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  KOERS_DB_CONNECTION_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2_000),
  KOERS_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  KOERS_TRUST_PROXY: ZBooleanFlag.default(false),
  KOERS_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  KOERS_SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  SMTP_FROM: z.string().min(3).default('Koers <koers@localhost>'),
  KOERS_QUEUE_CONCURRENCY: z.coerce.number().int().min(0).max(50).default(2),
  // Whoever holds it reads the app's traffic and load: a token too short to be random is refused at start.
  // The characters a Bearer token may hold (RFC 6750), so any token accepted here can be sent.
  KOERS_METRICS_TOKEN: z
    .string()
    .min(32, 'Use at least 32 characters, e.g. from `openssl rand -hex 32`')
    .regex(/^[\w.~+/-]+=*$/, 'Use letters, digits and - . _ ~ + / only (= at the end)')
    .optional(),
  KOERS_API_DOCS: ZBooleanFlag.optional(),
  // Seals what Koers must read back (authenticator apps' secrets): a database dump alone does not hold them.
  KOERS_SECRET_KEY: z
    .base64('Use 32 random bytes in base64, e.g. from `openssl rand -base64 32`')
    .refine(
      (key) => Buffer.from(key, 'base64').byteLength === 32,
      'Use 32 random bytes, e.g. from `openssl rand -base64 32`',
    )
    .optional(),
  // Only for a provider on this machine during development: sign-in over plain HTTP is readable on the way.
  KOERS_OIDC_ALLOW_HTTP_LOCALHOST: ZBooleanFlag.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type TConfig = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** Absent: Koers starts its own embedded PostgreSQL under `dataDir`. */
  databaseUrl: string | undefined;
  /**
   * With databaseUrl: the same database as the least-privileged application role, for the running API
   * (databaseUrl, the owner, then only migrates). Absent: the API connects as the owner, and says so.
   */
  databaseAppUrl: string | undefined;
  dataDir: string;
  /** Load the demo partnerships into an empty database at start. */
  demoData: boolean;
  dbPoolSize: number;
  /** How long a request waits for a free pool connection before it answers 503. */
  dbConnectionTimeoutMs: number;
  /** Where people reach Koers; one-time links in emails point here. */
  publicUrl: string;
  /** Behind a load balancer that terminates HTTPS: trust its X-Forwarded-* headers. */
  trustProxy: boolean;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** Absent: emails are not sent; invitation links are shown to the admin (in development also printed). */
  smtpUrl: string | undefined;
  smtpFrom: string;
  /** Jobs (emails, scheduled work) this instance runs at once; 0: it only queues them, for other instances to run. */
  queueConcurrency: number;
  /** Absent: no metrics; /metrics answers 404. Present: Prometheus scrapes /metrics with it as Bearer token. */
  metricsToken: string | undefined;
  /** Serve the OpenAPI document and Swagger UI at /api/docs. */
  apiDocs: boolean;
  /**
   * The key that seals authenticator secrets in the database. Absent: one kept under `dataDir`, made on first
   * use (see secret-key.ts); required with DATABASE_URL in production, where every instance needs the same.
   */
  secretKey: Buffer | undefined;
  /** The OpenID Connect providers people may sign in with, in the order of their names. */
  oidcProviders: TOidcProviderConfig[];
  logLevel: z.infer<typeof ZEnv>['LOG_LEVEL'];
};

/** One provider from KOERS_OIDC_<NAME>_ISSUER, _CLIENT_ID, _CLIENT_SECRET and _LABEL. */
export type TOidcProviderConfig = {
  /** `<NAME>` in lower case: the provider's part of /api/auth/oidc/<name> and its callback. */
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Shown on the login page as "Inloggen met <label>". */
  label: string;
};

export class ConfigError extends Error {}

const OIDC_VARIABLE = /^KOERS_OIDC_([A-Z0-9]+)_(ISSUER|CLIENT_ID|CLIENT_SECRET|LABEL)$/;
const OIDC_FIELDS = { ISSUER: 'issuer', CLIENT_ID: 'clientId', CLIENT_SECRET: 'clientSecret', LABEL: 'label' } as const;
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Providers from their variables. The issuer must speak HTTPS: its discovery document names the keys that
 * sign every ID token. Plain HTTP only for a provider on this machine, in tests or with the explicit flag.
 */
function oidcProvidersFrom(env: NodeJS.ProcessEnv, allowHttpLocalhost: boolean): TOidcProviderConfig[] {
  const found = new Map<string, Partial<Record<(typeof OIDC_FIELDS)[keyof typeof OIDC_FIELDS], string>>>();
  for (const [key, value] of Object.entries(env)) {
    if (!key.startsWith('KOERS_OIDC_') || key === 'KOERS_OIDC_ALLOW_HTTP_LOCALHOST' || value === undefined) continue;
    const match = OIDC_VARIABLE.exec(key);
    if (!match?.[1] || !match[2]) {
      throw new ConfigError(
        `Invalid configuration:\n  ${key}: use KOERS_OIDC_<NAME>_ISSUER, _CLIENT_ID, _CLIENT_SECRET or _LABEL, with <NAME> of A-Z and 0-9`,
      );
    }
    const fields = found.get(match[1]) ?? {};
    fields[OIDC_FIELDS[match[2] as keyof typeof OIDC_FIELDS]] = value.trim();
    found.set(match[1], fields);
  }
  return [...found.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, fields]) => {
      const missing = (['issuer', 'clientId', 'clientSecret'] as const).filter((field) => !fields[field]);
      if (missing.length > 0) {
        throw new ConfigError(`Invalid configuration:\n  KOERS_OIDC_${name}: ${missing.join(', ')} missing`);
      }
      const issuer = URL.parse(fields.issuer ?? '');
      const localHttp = issuer?.protocol === 'http:' && LOCAL_HOSTS.has(issuer.hostname) && allowHttpLocalhost;
      if (!issuer || (issuer.protocol !== 'https:' && !localHttp)) {
        throw new ConfigError(`Invalid configuration:\n  KOERS_OIDC_${name}_ISSUER: an https:// URL is required`);
      }
      return {
        name: name.toLowerCase(),
        issuer: fields.issuer ?? '',
        clientId: fields.clientId ?? '',
        clientSecret: fields.clientSecret ?? '',
        label: fields.label || name,
      };
    });
}

/** The only place that reads process.env. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): TConfig {
  const parsed = ZEnv.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const e = parsed.data;
  // Instances on one database must open each other's sealed secrets: a key on one machine's disk would not do.
  if (e.NODE_ENV === 'production' && e.DATABASE_URL !== undefined && e.KOERS_SECRET_KEY === undefined) {
    throw new ConfigError(
      'Invalid configuration:\n  KOERS_SECRET_KEY: required with DATABASE_URL in production; the same for every instance, e.g. from `openssl rand -base64 32` (see docs/operations.md)',
    );
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databaseAppUrl: e.KOERS_DATABASE_APP_URL,
    dataDir: path.resolve(REPO_ROOT, e.KOERS_DATA_DIR),
    // Demo data is for trying Koers out: on by default only with the embedded database, and never by
    // default in production, where its published password would open real installations.
    demoData: e.KOERS_DEMO_DATA ?? (e.DATABASE_URL === undefined && e.NODE_ENV !== 'production'),
    dbPoolSize: e.KOERS_DB_POOL_SIZE,
    dbConnectionTimeoutMs: e.KOERS_DB_CONNECTION_TIMEOUT_MS,
    publicUrl: (e.KOERS_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    trustProxy: e.KOERS_TRUST_PROXY,
    sessionIdleMinutes: e.KOERS_SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: e.KOERS_SESSION_ABSOLUTE_HOURS,
    smtpUrl: e.SMTP_URL,
    smtpFrom: e.SMTP_FROM,
    queueConcurrency: e.KOERS_QUEUE_CONCURRENCY,
    metricsToken: e.KOERS_METRICS_TOKEN,
    // The docs map every route for whoever reads them: in production only when someone chose to publish them.
    apiDocs: e.KOERS_API_DOCS ?? e.NODE_ENV !== 'production',
    secretKey: e.KOERS_SECRET_KEY === undefined ? undefined : Buffer.from(e.KOERS_SECRET_KEY, 'base64'),
    // Tests run their provider in-process on plain HTTP; in production the flag has no effect.
    oidcProviders: oidcProvidersFrom(
      env,
      e.NODE_ENV === 'test' || (e.KOERS_OIDC_ALLOW_HTTP_LOCALHOST && e.NODE_ENV !== 'production'),
    ),
    logLevel: e.LOG_LEVEL,
  };
}
