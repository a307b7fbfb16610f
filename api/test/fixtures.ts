import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { TRoleGrant } from '@koers/shared/roles';
import { THEME_NUMBERS } from '@koers/shared/themes';
import type { TDatabase } from '../src/db/schema.ts';
import * as assessments from '../src/modules/assessments/assessments.repository.ts';
import { hashPassword } from '../src/modules/auth/passwords.ts';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

export type TTestPerson = { id: string; email: string };

/** An active person with the given roles, straight into the database. */
export async function createPerson(
  db: Kysely<TDatabase>,
  roles: readonly TRoleGrant[],
  options: { email?: string; displayName?: string } = {},
): Promise<TTestPerson> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const email = options.email ?? `person-${randomBytes(4).toString('hex')}@test.koers.nl`;
  const { id } = await db
    .insertInto('person')
    .values({
      email,
      display_name: options.displayName ?? 'Test Persoon',
      password_hash: await passwordHash,
      status: 'active',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const grant of roles) {
    await db
      .insertInto('role_assignment')
      .values({
        person_id: id,
        role: grant.role,
        partnership_id: 'partnershipId' in grant ? grant.partnershipId : null,
        organisation_id: 'organisationId' in grant ? grant.organisationId : null,
      })
      .execute();
  }
  return { id, email };
}

export async function partnershipIdByName(db: Kysely<TDatabase>, name: string): Promise<string> {
  const row = await db.selectFrom('partnership').select('id').where('name', '=', name).executeTakeFirstOrThrow();
  return row.id;
}

export async function organisationIdByName(db: Kysely<TDatabase>, name: string): Promise<string> {
  const row = await db.selectFrom('organisation').select('id').where('name', '=', name).executeTakeFirstOrThrow();
  return row.id;
}

let periodCounter = 0;

/** A period no other test of this file uses (each file has its own database): quarters from 2200 on. */
export async function createPeriod(db: Kysely<TDatabase>): Promise<string> {
  const n = periodCounter++;
  const code = `${2200 + Math.floor(n / 4)}-Q${(n % 4) + 1}`;
  const { id } = await db
    .insertInto('period')
    .values({ code, opens_on: '2200-01-01', due_on: '2200-04-21' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/**
 * An assessment in a fresh period with one response by `personId`, optionally scored and submitted,
 * written straight to the database.
 */
export async function createAssessment(
  db: Kysely<TDatabase>,
  options: { partnershipId: string; personId: string; scored?: boolean; submitted?: boolean },
): Promise<{ assessmentId: string; responseId: string }> {
  const version = await db
    .selectFrom('instrument_version')
    .select('id')
    .where('version', '=', 1)
    .executeTakeFirstOrThrow();
  const { id: assessmentId } = await db
    .insertInto('assessment')
    .values({
      partnership_id: options.partnershipId,
      period_id: await createPeriod(db),
      instrument_version_id: version.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const { id: responseId } = await db
    .insertInto('response')
    .values({
      assessment_id: assessmentId,
      perspective: 'coordination',
      respondent_person_id: options.personId,
      respondent_name: 'Test',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (options.scored || options.submitted) {
    const indicator = await db
      .selectFrom('indicator as i')
      .innerJoin('theme as t', 't.id', 'i.theme_id')
      .select('i.id')
      .where('t.instrument_version_id', '=', version.id)
      .executeTakeFirstOrThrow();
    await db
      .insertInto('answer')
      .values({ response_id: responseId, indicator_id: indicator.id, score: 3, dont_know: false })
      .execute();
  }
  if (options.submitted) {
    await db
      .insertInto('submission')
      .values({
        assessment_id: assessmentId,
        idempotency_key: `fixture-${assessmentId}`,
        submitted_by: options.personId,
      })
      .execute();
    await db
      .updateTable('assessment')
      .set({ status: 'submitted', submitted_at: new Date() })
      .where('id', '=', assessmentId)
      .execute();
  }
  return { assessmentId, responseId };
}

/** An open flag of the partnership, in a period of its own. */
export async function createFlag(db: Kysely<TDatabase>, partnershipId: string): Promise<string> {
  const { id } = await db
    .insertInto('flag')
    .values({
      partnership_id: partnershipId,
      period_id: await createPeriod(db),
      theme_number: 4,
      kind: 'weak',
      severity: 'high',
      facts: JSON.stringify({ score: 1.5 }),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function createAction(db: Kysely<TDatabase>, partnershipId: string, personId: string): Promise<string> {
  const { id } = await db
    .insertInto('action')
    .values({
      partnership_id: partnershipId,
      description: 'Een actie',
      owner_id: personId,
      due_on: '2200-01-01',
      support_type: 'other',
      created_by: personId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/**
 * A submitted quarter with the same score on every theme, stored as a submission stores it (submission
 * row and status, then summaries), straight into the database: what the running sums and peer figures follow.
 */
export async function storeSubmittedQuarter(
  db: Kysely<TDatabase>,
  quarter: { partnershipId: string; periodId: string; score: number; submittedBy: string },
): Promise<string> {
  const { partnershipId, periodId, score, submittedBy } = quarter;
  const version = await db
    .selectFrom('instrument_version')
    .select('id')
    .where('version', '=', 1)
    .executeTakeFirstOrThrow();
  const { id } = await assessments.insertAssessment(db, partnershipId, periodId, version.id);
  await assessments.recordSubmission(db, id, `fixture-${id}`, submittedBy, {
    actorPersonId: submittedBy,
    action: 'assessment.submitted',
    partnershipId,
    subjectType: 'assessment',
    subjectId: id,
    requestId: null,
  });
  const summaries = assessments.summaryRows(
    { id, partnership_id: partnershipId, period_id: periodId, instrument_version_id: version.id },
    THEME_NUMBERS.map((theme) => ({
      theme,
      score,
      scored: 4,
      dontKnow: 0,
      blank: 0,
      coverage: 1,
      dontKnowShare: 0,
      perspectives: { coordination: score },
      perspectiveSpread: null,
      respondentSpread: null,
    })),
    1,
  );
  await assessments.insertSummaries(db, summaries);
  return id;
}
