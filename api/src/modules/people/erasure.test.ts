import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZAssessment } from '@koers/shared/assessments';
import { ZAction } from '@koers/shared/follow-up';
import { ZAccountExport, type TAccountExport } from '@koers/shared/people';
import { createPeriod, createPerson, organisationIdByName, partnershipIdByName } from '../../../test/fixtures.ts';
import { renderingsHolding } from '../../../test/renderings-holding.ts';
import { signedIn, TestClient, totpCodeOf } from '../../../test/session.ts';
import { SoftwareAuthenticator } from '../../../test/software-authenticator.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { seedDemoData } from '../../demo/seed-demo.ts';
import { renderDashboardSnapshots } from '../dashboards/dashboard-snapshots.ts';
import { queueNoticeEmails } from '../notices/notices.service.ts';

const NAME = 'Wilma Wegwezen';
const EMAIL = 'Wilma.Wegwezen@Zeeland.test';

/**
 * Every column of every table in the schema (from the catalogue, so tables added later are scanned too), and
 * the kept dashboards unpacked.
 */
async function placesHolding(app: FastifyInstance, term: string): Promise<string[]> {
  const { rows: columns } = await sql<{ table_name: string; column_name: string }>`
    SELECT c.table_name, c.column_name
    FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
    ORDER BY c.table_name, c.ordinal_position
  `.execute(app.db);
  const found: string[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const { rows } = await sql<{ hits: string }>`
      SELECT count(*) AS hits FROM ${sql.table(table)}
      WHERE strpos(lower(${sql.ref(column)}::text), lower(${term})) > 0
    `.execute(app.db);
    if (Number(rows[0]?.hits) > 0) found.push(`${table}.${column}`);
  }
  if ((await renderingsHolding(app.db, term)).length > 0) found.push('dashboard_snapshot.body unpacked');
  return found;
}

