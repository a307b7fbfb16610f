import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
// Brings in the global setup's ProvidedContext (postgresUrl).
import type {} from '../../api/test/global-setup.ts';
import { findFreePort } from '../../api/src/db/embedded-postgres.ts';
import { DEMO_PASSWORD } from '../../api/src/demo/demo-people.ts';
import {
  createEmptyDatabase,
  type TInstanceSession,
  requestThrough,
  signIn,
  startInstance,
  stopInstance,
  waitUntilReady,
} from '../support/instances.ts';

const NEW_PASSWORD = 'Zeven zeilboten varen langs de dijk bij Urk!';
const WRONG_PASSWORD = 'Niet het goede wachtwoord 8472';

/** The value of one cookie in a Cookie header. */
const cookieValue = (cookie: string, name: string) =>
  cookie
    .split('; ')
    .find((c) => c.startsWith(`${name}=`))
    ?.slice(name.length + 1);

/**
 * The real server, logging everything it logs at its most talkative level, through a whole flow in which
 * every kind of secret crosses the wire: none of them may appear in what it wrote.
 */
describe('the log of a full flow, from invitation to sign-out', () => {
  let instance: ChildProcess;
  let port: number;
  let log = '';
  const secrets = new Map<string, string>();

  /** A visitor without a session, with the pre-session cookie and token a page load gives. */
  async function visitor(who: string): Promise<TInstanceSession['request']> {
    const session = await fetch(`http://127.0.0.1:${port}/api/auth/session`);
    const { csrfToken } = (await session.json()) as { csrfToken: string };
    const cookie = session.headers
      .getSetCookie()
      .map((c) => c.split(';')[0] ?? '')
      .join('; ');
    secrets.set(`${who}'s pre-session cookie`, cookieValue(cookie, 'koers_csrf') ?? '');
    secrets.set(`${who}'s pre-session CSRF token`, csrfToken);
    return requestThrough(port, { cookie, csrfToken });
  }

  function keepSessionSecrets(who: string, session: TInstanceSession) {
    expect(session.status).toBe(200);
    secrets.set(`${who}'s session cookie`, cookieValue(session.cookie, 'koers_session') ?? '');
    secrets.set(`${who}'s CSRF token`, session.csrfToken);
  }

  beforeAll(async () => {
    port = await findFreePort();
    instance = startInstance(
      await createEmptyDatabase(inject('postgresUrl'), 'koers_logs'),
      port,
      { LOG_LEVEL: 'trace' },
      { output: 'pipe' },
    );
    instance.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    instance.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    await waitUntilReady(port);
  });

  afterAll(async () => {
    await stopInstance(instance);
  });

  it('holds no token, link, session id or password', async () => {
    const base = `http://127.0.0.1:${port}`;
    const admin = await signIn(port, 'admin@demo.koers.nl');
    keepSessionSecrets('admin', admin);
    const partnerships = (await (await admin.request('GET', '/api/partnerships')).json()) as {
      items: { id: string; name: string }[];
    };
    const partnershipId = partnerships.items.find((p) => p.name === 'Partnerschap Twente Leert')?.id ?? '';

    // An admin invites a programme manager; without a mail server the link comes back to the admin.
    const invitation = await admin.request('POST', '/api/people/invitations', {
      email: 'nieuwe.manager@test.koers.nl',
      displayName: 'Nieuwe Manager',
      roles: [{ role: 'programme_manager', partnershipId }],
    });
    expect(invitation.status).toBe(201);
    const { invitationUrl } = (await invitation.json()) as { invitationUrl: string };
    const linkToken = invitationUrl.split('/link/')[1] ?? '';
    secrets.set('one-time link token', linkToken);

    // They open the link (the page, then what it asks the API) and set a password.
    const anonymous = await visitor('new manager');
    await fetch(`${base}/link/${linkToken}`);
    expect((await anonymous('GET', `/api/auth/one-time-links/${linkToken}`)).status).toBe(200);
    expect((await anonymous('POST', `/api/auth/one-time-links/${linkToken}`, { password: NEW_PASSWORD })).status).toBe(
      204,
    );

    // A wrong password first, then the right one.
    expect(
      (await anonymous('POST', '/api/auth/login', { email: 'nieuwe.manager@test.koers.nl', password: WRONG_PASSWORD }))
        .status,
    ).toBe(401);
    const manager = await signIn(port, 'nieuwe.manager@test.koers.nl', NEW_PASSWORD);
    keepSessionSecrets('manager', manager);

    // The quarter's assessment, and a respondent of a member institute with a personal link.
    const periods = (await (await manager.request('GET', '/api/periods')).json()) as {
      items: { id: string; current: boolean }[];
    };
    const periodId = periods.items.find((p) => p.current)?.id;
    const started = await manager.request('POST', `/api/partnerships/${partnershipId}/assessments`, { periodId });
    expect([200, 201]).toContain(started.status);
    const { id: assessmentId } = (await started.json()) as { id: string };
    const partnership = (await (await manager.request('GET', `/api/partnerships/${partnershipId}`)).json()) as {
      members: { id: string; kind: string }[];
    };
    const institute = partnership.members.find((m) => m.kind === 'institute');
    const invited = await manager.request('POST', `/api/assessments/${assessmentId}/respondents`, {
      name: 'Rika Respondent',
      perspective: 'institute',
      organisationId: institute?.id,
    });
    expect(invited.status).toBe(201);
    const { link } = (await invited.json()) as { link: string };
    const respondentToken = link.split('/respond/')[1] ?? '';
    secrets.set('respondent link token', respondentToken);

    // The respondent opens the page and saves.
    const respondent = await visitor('respondent');
    await fetch(`${base}/respond/${respondentToken}`);
    const view = (await (await respondent('GET', `/api/respond/${respondentToken}`)).json()) as {
      response: { version: number };
    };
    const saved = await respondent(
      'PUT',
      `/api/respond/${respondentToken}`,
      { answers: {}, notes: [{ theme: 1, evidence: 'Samen gedaan', nextStep: '', priority: false }] },
      { 'if-match': `"${view.response.version}"` },
    );
    expect(saved.status).toBe(200);

    // An API token for an integration: created, used to read, refused a change, revoked, refused.
    const created = await admin.request('POST', '/api/account/api-tokens', { name: 'BI-koppeling' });
    expect(created.status).toBe(201);
    const { token, secret } = (await created.json()) as { token: { id: string }; secret: string };
    secrets.set('API token', secret);
    const integration = (method: string, pathname: string) =>
      fetch(`${base}${pathname}`, { method, headers: { authorization: `Bearer ${secret}` } });
    expect((await integration('GET', `/api/partnerships/${partnershipId}/dashboard`)).status).toBe(200);
    expect((await integration('POST', '/api/auth/logout')).status).toBe(403);
    expect((await admin.request('DELETE', `/api/account/api-tokens/${token.id}`)).status).toBe(204);
    expect((await integration('GET', '/api/partnerships')).status).toBe(401);
    // The manager makes a calendar feed, a calendar app fetches it, the manager renews it, the old one is asked for.
    const madeFeed = await manager.request('POST', '/api/account/calendar-feed', { language: 'nl' });
    expect(madeFeed.status).toBe(201);
    const oldFeed = new URL(((await madeFeed.json()) as { url: string }).url).pathname;
    secrets.set(
      'first calendar feed token',
      oldFeed
        .split('/')
        .at(-1)
        ?.replace(/\.ics$/, '') ?? '',
    );
    expect((await fetch(`${base}${oldFeed}`)).status).toBe(200);
    const renewedFeed = await manager.request('POST', '/api/account/calendar-feed', { language: 'en' });
    const newFeed = new URL(((await renewedFeed.json()) as { url: string }).url).pathname;
    secrets.set(
      'renewed calendar feed token',
      newFeed
        .split('/')
        .at(-1)
        ?.replace(/\.ics$/, '') ?? '',
    );
    expect((await fetch(`${base}${newFeed}`)).status).toBe(200);
    expect((await fetch(`${base}${oldFeed}`)).status).toBe(404);

    // A password-reset request (from the page before sign-in), and sign-out.
    expect(
      (await anonymous('POST', '/api/auth/password-reset-requests', { email: 'nieuwe.manager@test.koers.nl' })).status,
    ).toBe(202);
    expect((await manager.request('POST', '/api/auth/logout')).status).toBe(200);
    expect((await admin.request('POST', '/api/auth/logout')).status).toBe(200);

    await stopInstance(instance);
    // The log is there, and it did see the requests: with their secrets redacted.
    expect(log.includes('/api/respond/[redacted]')).toBe(true);
    expect(log.includes('/api/auth/one-time-links/[redacted]')).toBe(true);
    expect(log.includes('/api/calendar/[redacted]')).toBe(true);
    for (const password of [NEW_PASSWORD, WRONG_PASSWORD, DEMO_PASSWORD]) secrets.set(`password ${password}`, password);
    const found = [...secrets].filter(([, value]) => value.length < 8 || log.includes(value)).map(([what]) => what);
    expect(found).toEqual([]);
  });
});
