import type { FastifyInstance, InjectOptions, LightMyRequestResponse as InjectResponse } from 'fastify';
import { Secret, TOTP } from 'otpauth';
import { CSRF_HEADER } from '@koers/shared/auth';
import { TEST_PASSWORD } from './fixtures.ts';

/**
 * Admins need a second factor after a password. Tests that are not about it get one enrolled at their
 * first sign-in, and later sign-ins of that admin spend a recovery code each (a code from the app would
 * be refused as a replay within its 30 seconds).
 */
const recoveryCodesOf = new Map<string, string[]>();

/** The code an authenticator app shows now for this secret. */
export function totpCodeOf(secret: string): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret) });
}

/** A browser-like client for `app.inject`: it keeps cookies and sends the CSRF token on changes. */
export class TestClient {
  private readonly cookies = new Map<string, string>();
  csrfToken = '';

  private readonly app: FastifyInstance;

  constructor(app: FastifyInstance) {
    this.app = app;
  }

  async inject(options: InjectOptions & { method: string; url: string }): Promise<InjectResponse> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await this.app.inject({
      ...options,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(this.csrfToken ? { [CSRF_HEADER]: this.csrfToken } : {}),
        ...options.headers,
      },
    });
    for (const c of response.cookies) {
      const expired = c.expires !== undefined && c.expires.getTime() <= Date.now();
      if (c.value === '' || expired || c.maxAge === 0) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return response;
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  /** Fetches a CSRF token, as the web app does on load. */
  async start(): Promise<this> {
    const res = await this.inject({ method: 'GET', url: '/api/auth/session' });
    this.csrfToken = (res.json() as { csrfToken: string }).csrfToken;
    return this;
  }

  /**
   * Signs in with the password; for an admin, also through the second factor (enrolled on first sign-in),
   * unless `secondFactor: 'as-is'` leaves that to the test.
   */
  async signIn(
    email: string,
    password = TEST_PASSWORD,
    { secondFactor = 'complete' }: { secondFactor?: 'complete' | 'as-is' } = {},
  ): Promise<InjectResponse> {
    if (!this.csrfToken) await this.start();
    let response = await this.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
    const key = email.toLowerCase();
    const stash = recoveryCodesOf.get(key);
    if (response.statusCode === 202 && secondFactor === 'complete' && stash?.length) {
      const code = stash.shift();
      response = await this.inject({ method: 'POST', url: '/api/auth/login/second-factor', payload: { code } });
    }
    // The new session has a token of its own; the one from before sign-in no longer works.
    if (response.statusCode !== 200) return response;
    const signedIn = response.json() as { csrfToken: string; user: { secondFactorRequired: boolean } };
    this.csrfToken = signedIn.csrfToken;
    if (secondFactor === 'complete' && signedIn.user.secondFactorRequired) await this.enrolSecondFactor(key);
    else if (stash?.length === 1) recoveryCodesOf.set(key, await this.recoveryCodes('/recovery-codes', stash[0]));
    return response;
  }

  private async enrolSecondFactor(key: string): Promise<void> {
    const enrolment = await this.inject({ method: 'POST', url: '/api/account/second-factor/enrolment' });
    const { secret } = enrolment.json() as { secret: string };
    recoveryCodesOf.set(key, await this.recoveryCodes('/enrolment/confirmation', totpCodeOf(secret)));
  }

  private async recoveryCodes(path: string, code: string | undefined): Promise<string[]> {
    const res = await this.inject({ method: 'POST', url: `/api/account/second-factor${path}`, payload: { code } });
    if (res.statusCode !== 200) throw new Error(`second factor ${path} failed: ${res.statusCode} ${res.body}`);
    return (res.json() as { recoveryCodes: string[] }).recoveryCodes;
  }
}

/** A client signed in as the given person; fails the test loudly if sign-in does not work. */
export async function signedIn(app: FastifyInstance, email: string, password = TEST_PASSWORD): Promise<TestClient> {
  const client = new TestClient(app);
  const res = await client.signIn(email, password);
  if (res.statusCode !== 200) throw new Error(`sign-in as ${email} failed: ${res.statusCode} ${res.body}`);
  return client;
}