describe('a person who did everything: their export holds it all, and erasure leaves no copy', () => {
  let app: FastifyInstance;
  let admin: TestClient;
  let person: { id: string; email: string };
  let exported: TAccountExport;
  let totpSecret = '';
  const written = {
    evidence: 'Onze gezamenlijke visie is vastgelegd en door alle besturen ondertekend.',
    reviewSummary: 'Sterke basis; de data blijven achter bij de ambitie.',
    timelineNote: 'Studiedag met alle scholen over de doorgaande lijn.',
    actionDescription: 'Een peer review plannen met een ander partnerschap',
    actionNote: 'Eerste gesprek gevoerd; datum volgt.',
    assignedAction: 'De schoolopleiders samen trainen',
  };

  beforeAll(async () => {
    app = await buildTestApp();
    await seedDemoData(app.db);
    const zeeland = await partnershipIdByName(app.db, 'Samen Opleiden Zeeland');
    const twente = await partnershipIdByName(app.db, 'Partnerschap Twente Leert');
    admin = await signedIn(app, (await createPerson(app.db, [{ role: 'admin' }])).email);
    person = await createPerson(
      app.db,
      [
        { role: 'programme_manager', partnershipId: zeeland },
        { role: 'critical_friend', partnershipId: twente },
      ],
      { email: EMAIL, displayName: 'Wilma W.' },
    );
    // The admin corrects the name: the audit log's details now hold it.
    const renamed = await admin.inject({
      method: 'PATCH',
      url: `/api/people/${person.id}`,
      payload: { displayName: NAME },
    });
    expect(renamed.statusCode).toBe(200);
    // A mistyped password: a sign-in failure keyed on the address.
    expect((await new TestClient(app).signIn(EMAIL.toLowerCase(), 'niet het goede wachtwoord')).statusCode).toBe(401);
    const client = await signedIn(app, EMAIL);
    // An authenticator app: its secret and recovery codes are theirs too.
    const enrolment = await client.inject({ method: 'POST', url: '/api/account/second-factor/enrolment' });
    totpSecret = (enrolment.json() as { secret: string }).secret;
    const confirmed = await client.inject({
      method: 'POST',
      url: '/api/account/second-factor/enrolment/confirmation',
      payload: { code: totpCodeOf(totpSecret) },
    });
    expect(confirmed.statusCode).toBe(200);

    // Answers, evidence and a submission as programme manager.
    const period = await admin.inject({
      method: 'POST',
      url: '/api/periods',
      payload: { code: '2042-Q1', opensOn: '2042-01-01', dueOn: '2042-04-21' },
    });
    const started = ZAssessment.parse(
      (
        await client.inject({
          method: 'POST',
          url: `/api/partnerships/${zeeland}/assessments`,
          payload: { periodId: (period.json() as { id: string }).id },
        })
      ).json(),
    );
    const indicators = (
      (await client.inject({ method: 'GET', url: '/api/instrument/current' })).json() as {
        themes: { indicators: { id: string }[] }[];
      }
    ).themes.flatMap((t) => t.indicators);
    const saved = await client.inject({
      method: 'PUT',
      url: `/api/assessments/${started.id}/responses/${started.responses[0]?.id}`,
      headers: { 'if-match': '1' },
      payload: {
        answers: Object.fromEntries(indicators.map((i) => [i.id, 3])),
        notes: [{ theme: 1, evidence: written.evidence, nextStep: 'Jaarlijks herijken', priority: true }],
      },
    });
    expect(saved.statusCode).toBe(200);
    const submitted = await client.inject({
      method: 'POST',
      url: `/api/assessments/${started.id}/submission`,
      headers: { 'idempotency-key': 'erasure-test-submit' },
    });
    expect(submitted.statusCode).toBe(201);

    // A review as critical friend of another partnership.
    const twenteSubmitted = await app.db
      .selectFrom('assessment')
      .select('id')
      .where('partnership_id', '=', twente)
      .where('status', '=', 'submitted')
      .where('id', 'not in', app.db.selectFrom('review').select('assessment_id'))
      .executeTakeFirstOrThrow();
    const reviewed = await client.inject({
      method: 'PUT',
      url: `/api/assessments/${twenteSubmitted.id}/review`,
      payload: { summary: written.reviewSummary, questionBehind: 'Wat weten jullie al?', themeRemarks: [] },
    });
    expect(reviewed.statusCode).toBe(200);

    // A timeline note, an action with a progress note, and notice preferences.
    const note = await client.inject({
      method: 'POST',
      url: `/api/partnerships/${zeeland}/timeline-notes`,
      payload: { notedOn: '2042-02-01', text: written.timelineNote },
    });
    expect(note.statusCode).toBe(201);
    const created = await client.inject({
      method: 'POST',
      url: `/api/partnerships/${zeeland}/actions`,
      payload: {
        description: written.actionDescription,
        ownerId: person.id,
        dueOn: '2042-03-01',
        supportType: 'peer_review',
      },
    });
    expect(created.statusCode).toBe(201);
    const progress = await client.inject({
      method: 'POST',
      url: `/api/actions/${ZAction.parse(created.json()).id}/progress`,
      payload: { text: written.actionNote, status: 'in_progress' },
    });
    expect(progress.statusCode).toBe(200);
    const preferences = await client.inject({
      method: 'PUT',
      url: '/api/account/notice-preferences',
      payload: [{ kind: 'review_new', inApp: true, email: false }],
    });
    expect(preferences.statusCode).toBe(200);
    // A passkey, named as people name them: after themselves.
    const passkeyOptions = await client.inject({ method: 'POST', url: '/api/account/passkeys/registration-options' });
    const enrolled = await client.inject({
      method: 'POST',
      url: '/api/account/passkeys',
      payload: {
        name: `Sleutel van ${NAME}`,
        response: new SoftwareAuthenticator().register(
          passkeyOptions.json() as { challenge: string; user: { id: string } },
        ),
      },
    });
    expect(enrolled.statusCode).toBe(201);

    // A colleague gives them an action: a notice in their inbox.
    const colleague = await signedIn(
      app,
      (await createPerson(app.db, [{ role: 'programme_manager', partnershipId: zeeland }])).email,
    );
    const assigned = await colleague.inject({
      method: 'POST',
      url: `/api/partnerships/${zeeland}/actions`,
      payload: {
        description: written.assignedAction,
        ownerId: person.id,
        dueOn: '2042-03-15',
        supportType: 'masterclass',
      },
    });
    expect(assigned.statusCode).toBe(201);
    // Invited to answer by email at their own address, and their notices queued as emails.
    const invitingFor = await colleague.inject({
      method: 'POST',
      url: `/api/partnerships/${zeeland}/assessments`,
      payload: { periodId: await createPeriod(app.db) },
    });
    const school = await organisationIdByName(app.db, 'Vakcollege Vlissingen');
    const invited = await colleague.inject({
      method: 'POST',
      url: `/api/assessments/${(invitingFor.json() as { id: string }).id}/invitations`,
      payload: { invitations: [{ name: NAME, email: EMAIL, perspective: 'school', organisationId: school }] },
    });
    expect(invited.statusCode).toBe(201);
    expect(await queueNoticeEmails(app.db, { publicUrl: 'https://koers.example.nl' })).toBeGreaterThan(0);

    // A good approach from their partnership, with themselves as the contact.
    const approach = await client.inject({
      method: 'POST',
      url: '/api/good-approaches',
      payload: {
        title: 'Stuurgroep op de werkvloer',
        context: 'Een stuurgroep ver van de scholen.',
        whatWeDid: 'Elke vergadering op een andere school.',
        whatItBrought: 'Besluiten die de scholen herkennen.',
        whatItTook: 'Een rooster van locaties.',
        contact: `${NAME}, ${EMAIL}`,
        themes: [2],
        partnershipId: zeeland,
      },
    });
    expect(approach.statusCode).toBe(201);

    // An API token for their BI tool, named after them.
    const token = await client.inject({
      method: 'POST',
      url: '/api/account/api-tokens',
      payload: { name: `Power BI van ${NAME}` },
    });
    expect(token.statusCode).toBe(201);

    const res = await client.inject({ method: 'GET', url: '/api/account/export' });
    expect(res.statusCode).toBe(200);
    exported = ZAccountExport.strict().parse(res.json());
  });
  afterAll(() => app.close());

  it('exports their profile, roles, sessions and audit entries, failed sign-ins among them', () => {
    expect(exported.person).toMatchObject({ id: person.id, displayName: NAME, email: EMAIL });
    expect(exported.roles.map((r) => r.role).sort()).toEqual(['critical_friend', 'programme_manager']);
    expect(exported.sessions).toHaveLength(1);
    expect(exported.apiTokens.map((t) => [t.name, t.lastUsedAt])).toEqual([[`Power BI van ${NAME}`, null]]);
    expect(JSON.stringify(exported.apiTokens)).not.toContain('koers_pat_');
    const actions = exported.activity.map((a) => a.action);
    // A failed sign-in is in the audit log about the account (the throttle itself keeps only hashes).
    expect(actions).toEqual(
      expect.arrayContaining(['auth.login', 'auth.login-failed', 'response.saved', 'review.written', 'person.updated']),
    );
    expect(exported.activity.find((a) => a.action === 'person.updated')?.details).toEqual({ displayName: NAME });
    // The second factor is there, without its secret.
    expect(exported.secondFactor).toMatchObject({ recoveryCodesLeft: 10, enrolledAt: expect.any(String) });
    expect(JSON.stringify(exported)).not.toContain(totpSecret);
  });

  it('exports their answers, evidence, submission and review', () => {
    const [response] = exported.responses;
    expect(exported.responses).toHaveLength(1);
    expect(Object.keys(response?.answers ?? {})).toHaveLength(20);
    expect(response?.answers['1.1']).toBe(3);
    expect(response?.notes).toEqual([
      { theme: 1, evidence: written.evidence, nextStep: 'Jaarlijks herijken', priority: true },
    ]);
    expect(exported.submissions).toHaveLength(1);
    expect(exported.reviews.map((r) => r.written?.summary)).toEqual([written.reviewSummary]);
  });

  it('exports their timeline notes, actions, action notes, notices, notice preferences, passkeys and emails', () => {
    expect(exported.emails.map((e) => [e.kind, e.status])).toEqual(expect.arrayContaining([['notice', 'queued']]));
    expect(exported.timelineNotes.map((n) => n.text)).toEqual([written.timelineNote]);
    expect(exported.goodApproaches.map((g) => [g.title, g.status, g.contact])).toEqual([
      ['Stuurgroep op de werkvloer', 'submitted', `${NAME}, ${EMAIL}`],
    ]);
    expect(exported.actions.map((a) => [a.description, a.createdByMe, a.ownedByMe])).toEqual([
      [written.actionDescription, true, true],
      [written.assignedAction, false, true],
    ]);
    expect(exported.actionNotes.map((n) => [n.text, n.statusChange])).toEqual([[written.actionNote, 'in_progress']]);
    expect(exported.notices.map((n) => n.kind)).toContain('action_new');
    expect(exported.noticePreferences).toContainEqual({ kind: 'review_new', inApp: true, email: false });
    expect(exported.passkeys.map((k) => k.name)).toEqual([`Sleutel van ${NAME}`]);
  });

  it('erases every copy of their name and email, in every table, and keeps their contributions', async () => {
    // Their timeline note's author is in its partnership's rendered dashboard.
    await renderDashboardSnapshots(app.db);
    // The scan finds what it looks for: before erasure the name and email are in many places.
    expect(await placesHolding(app, NAME)).toEqual(
      expect.arrayContaining([
        'person.display_name',
        'response.respondent_name',
        'audit_log.details',
        'api_token.name',
        'passkey.name',
        'dashboard_snapshot.body unpacked',
      ]),
    );
    expect(await placesHolding(app, EMAIL)).toEqual(expect.arrayContaining(['person.email']));
    // Their authenticator secret is nowhere as it is, only sealed (secret-box.ts), and the sealed value is erased.
    const { secret: sealedSecret } = await app.db
      .selectFrom('totp_factor')
      .select('secret')
      .where('person_id', '=', person.id)
      .executeTakeFirstOrThrow();
    expect(await placesHolding(app, totpSecret)).toEqual([]);
    expect(await placesHolding(app, sealedSecret)).toEqual(['totp_factor.secret']);

    const erased = await admin.inject({ method: 'POST', url: `/api/people/${person.id}/erasure` });
    expect(erased.statusCode).toBe(200);

    expect(await placesHolding(app, NAME)).toEqual([]);
    expect(await placesHolding(app, EMAIL)).toEqual([]);
    expect(await placesHolding(app, sealedSecret)).toEqual([]);
    const codesLeft = await app.db
      .selectFrom('recovery_code')
      .select('id')
      .where('person_id', '=', person.id)
      .execute();
    expect(codesLeft).toEqual([]);
    // What they wrote stays, under their pseudonym.
    expect(await placesHolding(app, written.evidence)).toEqual(['theme_note.evidence']);
    expect(await placesHolding(app, written.reviewSummary)).toEqual(['review.summary']);
    const pseudonym = (erased.json() as { displayName: string }).displayName;
    expect(await placesHolding(app, pseudonym)).toEqual(
      expect.arrayContaining(['person.display_name', 'response.respondent_name', 'audit_log.details']),
    );
  });
});
