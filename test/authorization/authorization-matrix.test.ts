import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAction,
  createAssessment,
  createFlag,
  createPerson,
  createPeriod,
  organisationIdByName,
  partnershipIdByName,
} from '../../api/test/fixtures.ts';
import { signedIn, TestClient } from '../../api/test/session.ts';
import { buildTestApp } from '../../api/test/test-app.ts';
import { seedDemoData } from '../../api/src/demo/seed-demo.ts';
import { SHARED_BOARD } from '../../api/src/demo/demo-partnerships.ts';

/**
 * Every API route x every kind of caller, with the status each must get. Routes are collected with
 * Fastify's onRoute hook: a route added without a row here fails this test, so access is decided
 * for every new route. Every refused request must also leave the data, and the audit log's record of
 * changes, as it was: only the security events written on purpose are added (a failed sign-in, throttling,
 * and exactly one `request.refused` row for a 403).
 */
const ACTORS = [
  'anonymous',
  'admin',
  'pmOwn',
  'pmOther',
  'friendAssigned',
  'friendUnassigned',
  'boardParticipating',
  'boardOther',
] as const;
type TActor = (typeof ACTORS)[number];
type TExpected = Record<TActor, number>;

type TFixture = {
  /** A valid next questionnaire version: version 1's content. */
  instrumentDraft: Record<string, unknown>;
  partnershipId: string;
  pmOwnId: string;
  /** The critical friend of the partnership: the facilitator of the intervision rounds below. */
  friendAssignedId: string;
  memberIds: string[];
  organisationId: string;
  schoolId: string;
  personId: string;
  app: FastifyInstance;
};
type TRequest = { url: string; payload?: object; headers?: Record<string, string> };
type TRow = { route: string; request: (f: TFixture) => Promise<TRequest> | TRequest; expected: TExpected };

const all = (status: number): TExpected => Object.fromEntries(ACTORS.map((a) => [a, status])) as TExpected;
const signedInOnly = (status: number): TExpected => ({ ...all(status), anonymous: 401 });
const adminOnly = (status: number): TExpected => ({ ...all(403), anonymous: 401, admin: status });
/** Only the partnership's own programme manager; others who can read it get 403, the rest 404. */
const programmeManagerOnly = (status: number): TExpected => ({
  anonymous: 401,
  admin: 403,
  pmOwn: status,
  pmOther: 404,
  friendAssigned: 403,
  friendUnassigned: 404,
  boardParticipating: 403,
  boardOther: 404,
});
/** Only the partnership's own critical friend; others who can read it get 403, the rest 404. */
const criticalFriendOnly = (status: number): TExpected => ({
  ...programmeManagerOnly(403),
  pmOwn: 403,
  friendAssigned: status,
});
/** Readable by the partnership's own people and its board members; others see a 404, as for nothing at all. */
const partnershipReaders = (status: number): TExpected => ({
  anonymous: 401,
  admin: status,
  pmOwn: status,
  pmOther: 404,
  friendAssigned: status,
  friendUnassigned: 404,
  boardParticipating: status,
  boardOther: 404,
});

/**
 * Input no route accepts: a body of the wrong shape, a value of the wrong kind for every query parameter
 * a route here reads, and headers that are not a version or a key. A caller without the right must get
 * the same refusal with it as without it, never a 400 that describes what the route expects.
 */
const MALFORMED_BODY = { malformed: [[]] };
const MALFORMED_QUERY =
  'limit=-1&page=x&status=x&kind=x&sector=x&scenario=x&period=x&periodId=x&partnershipId=x&personId=x&organisationId=x';
const MALFORMED_HEADERS = { 'if-match': 'x', 'idempotency-key': '!' };
/** Open to anyone, with the credentials in the body: its refusal (401) is no access decision to come first. */
const CREDENTIALS_IN_BODY = new Set([
  'POST /api/auth/login',
  'POST /api/auth/login/second-factor',
  'POST /api/auth/passkey',
]);
const withMalformedQuery = (url: string) => `${url}${url.includes('?') ? '&' : '?'}${MALFORMED_QUERY}`;

let counter = 0;

async function draftOfCurrentInstrument(app: FastifyInstance, adminEmail: string) {
  const admin = await signedIn(app, adminEmail);
  const current = (await admin.inject({ method: 'GET', url: '/api/instrument/current' })).json() as {
    title: unknown;
    themes: {
      number: number;
      name: unknown;
      question: unknown;
      indicators: { id: string; code: string; text: unknown }[];
    }[];
  };
  return {
    title: current.title,
    themes: current.themes.map(({ indicators, ...theme }) => ({
      ...theme,
      indicators: indicators.map((i) => ({ code: i.code, text: i.text, continuesIndicatorId: i.id })),
    })),
  };
}
const unique = (prefix: string) => `${prefix} ${Date.now()}-${++counter}`;

