import type { FastifyInstance, InjectOptions, LightMyRequestResponse as InjectResponse } from 'fastify';
import { CSRF_HEADER } from '@koers/shared/auth';
import { TEST_PASSWORD } from './fixtures.ts';

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

  async signIn(email: string, password = TEST_PASSWORD): Promise<InjectResponse> {
    if (!this.csrfToken) await this.start();
    const response = await this.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
    // The new session has a token of its own; the one from before sign-in no longer works.
    if (response.statusCode === 200) this.csrfToken = (response.json() as { csrfToken: string }).csrfToken;
    return response;
  }
}

/** A client signed in as the given person; fails the test loudly if sign-in does not work. */
export async function signedIn(app: FastifyInstance, email: string, password = TEST_PASSWORD): Promise<TestClient> {
  const client = new TestClient(app);
  const res = await client.signIn(email, password);
  if (res.statusCode !== 200) throw new Error(`sign-in as ${email} failed: ${res.statusCode} ${res.body}`);
  return client;
}
