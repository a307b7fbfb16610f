import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZInvitationOverview, type TInvitationOverview } from '@koers/shared/invitations';
import { createPeriod, createPerson, organisationIdByName, partnershipIdByName } from '../../../test/fixtures.ts';
import { readMail, startMailCatcher } from '../../../test/mail-catcher.ts';
import { signedIn, TestClient } from '../../../test/session.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { seedDemoData } from '../../demo/seed-demo.ts';

const PUBLIC_URL = 'https://koers.example.nl';

describe('respondents invited by email', () => {
  let app: FastifyInstance;
  let mail: Awaited<ReturnType<typeof startMailCatcher>>;
  let pm: TestClient;
  let assessmentId: string;
  let institute: string;
  let school: string;

  beforeAll(async () => {
    mail = await startMailCatcher();
    app = await buildTestApp({
      env: { SMTP_URL: mail.url, KOERS_PUBLIC_URL: PUBLIC_URL, KOERS_QUEUE_CONCURRENCY: '2' },
    });
    await seedDemoData(app.db);
    const partnershipId = await partnershipIdByName(app.db, 'Samen Opleiden Zeeland');
    institute = await organisationIdByName(app.db, 'Hogeschool Delta Zeeland');
    school = await organisationIdByName(app.db, 'Vakcollege Vlissingen');
    pm = await signedIn(app, (await createPerson(app.db, [{ role: 'programme_manager', partnershipId }])).email);
    const started = await pm.inject({
      method: 'POST',
      url: `/api/partnerships/${partnershipId}/assessments`,
      payload: { periodId: await createPeriod(app.db) },
    });
    assessmentId = (started.json() as { id: string }).id;
  });
  afterAll(async () => {
    await app.close();
    await mail.close();
  });

  const overview = async () =>
    ZInvitationOverview.parse(
      (await pm.inject({ method: 'GET', url: `/api/assessments/${assessmentId}/invitations` })).json(),
    );
  const statusOf = (o: TInvitationOverview, email: string) => o.respondents.find((r) => r.email === email)?.status;
  /** The token of the newest invitation that arrived for this address. */
  const tokenArriving = async (email: string, after = 0) => {
    await mail.until((m) => m.filter((x) => x.to.includes(email)).length > after);
    const newest = mail.mails.filter((x) => x.to.includes(email)).at(-1);
    const read = newest ? await readMail(newest) : undefined;
    return { read, token: read?.text.match(/\/respond\/([A-Za-z0-9_-]+)/)?.[1] ?? '' };
  };

  it('emails each respondent their working personal link in their language, with both parts', async () => {
    const res = await pm.inject({
      method: 'POST',
      url: `/api/assessments/${assessmentId}/invitations`,
      payload: {
        invitations: [
          { name: 'Anna Visser', email: 'anna@delta.test', perspective: 'institute', organisationId: institute },
          {
            name: 'Brian Walsh',
            email: 'Brian@Vlissingen.test',
            perspective: 'school',
            organisationId: school,
            locale: 'en',
          },
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const created = ZInvitationOverview.parse(res.json());
    expect(created.emailed).toBe(true);
    expect(created.links).toEqual([]);
    expect(created.respondents.map((r) => [r.email, r.status])).toEqual([
      ['anna@delta.test', 'invited'],
      ['brian@vlissingen.test', 'invited'],
    ]);

    const dutch = await tokenArriving('anna@delta.test');
    expect(dutch.read?.subject).toMatch(/^Uw blik op Samen Opleiden Zeeland: zelfevaluatie 22\d\d-Q\d$/);
    expect(dutch.read?.text).toContain('Graag ingevuld vóór 21 april 2200.');
    expect(dutch.read?.html).toContain(`href="${PUBLIC_URL}/respond/${dutch.token}"`);
    const english = await tokenArriving('brian@vlissingen.test');
    expect(english.read?.subject).toMatch(/^Your view on Samen Opleiden Zeeland/);
    expect(english.read?.text).toContain('Please fill it in before April 21, 2200.');

    // The link works: it opens Anna's own response, and that counts as opened.
    const visitor = await new TestClient(app).start();
    const view = await visitor.inject({ method: 'GET', url: `/api/respond/${dutch.token}` });
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({
      partnershipName: 'Samen Opleiden Zeeland',
      response: { respondentName: 'Anna Visser' },
      invitedByEmail: true,
    });
    expect(statusOf(await overview(), 'anna@delta.test')).toBe('opened');

    // Saving makes it a draft; saying done makes it submitted, and counts in the response rate.
    const saved = await visitor.inject({
      method: 'PUT',
      url: `/api/respond/${dutch.token}`,
      headers: { 'if-match': '1' },
      payload: { answers: {}, notes: [{ theme: 1, evidence: 'Gedeelde visie', nextStep: '', priority: false }] },
    });
    expect(saved.statusCode).toBe(200);
    expect(statusOf(await overview(), 'anna@delta.test')).toBe('draft');
    const done = await visitor.inject({ method: 'POST', url: `/api/respond/${dutch.token}/completion` });
    expect(done.statusCode).toBe(204);
    const after = await overview();
    expect(statusOf(after, 'anna@delta.test')).toBe('submitted');
    expect(after.rates).toEqual([
      { perspective: 'institute', invited: 1, submitted: 1 },
      { perspective: 'school_board', invited: 0, submitted: 0 },
      { perspective: 'school', invited: 1, submitted: 0 },
    ]);
  });

  it('resends a fresh link (the old one stops working) and withdraws one (its link stops working)', async () => {
    const before = await overview();
    const brian = before.respondents.find((r) => r.email === 'brian@vlissingen.test');
    const old = await tokenArriving('brian@vlissingen.test');
    const resent = await pm.inject({
      method: 'POST',
      url: `/api/assessments/${assessmentId}/invitations/${brian?.responseId}/resending`,
    });
    expect(resent.statusCode).toBe(200);
    const fresh = await tokenArriving('brian@vlissingen.test', 1);
    expect(fresh.token).not.toBe(old.token);
    const visitor = await new TestClient(app).start();
    expect((await visitor.inject({ method: 'GET', url: `/api/respond/${old.token}` })).statusCode).toBe(404);
    expect((await visitor.inject({ method: 'GET', url: `/api/respond/${fresh.token}` })).statusCode).toBe(200);

    const withdrawn = await pm.inject({
      method: 'POST',
      url: `/api/assessments/${assessmentId}/invitations/${brian?.responseId}/withdrawal`,
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(statusOf(ZInvitationOverview.parse(withdrawn.json()), 'brian@vlissingen.test')).toBe('withdrawn');
    expect((await visitor.inject({ method: 'GET', url: `/api/respond/${fresh.token}` })).statusCode).toBe(404);
    expect((await overview()).rates.find((r) => r.perspective === 'school')).toEqual({
      perspective: 'school',
      invited: 0,
      submitted: 0,
    });
  });

  it('invites an address once while its invitation is open (409), and again once it was withdrawn', async () => {
    const again = (email: string) =>
      pm.inject({
        method: 'POST',
        url: `/api/assessments/${assessmentId}/invitations`,
        payload: { invitations: [{ name: 'Opnieuw', email, perspective: 'institute', organisationId: institute }] },
      });
    expect((await again('anna@delta.test')).statusCode).toBe(409);
    // Brian's invitation was withdrawn above.
    expect((await again('brian@vlissingen.test')).statusCode).toBe(201);
  });

  it('refuses the whole list when one respondent is not of a member organisation, and sends nothing', async () => {
    const outsider = await organisationIdByName(app.db, 'Vallei College');
    const res = await pm.inject({
      method: 'POST',
      url: `/api/assessments/${assessmentId}/invitations`,
      payload: {
        invitations: [
          { name: 'Goed', email: 'goed@delta.test', perspective: 'institute', organisationId: institute },
          { name: 'Fout', email: 'fout@vallei.test', perspective: 'school', organisationId: outsider },
        ],
      },
    });
    expect(res.statusCode).toBe(400);
    const emails = await app.db.selectFrom('outgoing_email').select('recipient_email').execute();
    expect(emails.map((e) => e.recipient_email)).not.toContain('goed@delta.test');
  });
});