/** A programme manager's good approach, waiting for a critical friend of the partnership (or an admin). */
async function submittedApproach(f: TFixture): Promise<string> {
  const { id } = await f.app.db
    .insertInto('good_approach')
    .values({
      title: unique('Leerteams'),
      context: 'Zeven besturen, één pabo.',
      what_we_did: 'Vaste leerteams van school en opleiding.',
      what_it_brought: 'Meer samenhang.',
      what_it_took: 'Twee uur per maand.',
      contact: '',
      scenario: 'A',
      partnership_id: f.partnershipId,
      author_id: f.pmOwnId,
      status: 'submitted',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await f.app.db.insertInto('good_approach_theme').values({ good_approach_id: id, theme_number: 3 }).execute();
  return id;
}

const approachWrite = (partnershipId: string | null) => ({
  title: unique('Een goede aanpak'),
  context: 'Een partnerschap met zeven besturen.',
  whatWeDid: 'Elk kwartaal een leergesprek.',
  whatItBrought: 'Beter voorbereide starters.',
  whatItTook: 'Twee uur per maand.',
  themes: [3],
  partnershipId,
});

/** A passkey ceremony's answer of the right shape, to a challenge Koers never gave. */
function passkeyAnswer(ceremony: 'registration' | 'authentication') {
  const b64url = (text: string) => Buffer.from(text).toString('base64url');
  const clientDataJSON = b64url(
    JSON.stringify({
      type: ceremony === 'registration' ? 'webauthn.create' : 'webauthn.get',
      challenge: b64url(unique('never-given')),
      origin: 'http://localhost:3000',
    }),
  );
  const common = { id: 'AAAA', rawId: 'AAAA', type: 'public-key', clientExtensionResults: {} };
  return ceremony === 'registration'
    ? { ...common, response: { clientDataJSON, attestationObject: 'AAAA' } }
    : { ...common, response: { clientDataJSON, authenticatorData: 'AAAA', signature: 'AAAA' } };
}
const MISSING_TOKEN = 'x'.repeat(43);
/** A well-formed id of nothing. */
const MISSING_UUID = '00000000-0000-4000-8000-000000000000';

async function freshPerson(f: TFixture, roles: Parameters<typeof createPerson>[1] = []) {
  return createPerson(f.app.db, roles);
}

async function freshInvitedPerson(f: TFixture) {
  const { id } = await f.app.db
    .insertInto('person')
    .values({
      email: `${unique('invited').replace(/\W/g, '')}@test.nl`,
      display_name: 'Uitgenodigd',
      status: 'invited',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** The partnership's network portrait, published or a draft, offering experience on theme 4. */
async function portraitOf(f: TFixture, partnershipId: string, published: boolean) {
  const values = {
    size_band: 'small' as const,
    themes_offered: [4],
    updated_by: f.pmOwnId,
    published_at: published ? new Date() : null,
  };
  await f.app.db
    .insertInto('network_portrait')
    .values({ partnership_id: partnershipId, ...values })
    .onConflict((oc) => oc.column('partnership_id').doUpdateSet(values))
    .execute();
}

/** Another partnership, with no open contact request between it and the fixture's: a new one may be asked. */
async function peerOf(f: TFixture) {
  const peerId = await partnershipIdByName(f.app.db, 'Opleidingsschool Flevoland');
  await f.app.db
    .updateTable('contact_request')
    .set({ status: 'declined' })
    .where('status', '=', 'open')
    .where((eb) =>
      eb.or([eb('asking_partnership_id', '=', f.partnershipId), eb('peer_partnership_id', '=', f.partnershipId)]),
    )
    .execute();
  return peerId;
}

/** An open request from another partnership's flag to the fixture's partnership. */
async function contactRequestTo(f: TFixture) {
  const peerId = await peerOf(f);
  const { id } = await f.app.db
    .insertInto('contact_request')
    .values({
      flag_id: await createFlag(f.app.db, peerId),
      asking_partnership_id: peerId,
      peer_partnership_id: f.partnershipId,
      theme_number: 4,
      asked_by: f.personId,
      message: 'Mogen we eens bellen over data en feedback?',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

const assessmentOf = (f: TFixture, options: { scored?: boolean; submitted?: boolean } = {}) =>
  createAssessment(f.app.db, { partnershipId: f.partnershipId, personId: f.pmOwnId, ...options });

/** An intervision round facilitated by the assigned critical friend, with sign-ups of other demo partnerships. */
async function intervisionRound(
  f: TFixture,
  options: { withOwnManager?: boolean; others?: number; grouped?: boolean; confirmed?: boolean } = {},
) {
  const db = f.app.db;
  const { id: roundId } = await db
    .insertInto('intervision_round')
    .values({
      theme_number: 2,
      title: unique('Intervisie'),
      sign_up_deadline: '2999-12-31',
      facilitator_id: f.friendAssignedId,
      status: options.confirmed ? 'confirmed' : 'open',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const others = await db
    .selectFrom('partnership')
    .select('id')
    .where('id', '!=', f.partnershipId)
    .orderBy('name')
    .limit(options.others ?? 0)
    .execute();
  const signUps = [
    ...(options.withOwnManager ? [{ personId: f.pmOwnId, partnershipId: f.partnershipId }] : []),
    ...(await Promise.all(
      others.map(async ({ id }) => ({
        personId: (await createPerson(db, [{ role: 'programme_manager', partnershipId: id }])).id,
        partnershipId: id,
      })),
    )),
  ];
  const group = options.grouped
    ? await db
        .insertInto('intervision_group')
        .values({ round_id: roundId, number: 1 })
        .returning('id')
        .executeTakeFirstOrThrow()
    : null;
  const signUpIds: string[] = [];
  for (const s of signUps) {
    const { id } = await db
      .insertInto('intervision_sign_up')
      .values({
        round_id: roundId,
        person_id: s.personId,
        partnership_id: s.partnershipId,
        dilemma: 'Een dilemma',
        group_id: group?.id ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    signUpIds.push(id);
  }
  return { roundId, groupId: group?.id ?? '', signUpIds };
}

const MATRIX: TRow[] = [
  { route: 'GET /api/livez', request: () => ({ url: '/api/livez' }), expected: all(200) },
  { route: 'GET /api/readyz', request: () => ({ url: '/api/readyz' }), expected: all(200) },
  { route: 'GET /api/meta', request: () => ({ url: '/api/meta' }), expected: all(200) },
  { route: 'GET /api/docs', request: () => ({ url: '/api/docs' }), expected: all(200) },
  { route: 'GET /api/docs/json', request: () => ({ url: '/api/docs/json' }), expected: all(200) },
  { route: 'GET /api/docs/yaml', request: () => ({ url: '/api/docs/yaml' }), expected: all(200) },
  {
    route: 'GET /api/docs/static/index.html',
    request: () => ({ url: '/api/docs/static/index.html' }),
    expected: all(302),
  },
  {
    route: 'GET /api/docs/static/swagger-initializer.js',
    request: () => ({ url: '/api/docs/static/swagger-initializer.js' }),
    expected: all(200),
  },
  { route: 'GET /api/docs/static/*', request: () => ({ url: '/api/docs/static/swagger-ui.css' }), expected: all(200) },
  { route: 'GET /api/auth/session', request: () => ({ url: '/api/auth/session' }), expected: all(200) },
  {
    route: 'POST /api/auth/login',
    // A new account each time: the sixth failure for one account from one address within a minute is throttled.
    request: () => ({
      url: '/api/auth/login',
      payload: { email: `nobody${++counter}@test.nl`, password: 'wrong password' },
    }),
    expected: all(401),
  },
  { route: 'POST /api/auth/logout', request: () => ({ url: '/api/auth/logout' }), expected: all(200) },
  { route: 'GET /api/auth/oidc', request: () => ({ url: '/api/auth/oidc' }), expected: all(200) },
  // A provider that is not configured: the configured one would be asked for its discovery document.
  { route: 'GET /api/auth/oidc/:provider', request: () => ({ url: '/api/auth/oidc/elders' }), expected: all(404) },
  {
    route: 'GET /api/auth/oidc/:provider/callback',
    request: () => ({ url: '/api/auth/oidc/elders/callback?code=abc&state=def' }),
    expected: all(404),
  },
  { route: 'GET /api/sso-domains', request: () => ({ url: '/api/sso-domains' }), expected: adminOnly(200) },
  {
    route: 'POST /api/sso-domains',
    request: (f) => ({
      url: '/api/sso-domains',
      payload: { domain: `sso${++counter}-${Date.now()}.test`, organisationId: f.organisationId, provider: 'surf' },
    }),
    expected: adminOnly(201),
  },
  {
    route: 'DELETE /api/sso-domains/:domain',
    request: async (f) => {
      const domain = `sso${++counter}-${Date.now()}.test`;
      await f.app.db
        .insertInto('sso_required_domain')
        .values({ domain, organisation_id: f.organisationId, provider: 'surf' })
        .execute();
      return { url: `/api/sso-domains/${domain}` };
    },
    expected: adminOnly(204),
  },
  {
    route: 'POST /api/auth/password-reset-requests',
    // A new account each time: the sixth reset request for one account within an hour is throttled.
    request: () => ({ url: '/api/auth/password-reset-requests', payload: { email: `nobody${++counter}@test.nl` } }),
    expected: all(202),
  },
  {
    route: 'GET /api/auth/one-time-links/:token',
    request: () => ({ url: `/api/auth/one-time-links/${MISSING_TOKEN}` }),
    expected: all(404),
  },
  {
    route: 'POST /api/auth/one-time-links/:token',
    request: () => ({ url: `/api/auth/one-time-links/${MISSING_TOKEN}`, payload: { password: 'een goed wachtwoord' } }),
    expected: all(404),
  },
  { route: 'GET /api/account/export', request: () => ({ url: '/api/account/export' }), expected: signedInOnly(200) },
  {
    route: 'GET /api/account/api-tokens',
    request: () => ({ url: '/api/account/api-tokens' }),
    expected: signedInOnly(200),
  },
  {
    route: 'POST /api/account/api-tokens',
    request: () => ({ url: '/api/account/api-tokens', payload: { name: unique('BI'), expiresInDays: 30 } }),
    expected: { ...signedInOnly(403), admin: 201, pmOwn: 201, pmOther: 201 },
  },
  {
    route: 'DELETE /api/account/api-tokens/:tokenId',
    // Each caller tries to revoke a token of the partnership's programme manager: only they may.
    request: async (f) => {
      const { id } = await f.app.db
        .insertInto('api_token')
        .values({
          person_id: f.pmOwnId,
          name: unique('BI'),
          token_hash: unique('hash'),
          expires_at: new Date(Date.now() + 86_400_000),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { url: `/api/account/api-tokens/${id}` };
    },
    expected: { ...signedInOnly(404), pmOwn: 204 },
  },
  {
    route: 'POST /api/auth/passkey/options',
    request: () => ({ url: '/api/auth/passkey/options' }),
    expected: all(200),
  },
  {
    route: 'POST /api/auth/passkey',
    // A well-formed answer to a challenge Koers never gave: refused before any passkey is looked at.
    request: () => ({ url: '/api/auth/passkey', payload: { response: passkeyAnswer('authentication') } }),
    expected: all(401),
  },
  {
    route: 'GET /api/account/passkeys',
    request: () => ({ url: '/api/account/passkeys' }),
    expected: signedInOnly(200),
  },
  {
    route: 'POST /api/account/passkeys/registration-options',
    request: () => ({ url: '/api/account/passkeys/registration-options' }),
    expected: signedInOnly(200),
  },
  {
    route: 'POST /api/account/passkeys',
    request: () => ({
      url: '/api/account/passkeys',
      payload: { name: 'Sleutel', response: passkeyAnswer('registration') },
    }),
    expected: signedInOnly(400),
  },
  {
    route: 'DELETE /api/account/passkeys/:passkeyId',
    request: () => ({ url: '/api/account/passkeys/00000000-0000-4000-8000-000000000000' }),
    expected: signedInOnly(404),
  },
  {
    route: 'POST /api/auth/login/second-factor',
    // No pending sign-in behind any of these clients: the code completes nothing.
    request: () => ({ url: '/api/auth/login/second-factor', payload: { code: '000000' } }),
    expected: all(401),
  },
  {
    route: 'GET /api/account/second-factor',
    request: () => ({ url: '/api/account/second-factor' }),
    expected: signedInOnly(200),
  },
  {
    route: 'POST /api/account/second-factor/enrolment',
    // The admin has one already (the test client enrols admins at their first sign-in).
    request: () => ({ url: '/api/account/second-factor/enrolment' }),
    expected: { ...signedInOnly(200), admin: 409 },
  },
  {
    route: 'POST /api/account/second-factor/enrolment/confirmation',
    // After the row above: everyone else has an enrolment waiting, which a wrong code does not confirm.
    request: () => ({ url: '/api/account/second-factor/enrolment/confirmation', payload: { code: '000000' } }),
    expected: { ...signedInOnly(400), admin: 409 },
  },
  {
    route: 'POST /api/account/second-factor/recovery-codes',
    request: () => ({ url: '/api/account/second-factor/recovery-codes', payload: { code: '000000' } }),
    expected: signedInOnly(400),
  },
  {
    route: 'DELETE /api/account/second-factor',
    request: () => ({ url: '/api/account/second-factor', payload: { code: '000000' } }),
    expected: signedInOnly(400),
  },
  {
    route: 'GET /api/account/calendar-feed',
    request: () => ({ url: '/api/account/calendar-feed' }),
    expected: signedInOnly(200),
  },
  {
    route: 'POST /api/account/calendar-feed',
    request: () => ({ url: '/api/account/calendar-feed', payload: { language: 'nl' } }),
    expected: signedInOnly(201),
  },
  {
    route: 'DELETE /api/account/calendar-feed',
    request: () => ({ url: '/api/account/calendar-feed' }),
    expected: signedInOnly(204),
  },
  // The address is the secret: nobody, signed in or not, opens a feed without it.
  {
    route: 'GET /api/calendar/:token.ics',
    request: () => ({ url: `/api/calendar/${MISSING_TOKEN}.ics` }),
    expected: all(404),
  },
  { route: 'GET /api/partnerships', request: () => ({ url: '/api/partnerships' }), expected: signedInOnly(200) },
  {
    route: 'POST /api/partnerships',
    request: () => ({
      url: '/api/partnerships',
      payload: { name: unique('Nieuw'), region: 'Drenthe', sector: 'po', scenario: 'A' },
    }),
    expected: adminOnly(201),
  },
  {
    route: 'GET /api/partnerships/:partnershipId',
    request: (f) => ({ url: `/api/partnerships/${f.partnershipId}` }),
    expected: partnershipReaders(200),
  },
  {
    route: 'PATCH /api/partnerships/:partnershipId',
    request: (f) => ({ url: `/api/partnerships/${f.partnershipId}`, payload: { region: 'Twente' } }),
    expected: adminOnly(200),
  },
  {
    route: 'PUT /api/partnerships/:partnershipId/members',
    request: (f) => ({
      url: `/api/partnerships/${f.partnershipId}/members`,
      payload: { organisationIds: f.memberIds },
    }),
    expected: adminOnly(200),
  },
  { route: 'GET /api/organisations', request: () => ({ url: '/api/organisations' }), expected: adminOnly(200) },
  {
    route: 'POST /api/organisations',
    request: () => ({ url: '/api/organisations', payload: { name: unique('Hogeschool'), kind: 'institute' } }),
    expected: adminOnly(201),
  },
  {
    route: 'PATCH /api/organisations/:organisationId',
    request: (f) => ({ url: `/api/organisations/${f.organisationId}`, payload: { name: unique('Hernoemd') } }),
    expected: adminOnly(200),
  },
  {
    route: 'POST /api/setup-imports',
    request: () => ({
      url: '/api/setup-imports',
      payload: { file: Buffer.from(`name,kind\n${unique('Hogeschool')},institute`).toString('base64'), dryRun: true },
    }),
    expected: adminOnly(200),
  },
  {
    route: 'GET /api/setup-imports/template',
    request: () => ({ url: '/api/setup-imports/template' }),
    expected: adminOnly(200),
  },
  { route: 'GET /api/people', request: () => ({ url: '/api/people' }), expected: adminOnly(200) },
  {
    route: 'POST /api/people/invitations',
    request: () => ({
      url: '/api/people/invitations',
      payload: {
        email: `${unique('nieuw').replace(/\W/g, '')}@test.nl`,
        displayName: 'Nieuw',
        roles: [{ role: 'admin' }],
      },
    }),
    expected: adminOnly(201),
  },
  {
    route: 'GET /api/people/:personId',
    request: (f) => ({ url: `/api/people/${f.personId}` }),
    expected: adminOnly(200),
  },
  {
    route: 'PATCH /api/people/:personId',
    request: (f) => ({ url: `/api/people/${f.personId}`, payload: { displayName: unique('Naam') } }),
    expected: adminOnly(200),
  },
  {
    route: 'POST /api/people/:personId/invitations',
    request: async (f) => ({ url: `/api/people/${await freshInvitedPerson(f)}/invitations` }),
    expected: adminOnly(201),
  },
  {
    route: 'POST /api/people/:personId/roles',
    request: async (f) => ({ url: `/api/people/${(await freshPerson(f)).id}/roles`, payload: { role: 'admin' } }),
    expected: adminOnly(201),
  },
  {
    route: 'DELETE /api/people/:personId/roles/:roleId',
    request: async (f) => {
      const person = await freshPerson(f, [{ role: 'admin' }]);
      const role = await f.app.db
        .selectFrom('role_assignment')
        .select('id')
        .where('person_id', '=', person.id)
        .executeTakeFirstOrThrow();
      return { url: `/api/people/${person.id}/roles/${role.id}` };
    },
    expected: adminOnly(200),
  },
  {
    route: 'POST /api/people/:personId/erasure',
    request: async (f) => ({ url: `/api/people/${(await freshPerson(f)).id}/erasure` }),
    expected: adminOnly(200),
  },
  {
    route: 'GET /api/people/:personId/sign-in',
    request: (f) => ({ url: `/api/people/${f.personId}/sign-in` }),
    expected: adminOnly(200),
  },
  {
    route: 'POST /api/people/:personId/sign-in-identities',
    request: async (f) => ({
      url: `/api/people/${await freshInvitedPerson(f)}/sign-in-identities`,
      payload: { provider: 'surf', subject: unique('subject') },
    }),
    expected: adminOnly(201),
  },
  {
    route: 'DELETE /api/people/:personId/sign-in-identities/:provider',
    request: async (f) => {
      const personId = await freshInvitedPerson(f);
      await f.app.db
        .insertInto('sign_in_identity')
        .values({ person_id: personId, provider: 'surf', subject: unique('subject'), last_used_at: null })
        .execute();
      return { url: `/api/people/${personId}/sign-in-identities/surf` };
    },
    expected: adminOnly(204),
  },
  {
    route: 'DELETE /api/people/:personId/second-factor',
    request: async (f) => ({ url: `/api/people/${(await freshPerson(f)).id}/second-factor` }),
    expected: adminOnly(204),
  },
  {
    route: 'DELETE /api/people/:personId/passkeys',
    request: async (f) => ({ url: `/api/people/${(await freshPerson(f)).id}/passkeys` }),
    expected: adminOnly(204),
  },
  { route: 'GET /api/audit-log', request: () => ({ url: '/api/audit-log' }), expected: adminOnly(200) },
  { route: 'GET /api/periods', request: () => ({ url: '/api/periods' }), expected: signedInOnly(200) },
  {
    route: 'POST /api/periods',
    request: () => {
      const year = 2400 + ++counter;
      return { url: '/api/periods', payload: { code: `${year}-Q1`, opensOn: `${year}-01-01`, dueOn: `${year}-04-21` } };
    },
    expected: adminOnly(201),
  },
  {
    route: 'PATCH /api/periods/:periodId',
    request: async (f) => ({ url: `/api/periods/${await createPeriod(f.app.db)}`, payload: { dueOn: '2200-05-01' } }),
    expected: adminOnly(200),
  },
  {
    route: 'GET /api/partnerships/:partnershipId/assessments',
    request: (f) => ({ url: `/api/partnerships/${f.partnershipId}/assessments` }),
    expected: partnershipReaders(200),
  },
  {
    route: 'POST /api/partnerships/:partnershipId/assessments',
    request: async (f) => ({
      url: `/api/partnerships/${f.partnershipId}/assessments`,
      payload: { periodId: await createPeriod(f.app.db) },
    }),
    expected: programmeManagerOnly(201),
  },
  {
    route: 'GET /api/assessments/:assessmentId',
    request: async (f) => ({ url: `/api/assessments/${(await assessmentOf(f)).assessmentId}` }),
    expected: partnershipReaders(200),
  },
  {
    route: 'POST /api/assessments/:assessmentId/responses',
    request: async (f) => {
      // An assessment without a response of the manager's own, so their first one is welcome.
      const { assessmentId } = await createAssessment(f.app.db, {
        partnershipId: f.partnershipId,
        personId: f.personId,
      });
      return { url: `/api/assessments/${assessmentId}/responses`, payload: { perspective: 'coordination' } };
    },
    expected: programmeManagerOnly(201),
  },
  {
    route: 'PUT /api/assessments/:assessmentId/responses/:responseId',
    request: async (f) => {
      const { assessmentId, responseId } = await assessmentOf(f);
      return {
        url: `/api/assessments/${assessmentId}/responses/${responseId}`,
        payload: { answers: {}, notes: [] },
        headers: { 'if-match': '"1"' },
      };
    },
    expected: programmeManagerOnly(200),
  },
  {
    route: 'POST /api/assessments/:assessmentId/respondents',
    request: async (f) => ({
      url: `/api/assessments/${(await assessmentOf(f)).assessmentId}/respondents`,
      payload: { name: 'Schoolleider', perspective: 'school', organisationId: f.schoolId },
    }),
    expected: programmeManagerOnly(201),
  },
  {
    route: 'GET /api/assessments/:assessmentId/invitations',
    request: async (f) => ({ url: `/api/assessments/${(await assessmentOf(f)).assessmentId}/invitations` }),
    expected: programmeManagerOnly(200),
  },
  {
    route: 'POST /api/assessments/:assessmentId/invitations',
    request: async (f) => ({
      url: `/api/assessments/${(await assessmentOf(f)).assessmentId}/invitations`,
      payload: {
        invitations: [
          {
            name: 'Schoolleider',
            email: `leider-${++counter}@school.test`,
            perspective: 'school',
            organisationId: f.schoolId,
          },
        ],
      },
    }),
    expected: programmeManagerOnly(201),
  },
  {
    // No such invitation: who may change the assessment's invitations learns that (404), nobody else does.
    route: 'POST /api/assessments/:assessmentId/invitations/:responseId/resending',
    request: async (f) => ({
      url: `/api/assessments/${(await assessmentOf(f)).assessmentId}/invitations/${MISSING_UUID}/resending`,
    }),
    expected: programmeManagerOnly(404),
  },
  {
    route: 'POST /api/assessments/:assessmentId/invitations/:responseId/withdrawal',
    request: async (f) => ({
      url: `/api/assessments/${(await assessmentOf(f)).assessmentId}/invitations/${MISSING_UUID}/withdrawal`,
    }),
    expected: programmeManagerOnly(404),
  },
  {
    route: 'POST /api/assessments/:assessmentId/submission',
    request: async (f) => ({
      url: `/api/assessments/${(await assessmentOf(f, { scored: true })).assessmentId}/submission`,
      headers: { 'idempotency-key': `matrix-${++counter}` },
    }),
    expected: programmeManagerOnly(201),
  },
  {
    route: 'POST /api/assessments/:assessmentId/reopening',
    request: async (f) => ({
      url: `/api/assessments/${(await assessmentOf(f, { submitted: true })).assessmentId}/reopening`,
      payload: { reason: 'Opnieuw bespreken in de stuurgroep' },
    }),
    expected: { ...programmeManagerOnly(200), admin: 200, pmOwn: 403, friendAssigned: 200 },
  },
  {
    route: 'POST /api/partnerships/:partnershipId/history-imports',
    request: (f) => ({
      url: `/api/partnerships/${f.partnershipId}/history-imports`,
      payload: { csv: 'period,perspective,indicator,answer\n2020-Q1,coordination,1.1,3', dryRun: true },
    }),
    expected: { ...programmeManagerOnly(200), admin: 200 },
  },
  {
    route: 'GET /api/partnerships/:partnershipId/dashboard',
    request: (f) => ({ url: `/api/partnerships/${f.partnershipId}/dashboard` }),
    expected: partnershipReaders(200),
  },
  {
    route: 'GET /api/partnerships/:partnershipId/flags',
    request: (f) => ({ url: `/api/partnerships/${f.partnershipId}/flags` }),
    expected: partnershipReaders(200),
  },
  {
    route: 'GET /api/partnerships/:partnershipId/timeline-notes',
    request: (f) => ({ url: `/api/partnerships/${f.partnershipId}/timeline-notes` }),
    expected: partnershipReaders(200),
  },
  {
    route: 'POST /api/partnerships/:partnershipId/timeline-notes',
    request: (f) => ({
      url: `/api/partnerships/${f.partnershipId}/timeline-notes`,
      payload: { notedOn: '2026-05-01', text: 'Stuurgroep met schoolleiders' },
    }),
    expected: { ...programmeManagerOnly(201), friendAssigned: 201 },
  },
  {
    route: 'GET /api/board-overview',
    request: () => ({ url: '/api/board-overview' }),
    expected: { ...adminOnly(200), boardParticipating: 200, boardOther: 200 },
  },
  {
    route: 'GET /api/board-overview/export',
    request: () => ({ url: '/api/board-overview/export?format=csv' }),
    expected: { ...adminOnly(200), boardParticipating: 200, boardOther: 200 },
  },
  {
    route: 'GET /api/partnerships/:partnershipId/export',
    request: (f) => ({ url: `/api/partnerships/${f.partnershipId}/export?format=json` }),
    expected: partnershipReaders(200),
  },
  {
    route: 'GET /api/review-queue/export',
    request: () => ({ url: '/api/review-queue/export?format=csv' }),
    expected: { ...adminOnly(200), friendAssigned: 200, friendUnassigned: 200 },
  },
  {
    route: 'GET /api/audit-log/export',
    request: () => ({ url: '/api/audit-log/export?format=csv&from=2026-01-01&to=2026-12-31' }),
    expected: adminOnly(200),
  },
  { route: 'GET /api/flag-settings', request: () => ({ url: '/api/flag-settings' }), expected: adminOnly(200) },
  {
    route: 'PUT /api/flag-settings',
    request: () => ({
      url: '/api/flag-settings',
      payload: {
        weakHigh: 2,
        weakAttention: 2.5,
        declineDrop: 0.5,
        declineStreak: 3,
        foundationGap: 1,
        divergence: 1.5,
        lowCoverage: 0.25,
      },
    }),
    expected: adminOnly(200),
  },
  {
    route: 'GET /api/review-queue',
    request: () => ({ url: '/api/review-queue' }),
    expected: { ...adminOnly(200), friendAssigned: 200, friendUnassigned: 200 },
  },
  {
    route: 'GET /api/flags/:flagId',
    request: async (f) => ({ url: `/api/flags/${await createFlag(f.app.db, f.partnershipId)}` }),
    expected: partnershipReaders(200),
  },
  {
    route: 'GET /api/network/portraits',
    request: () => ({ url: '/api/network/portraits?theme=4' }),
    expected: signedInOnly(200),
  },
  {
    route: 'GET /api/network/portraits/:partnershipId',
    request: async (f) => {
      await portraitOf(f, f.partnershipId, true);
      return { url: `/api/network/portraits/${f.partnershipId}` };
    },
    expected: signedInOnly(200),
  },
  {
    route: 'GET /api/partnerships/:partnershipId/portrait',
    request: (f) => ({ url: `/api/partnerships/${f.partnershipId}/portrait` }),
    expected: partnershipReaders(200),
  },
  {
    route: 'PUT /api/partnerships/:partnershipId/portrait',
    request: (f) => ({
      url: `/api/partnerships/${f.partnershipId}/portrait`,
      payload: { description: 'Samen leren in Twente', sizeBand: 'medium', themesNow: [3], themesOffered: [4] },
    }),
    expected: programmeManagerOnly(200),
  },
  {
    route: 'PUT /api/partnerships/:partnershipId/portrait/publication',
    request: async (f) => {
      await portraitOf(f, f.partnershipId, false);
      return { url: `/api/partnerships/${f.partnershipId}/portrait/publication` };
    },
    expected: programmeManagerOnly(200),
  },
  {
    route: 'DELETE /api/partnerships/:partnershipId/portrait/publication',
    request: async (f) => {
      await portraitOf(f, f.partnershipId, true);
      return { url: `/api/partnerships/${f.partnershipId}/portrait/publication` };
    },
    // Its programme manager, or an admin who takes it off the network.
    expected: { ...programmeManagerOnly(200), admin: 200 },
  },
  {
    route: 'GET /api/flags/:flagId/peer-suggestions',
    request: async (f) => ({ url: `/api/flags/${await createFlag(f.app.db, f.partnershipId)}/peer-suggestions` }),
    expected: partnershipReaders(200),
  },
  {
    route: 'POST /api/flags/:flagId/contact-requests',
    request: async (f) => {
      const peerId = await peerOf(f);
      await portraitOf(f, peerId, true);
      return {
        url: `/api/flags/${await createFlag(f.app.db, f.partnershipId)}/contact-requests`,
        payload: { partnershipId: peerId, message: 'Hoe hebben jullie feedback georganiseerd?' },
      };
    },
    expected: { ...programmeManagerOnly(201), friendAssigned: 201 },
  },
  {
    route: 'GET /api/partnerships/:partnershipId/contact-requests',
    request: (f) => ({ url: `/api/partnerships/${f.partnershipId}/contact-requests` }),
    expected: { ...programmeManagerOnly(200), friendAssigned: 200 },
  },
  {
    route: 'POST /api/partnerships/:partnershipId/contact-requests/:contactRequestId/answer',
    request: async (f) => ({
      url: `/api/partnerships/${f.partnershipId}/contact-requests/${await contactRequestTo(f)}/answer`,
      payload: { accept: true, reply: 'Graag' },
    }),
    expected: programmeManagerOnly(200),
  },
  {
    route: 'POST /api/flags/:flagId/acknowledgement',
    request: async (f) => ({ url: `/api/flags/${await createFlag(f.app.db, f.partnershipId)}/acknowledgement` }),
    expected: criticalFriendOnly(200),
  },
  {
    route: 'POST /api/flags/:flagId/closure',
    request: async (f) => ({
      url: `/api/flags/${await createFlag(f.app.db, f.partnershipId)}/closure`,
      payload: { resolution: 'Besproken in de stuurgroep' },
    }),
    expected: criticalFriendOnly(200),
  },
  {
    route: 'GET /api/good-approaches',
    request: () => ({ url: '/api/good-approaches?q=leerteams&theme=3' }),
    expected: signedInOnly(200),
  },
  {
    // Without a partnership: a network-wide approach, for critical friends and admins.
    route: 'POST /api/good-approaches',
    request: () => ({ url: '/api/good-approaches', payload: approachWrite(null) }),
    expected: {
      anonymous: 401,
      admin: 201,
      pmOwn: 400,
      pmOther: 400,
      friendAssigned: 201,
      friendUnassigned: 201,
      boardParticipating: 403,
      boardOther: 403,
    },
  },
  {
    route: 'GET /api/good-approaches/:goodApproachId',
    request: async (f) => ({ url: `/api/good-approaches/${await submittedApproach(f)}` }),
    expected: { ...all(404), anonymous: 401, admin: 200, pmOwn: 200, friendAssigned: 200 },
  },
  {
    route: 'PUT /api/good-approaches/:goodApproachId',
    request: async (f) => ({
      url: `/api/good-approaches/${await submittedApproach(f)}`,
      payload: approachWrite(f.partnershipId),
    }),
    // Board members write no approaches at all: refused before the approach is looked at.
    expected: {
      ...all(404),
      anonymous: 401,
      admin: 403,
      pmOwn: 200,
      friendAssigned: 403,
      boardParticipating: 403,
      boardOther: 403,
    },
  },
  {
    route: 'POST /api/good-approaches/:goodApproachId/decision',
    request: async (f) => ({
      url: `/api/good-approaches/${await submittedApproach(f)}/decision`,
      payload: { decision: 'publish' },
    }),
    expected: { ...all(404), anonymous: 401, admin: 200, pmOwn: 403, friendAssigned: 200 },
  },
  {
    route: 'POST /api/good-approaches/:goodApproachId/withdrawal',
    request: async (f) => ({ url: `/api/good-approaches/${await submittedApproach(f)}/withdrawal` }),
    expected: { ...all(404), anonymous: 401, admin: 200, pmOwn: 200, friendAssigned: 403 },
  },
  {
    route: 'GET /api/flags/:flagId/good-approaches',
    request: async (f) => ({ url: `/api/flags/${await createFlag(f.app.db, f.partnershipId)}/good-approaches` }),
    expected: partnershipReaders(200),
  },
  {
    route: 'GET /api/partnerships/:partnershipId/actions',
    request: (f) => ({ url: `/api/partnerships/${f.partnershipId}/actions` }),
    expected: partnershipReaders(200),
  },
  {
    route: 'POST /api/partnerships/:partnershipId/actions',
    request: (f) => ({
      url: `/api/partnerships/${f.partnershipId}/actions`,
      payload: {
        description: 'Intervisie organiseren',
        ownerId: f.pmOwnId,
        dueOn: '2200-06-01',
        supportType: 'intervision',
      },
    }),
    expected: { ...programmeManagerOnly(201), friendAssigned: 201 },
  },
  {
    route: 'POST /api/actions/:actionId/progress',
    request: async (f) => ({
      url: `/api/actions/${await createAction(f.app.db, f.partnershipId, f.pmOwnId)}/progress`,
      payload: { text: 'Gestart', status: 'in_progress' },
    }),
    expected: { ...programmeManagerOnly(200), friendAssigned: 200 },
  },
  {
    route: 'GET /api/assessments/:assessmentId/review',
    request: async (f) => ({
      url: `/api/assessments/${(await assessmentOf(f, { submitted: true })).assessmentId}/review`,
    }),
    expected: partnershipReaders(200),
  },
  {
    route: 'PUT /api/assessments/:assessmentId/review',
    request: async (f) => ({
      url: `/api/assessments/${(await assessmentOf(f, { submitted: true })).assessmentId}/review`,
      payload: { summary: 'Mooie voortgang', questionBehind: '', themeRemarks: [] },
    }),
    expected: criticalFriendOnly(200),
  },
  {
    route: 'POST /api/assessments/:assessmentId/review/response',
    request: async (f) => {
      const { assessmentId } = await assessmentOf(f, { submitted: true });
      await f.app.db
        .insertInto('review')
        .values({
          assessment_id: assessmentId,
          author_id: f.pmOwnId,
          summary: 'Review',
          question_behind: '',
          theme_remarks: '[]',
        })
        .execute();
      return { url: `/api/assessments/${assessmentId}/review/response`, payload: { text: 'Dank je' } };
    },
    expected: programmeManagerOnly(200),
  },
  {
    route: 'PUT /api/partnerships/:partnershipId/sharing',
    request: (f) => ({ url: `/api/partnerships/${f.partnershipId}/sharing`, payload: { sharesWithBoard: false } }),
    expected: { ...programmeManagerOnly(200), admin: 200 },
  },
  { route: 'GET /api/inbox', request: () => ({ url: '/api/inbox' }), expected: signedInOnly(200) },
  {
    // Nobody's notice: signed-in people get 404, as for someone else's.
    route: 'POST /api/inbox/:noticeId/read',
    request: () => ({ url: '/api/inbox/00000000-0000-4000-8000-000000000000/read' }),
    expected: signedInOnly(404),
  },
  { route: 'POST /api/inbox/read-all', request: () => ({ url: '/api/inbox/read-all' }), expected: signedInOnly(204) },
  {
    route: 'GET /api/account/notice-preferences',
    request: () => ({ url: '/api/account/notice-preferences' }),
    expected: signedInOnly(200),
  },
  {
    route: 'PUT /api/account/notice-preferences',
    request: () => ({
      url: '/api/account/notice-preferences',
      payload: [{ kind: 'flag_new', inApp: true, email: false }],
    }),
    expected: signedInOnly(200),
  },
  {
    route: 'GET /api/account/notice-email-rhythm',
    request: () => ({ url: '/api/account/notice-email-rhythm' }),
    expected: signedInOnly(200),
  },
  {
    route: 'PUT /api/account/notice-email-rhythm',
    request: () => ({ url: '/api/account/notice-email-rhythm', payload: { rhythm: 'weekly' } }),
    expected: signedInOnly(200),
  },
  {
    route: 'PUT /api/account/language',
    request: () => ({ url: '/api/account/language', payload: { language: 'nl' } }),
    expected: signedInOnly(200),
  },
  {
    route: 'GET /api/partnerships/:partnershipId/people',
    request: (f) => ({ url: `/api/partnerships/${f.partnershipId}/people` }),
    expected: partnershipReaders(200),
  },
  { route: 'GET /api/respond/:token', request: () => ({ url: `/api/respond/${MISSING_TOKEN}` }), expected: all(404) },
  {
    route: 'POST /api/respond/:token/completion',
    request: () => ({ url: `/api/respond/${MISSING_TOKEN}/completion` }),
    expected: all(404),
  },
  {
    route: 'PUT /api/respond/:token',
    request: () => ({
      url: `/api/respond/${MISSING_TOKEN}`,
      payload: { answers: {}, notes: [] },
      headers: { 'if-match': '"1"' },
    }),
    expected: all(404),
  },
  // Intervision: rounds are read by programme managers and facilitators; a round's changes are its
  // facilitator's (the assigned critical friend here); a group and its dilemmas only its members' and facilitator's.
  {
    route: 'GET /api/intervision/rounds',
    request: () => ({ url: '/api/intervision/rounds' }),
    expected: { ...signedInOnly(200), boardParticipating: 403, boardOther: 403 },
  },
  {
    route: 'POST /api/intervision/rounds',
    request: () => ({
      url: '/api/intervision/rounds',
      payload: { theme: 3, title: unique('Intervisie'), signUpDeadline: '2999-12-31' },
    }),
    expected: { ...signedInOnly(403), admin: 201, friendAssigned: 201, friendUnassigned: 201 },
  },
  {
    route: 'GET /api/intervision/rounds/:roundId',
    request: async (f) => ({ url: `/api/intervision/rounds/${(await intervisionRound(f)).roundId}` }),
    expected: { ...signedInOnly(200), boardParticipating: 403, boardOther: 403 },
  },
  {
    // For the own partnership: another programme manager may not sign up for it (400).
    route: 'PUT /api/intervision/rounds/:roundId/sign-up',
    request: async (f) => ({
      url: `/api/intervision/rounds/${(await intervisionRound(f)).roundId}/sign-up`,
      payload: { partnershipId: f.partnershipId, dilemma: 'Mijn mandaat is onduidelijk' },
    }),
    expected: { ...signedInOnly(403), pmOwn: 200, pmOther: 400 },
  },
  {
    // Only one's own sign-up is withdrawn: the other programme manager has none here.
    route: 'DELETE /api/intervision/rounds/:roundId/sign-up',
    request: async (f) => ({
      url: `/api/intervision/rounds/${(await intervisionRound(f, { withOwnManager: true })).roundId}/sign-up`,
    }),
    expected: { ...signedInOnly(403), pmOwn: 204, pmOther: 404 },
  },
  {
    route: 'POST /api/intervision/rounds/:roundId/proposal',
    request: async (f) => ({
      url: `/api/intervision/rounds/${(await intervisionRound(f, { others: 5 })).roundId}/proposal`,
    }),
    expected: { ...signedInOnly(403), friendAssigned: 200 },
  },
  {
    route: 'PUT /api/intervision/rounds/:roundId/groups',
    request: async (f) => {
      const { roundId, signUpIds } = await intervisionRound(f, { others: 5 });
      return { url: `/api/intervision/rounds/${roundId}/groups`, payload: { groups: [{ signUpIds }] } };
    },
    expected: { ...signedInOnly(403), friendAssigned: 200 },
  },
  {
    route: 'POST /api/intervision/rounds/:roundId/confirmation',
    request: async (f) => ({
      url: `/api/intervision/rounds/${(await intervisionRound(f, { others: 5, grouped: true })).roundId}/confirmation`,
    }),
    expected: { ...signedInOnly(403), friendAssigned: 200 },
  },
  {
    route: 'GET /api/intervision/groups/:groupId',
    request: async (f) => {
      const { groupId } = await intervisionRound(f, {
        withOwnManager: true,
        others: 4,
        grouped: true,
        confirmed: true,
      });
      return { url: `/api/intervision/groups/${groupId}` };
    },
    expected: { ...signedInOnly(404), pmOwn: 200, friendAssigned: 200, boardParticipating: 403, boardOther: 403 },
  },
  {
    route: 'POST /api/intervision/groups/:groupId/sessions',
    request: async (f) => {
      const { groupId } = await intervisionRound(f, {
        withOwnManager: true,
        others: 4,
        grouped: true,
        confirmed: true,
      });
      return {
        url: `/api/intervision/groups/${groupId}/sessions`,
        payload: { startsAt: '2999-01-15T13:00:00Z', endsAt: '2999-01-15T15:00:00Z', place: 'Utrecht' },
      };
    },
    expected: { ...signedInOnly(403), admin: 404, friendAssigned: 201, friendUnassigned: 404 },
  },
  {
    route: 'POST /api/intervision/groups/:groupId/take-aways',
    request: async (f) => {
      const { groupId } = await intervisionRound(f, {
        withOwnManager: true,
        others: 4,
        grouped: true,
        confirmed: true,
      });
      return {
        url: `/api/intervision/groups/${groupId}/take-aways`,
        payload: { description: 'Schoolleiders in de stuurgroep', dueOn: '2999-03-01' },
      };
    },
    expected: { ...signedInOnly(403), pmOwn: 201, pmOther: 404 },
  },
  // The job queue's page: admins only. Nothing failed here, so an admin's retry or discard finds nothing (404).
  { route: 'GET /api/job-queue', request: () => ({ url: '/api/job-queue' }), expected: adminOnly(200) },
  {
    route: 'POST /api/job-queue/failed-jobs/:jobId/retry',
    request: () => ({ url: '/api/job-queue/failed-jobs/999999999/retry' }),
    expected: adminOnly(404),
  },
  {
    route: 'DELETE /api/job-queue/failed-jobs/:jobId',
    request: () => ({ url: '/api/job-queue/failed-jobs/999999999' }),
    expected: adminOnly(404),
  },
  {
    route: 'POST /api/job-queue/undelivered-emails/:emailId/retry',
    request: () => ({ url: '/api/job-queue/undelivered-emails/00000000-0000-4000-8000-000000000000/retry' }),
    expected: adminOnly(404),
  },
  {
    route: 'DELETE /api/job-queue/undelivered-emails/:emailId',
    request: () => ({ url: '/api/job-queue/undelivered-emails/00000000-0000-4000-8000-000000000000' }),
    expected: adminOnly(404),
  },
  // The opt-out link's token is the only key: without one that exists, nobody switches anyone's reminders off.
  {
    route: 'POST /api/reminder-opt-outs/:token',
    request: () => ({ url: `/api/reminder-opt-outs/${'0'.repeat(64)}` }),
    expected: all(404),
  },
  {
    route: 'GET /api/instrument/versions',
    request: () => ({ url: '/api/instrument/versions' }),
    expected: signedInOnly(200),
  },
  {
    route: 'POST /api/instrument/versions',
    request: (f) => ({ url: '/api/instrument/versions', payload: f.instrumentDraft }),
    expected: adminOnly(201),
  },
  {
    // Version 1 is published: even the admin cannot change it.
    route: 'PUT /api/instrument/versions/:version',
    request: (f) => ({ url: '/api/instrument/versions/1', payload: f.instrumentDraft }),
    expected: adminOnly(409),
  },
  {
    route: 'POST /api/instrument/versions/:version/publication',
    request: () => ({ url: '/api/instrument/versions/1/publication' }),
    expected: adminOnly(409),
  },
  {
    route: 'GET /api/instrument/current',
    request: () => ({ url: '/api/instrument/current' }),
    expected: all(200),
  },
  {
    route: 'GET /api/instrument/versions/:version',
    request: () => ({ url: '/api/instrument/versions/1' }),
    expected: all(200),
  },
];

describe('authorization matrix: every API route x every role', () => {
  let app: FastifyInstance;
  const routes = new Set<string>();
  const emails = {} as Record<Exclude<TActor, 'anonymous'>, string>;
  const fixture = {} as TFixture;

  beforeAll(async () => {
    app = await buildTestApp({
      // Configured, never reached: no row here starts a sign-in at it.
      env: {
        KOERS_OIDC_SURF_ISSUER: 'https://login.example.test',
        KOERS_OIDC_SURF_CLIENT_ID: 'koers',
        KOERS_OIDC_SURF_CLIENT_SECRET: 'not-a-secret',
      },
      beforeRegistering: (instance) =>
        instance.addHook('onRoute', (route) => {
          const methods = Array.isArray(route.method) ? route.method : [route.method];
          for (const method of methods) {
            if (method !== 'HEAD' && route.url.startsWith('/api')) routes.add(`${method} ${route.url}`);
          }
        }),
    });
    await seedDemoData(app.db);
    const own = await partnershipIdByName(app.db, 'Partnerschap Twente Leert');
    const other = await partnershipIdByName(app.db, 'Opleidingsschool Flevoland');
    const people = {
      admin: await createPerson(app.db, [{ role: 'admin' }]),
      pmOwn: await createPerson(app.db, [{ role: 'programme_manager', partnershipId: own }]),
      pmOther: await createPerson(app.db, [{ role: 'programme_manager', partnershipId: other }]),
      friendAssigned: await createPerson(app.db, [{ role: 'critical_friend', partnershipId: own }]),
      friendUnassigned: await createPerson(app.db, [{ role: 'critical_friend', partnershipId: other }]),
      boardParticipating: await createPerson(app.db, [
        { role: 'board_member', organisationId: await organisationIdByName(app.db, SHARED_BOARD.name) },
      ]),
      boardOther: await createPerson(app.db, [
        { role: 'board_member', organisationId: await organisationIdByName(app.db, 'Stichting MBO Flevoland') },
      ]),
    };
    for (const [actor, person] of Object.entries(people)) emails[actor as keyof typeof emails] = person.email;
    const members = await app.db
      .selectFrom('partnership_member')
      .select('organisation_id')
      .where('partnership_id', '=', own)
      .execute();
    Object.assign(fixture, {
      app,
      partnershipId: own,
      memberIds: members.map((m) => m.organisation_id),
      pmOwnId: people.pmOwn.id,
      friendAssignedId: people.friendAssigned.id,
      instrumentDraft: await draftOfCurrentInstrument(app, emails.admin),
      schoolId: await organisationIdByName(app.db, 'OBS De Esch'),
      organisationId: await organisationIdByName(app.db, 'Hogeschool Nieuw Land'),
      personId: people.pmOther.id,
    });
  });
  afterAll(() => app.close());

  it('has a row for every route, and no row for a route that does not exist', () => {
    const covered = new Set(MATRIX.map((row) => row.route));
    expect([...routes].filter((r) => !covered.has(r)).sort()).toEqual([]);
    expect([...covered].filter((r) => !routes.has(r)).sort()).toEqual([]);
  });

  // A fresh client per request: logout must not end the session the next row relies on.
  const clientFor = async (actor: TActor) =>
    actor === 'anonymous' ? new TestClient(app).start() : signedIn(app, emails[actor]);

  const auditCount = async () =>
    Number(
      (
        await app.db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          // Security events are written for refusals on purpose: a failed sign-in or code, throttling, a 403.
          .where('action', 'not in', [
            'auth.login-failed',
            'auth.second-factor-failed',
            'auth.throttled',
            'request.refused',
          ])
          .executeTakeFirstOrThrow()
      ).n,
    );

  it.each(MATRIX.map((row) => [row.route, row] as const))('%s', async (_route, row) => {
    const failures: string[] = [];
    for (const actor of ACTORS) {
      const client = await clientFor(actor);
      const request = await row.request(fixture);
      const before = await auditCount();
      const method = row.route.split(' ')[0] as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
      const res = await client.inject({
        method,
        url: request.url,
        ...(request.payload !== undefined ? { payload: request.payload } : {}),
        ...(request.headers ? { headers: request.headers } : {}),
      });
      if (res.statusCode !== row.expected[actor])
        failures.push(`${actor}: expected ${row.expected[actor]}, got ${res.statusCode}`);
      // Authorization before validation: refused the same way whatever the input.
      if ([401, 403, 404].includes(row.expected[actor]) && !CREDENTIALS_IN_BODY.has(row.route)) {
        const malformed = await client.inject({
          method,
          url: withMalformedQuery(request.url),
          ...(method === 'GET' ? {} : { payload: MALFORMED_BODY }),
          headers: { ...request.headers, ...MALFORMED_HEADERS },
        });
        if (malformed.statusCode !== row.expected[actor])
          failures.push(`${actor}: with malformed input expected ${row.expected[actor]}, got ${malformed.statusCode}`);
      }
      if (res.statusCode >= 400 && (await auditCount()) !== before)
        failures.push(`${actor}: refused, but something was written`);
      const refusals = await app.db
        .selectFrom('audit_log')
        .select('actor_person_id')
        .where('request_id', '=', String(res.headers['x-request-id']))
        .where('action', '=', 'request.refused')
        .execute();
      if (refusals.length !== (res.statusCode === 403 ? 1 : 0))
        failures.push(`${actor}: ${res.statusCode} with ${refusals.length} refusal(s) in the audit log`);
    }
    expect(failures).toEqual([]);
  });
});
