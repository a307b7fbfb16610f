import { sql } from 'kysely';
import type { TPerspective } from '@koers/shared/assessments';
import { quarterDates } from '@koers/shared/periods';
import { DONT_KNOW, type TIndicatorAnswer } from '@koers/shared/scale';
import { scoreThemes } from '@koers/shared/scoring';
import type { TThemeNumber } from '@koers/shared/themes';
import type { TExecutor } from '../db/types.ts';
import * as assessments from '../modules/assessments/assessments.repository.ts';
import { replaceResponseContent } from '../modules/assessments/response-content.repository.ts';
import { insertResponse } from '../modules/assessments/responses.repository.ts';
import { newToken } from '../modules/auth/tokens.ts';
import { flagRuleInputs, insertOverdueFlags } from '../modules/flags/flags.repository.ts';
import { raiseFlagsForQuarter } from '../modules/flags/flags.service.ts';
import { findInstrumentVersion, instrumentShape } from '../modules/instrument/instrument.repository.ts';

/** Two years of quarters before the current one, which is open and not yet due. */
export const DEMO_HISTORY = [
  '2024-Q4',
  '2025-Q1',
  '2025-Q2',
  '2025-Q3',
  '2025-Q4',
  '2026-Q1',
  '2026-Q2',
  '2026-Q3',
] as const;
export const DEMO_CURRENT_PERIOD = '2026-Q4';

type TThemeLevels = Record<TThemeNumber, number>;
type TRespondent = { perspective: TPerspective; offset: number };

/**
 * How each partnership's themes develop over the eight quarters: a level at the start, a change per
 * quarter, and for some a story. Levels are on the 1-4 scale; answers scatter around them.
 */
type TStory = {
  start: TThemeLevels;
  perQuarter: number;
  /** A drop in the last quarters (a key person left). */
  declineFrom?: number;
  /** Quarters this partnership left unsubmitted (index in DEMO_HISTORY). */
  skipped?: readonly number[];
  /** Extra respondents with how far their view lies from the coordinator's. */
  respondents?: readonly TRespondent[];
};

const level = (a: number, b: number, c: number, d: number, e: number): TThemeLevels => ({
  1: a,
  2: b,
  3: c,
  4: d,
  5: e,
});

export const DEMO_STORIES: Record<string, TStory> = {
  // Data and feedback stays weak while the rest grows: the critical friend's conversation starter.
  'Partnerschap Twente Leert': { start: level(2.7, 2.6, 2.8, 0.9, 2.6), perQuarter: 0.06 },
  // A steady partnership until its coordinator left after 2026-Q1.
  'Opleidingsschool Gelderse Vallei': { start: level(3.0, 3.1, 2.9, 2.8, 3.0), perQuarter: 0.03, declineFrom: 6 },
  // A strong continuous line on a base that does not carry it.
  'Samen Opleiden Zeeland': { start: level(2.0, 1.8, 2.1, 2.0, 3.3), perQuarter: 0.02 },
  // Institute and schools do not point north together.
  'Academische Opleidingsschool Domstad': {
    start: level(2.8, 2.7, 2.9, 2.6, 2.7),
    perQuarter: 0.03,
    respondents: [
      { perspective: 'institute', offset: 0.9 },
      { perspective: 'school', offset: -0.9 },
      { perspective: 'school', offset: -0.8 },
    ],
  },
  // Missed the last quarter's due date.
  'Opleidingsschool Flevoland': { start: level(2.3, 2.2, 2.5, 2.1, 2.2), perQuarter: 0.05, skipped: [7] },
  'Opleidingsschool Noorderlicht': { start: level(3.1, 3.0, 3.3, 3.0, 3.1), perQuarter: 0.04 },
  'Samen Opleiden Waddenkust': { start: level(2.7, 2.7, 2.9, 2.7, 2.8), perQuarter: 0.06 },
  'Samen Opleiden Amstel-Oost': { start: level(3.0, 2.9, 3.2, 2.9, 3.0), perQuarter: 0.05 },
  'Opleidingsschool Rijnmond': { start: level(2.6, 2.7, 2.6, 2.6, 2.6), perQuarter: 0.07 },
  'Partnerschap Haaglanden Opleiden': { start: level(2.9, 3.0, 2.9, 2.8, 2.9), perQuarter: 0.05 },
  'Opleidingsschool Brabant-Zuidoost': { start: level(2.9, 2.8, 2.9, 2.8, 2.9), perQuarter: 0.04 },
  'Partnerschap Limburg Leert': { start: level(3.1, 3.1, 3.0, 3.0, 3.1), perQuarter: 0.02 },
  'Samen Opleiden Drechtsteden': { start: level(2.9, 2.8, 3.0, 2.9, 2.9), perQuarter: 0.04 },
  'Partnerschap Achterhoek Opleidt': { start: level(3.0, 2.9, 3.1, 2.9, 3.0), perQuarter: 0.03 },
  'Opleidingsschool Kop van Noord-Holland': { start: level(2.9, 3.0, 2.9, 2.9, 3.0), perQuarter: 0.04 },
  'Samen Opleiden Drenthe': { start: level(3.0, 2.9, 3.0, 3.0, 2.9), perQuarter: 0.03 },
  'Academische Opleidingsschool Leiden-Rijnland': { start: level(3.1, 3.0, 3.2, 3.0, 3.1), perQuarter: 0.03 },
  'Samen Opleiden Nijmegen-Waal': { start: level(2.9, 3.0, 3.1, 2.9, 3.0), perQuarter: 0.04 },
  'Opleidingsschool Zwolle-Vecht': { start: level(3.0, 2.9, 3.0, 3.0, 3.0), perQuarter: 0.03 },
};

const NOTES: Record<TThemeNumber, readonly [evidence: string, nextStep: string]> = {
  1: [
    'De gezamenlijke visie is in de stuurgroep vastgesteld en met de scholen besproken.',
    'Visie vertalen naar doelen per school.',
  ],
  2: [
    'Er is een jaarplanning met vaste overlegmomenten; de rol van de schoolopleider is beschreven.',
    'Schoolleiders structureel in de stuurgroep.',
  ],
  3: [
    'Twee intervisiegroepen van schoolopleiders en instituutsopleiders draaien dit jaar.',
    'Praktijkonderzoek van studenten delen in een gezamenlijke bijeenkomst.',
  ],
  4: [
    'We verzamelen studenttevredenheid, maar bespreken de cijfers nog niet samen.',
    'Een datagesprek in de stuurgroep plannen.',
  ],
  5: [
    'Begeleiding van starters sluit aan op de opleiding via een gedeeld inductieprogramma.',
    'Mentoren tijd geven voor begeleiding.',
  ],
};

/** A small deterministic generator, so every demo database tells the same stories. */
function random(seed: string): () => number {
  let h = 2166136261;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return ((h ^= h >>> 16) >>> 0) / 4294967296;
  };
}

/**
 * When a partnership submitted a quarter: on a day in the quarter's last month, in office hours, after a
 * week or three of filling in. A generator of its own, so the answers' story stays as it is.
 */
function submissionMoments(partnership: string, code: string): { startedAt: Date; submittedAt: Date } {
  const rand = random(`${partnership}:${code}:submitted`);
  const opens = new Date(`${quarterDates(code).opensOn}T00:00:00Z`);
  const submittedAt = new Date(
    Date.UTC(
      opens.getUTCFullYear(),
      opens.getUTCMonth() + 2,
      4 + Math.floor(rand() * 22),
      8 + Math.floor(rand() * 9),
      Math.floor(rand() * 60),
    ),
  );
  const startedAt = new Date(submittedAt.getTime() - (7 + Math.floor(rand() * 14)) * 86_400_000);
  return { startedAt, submittedAt };
}

const clampScore = (value: number): 1 | 2 | 3 | 4 => Math.min(4, Math.max(1, Math.round(value))) as 1 | 2 | 3 | 4;

function themeLevel(story: TStory, theme: TThemeNumber, quarter: number): number {
  let value = story.start[theme] + story.perQuarter * quarter;
  if (story.declineFrom !== undefined && quarter >= story.declineFrom)
    value -= 0.55 * (quarter - story.declineFrom + 1);
  return value;
}

export type TDemoHistoryIds = {
  partnershipIds: ReadonlyMap<string, string>;
  /** The programme manager who fills in and submits for each partnership. */
  managerIds: ReadonlyMap<string, { id: string; name: string }>;
  /** Member organisations per partnership, by kind, for respondents' perspectives. */
  members: ReadonlyMap<string, { id: string; kind: string }[]>;
};

/** Periods, eight submitted quarters per partnership (less where a story says so) and the open current one. */
export async function seedDemoHistory(trx: TExecutor, ids: TDemoHistoryIds): Promise<void> {
  const periodIds = new Map<string, string>();
  for (const code of [...DEMO_HISTORY, DEMO_CURRENT_PERIOD]) {
    const dates = quarterDates(code);
    const { id } = await trx
      .insertInto('period')
      .values({ code, opens_on: dates.opensOn, due_on: dates.dueOn })
      .returning('id')
      .executeTakeFirstOrThrow();
    periodIds.set(code, id);
  }
  const instrument = await findInstrumentVersion(trx, 'current');
  if (!instrument) throw new Error('demo data: no published questionnaire');
  const shape = await instrumentShape(trx, instrument.id);

  for (const [name, story] of Object.entries(DEMO_STORIES)) {
    const partnershipId = ids.partnershipIds.get(name);
    const manager = ids.managerIds.get(name);
    if (!partnershipId || !manager) throw new Error(`demo data: no partnership or manager for ${name}`);
    const rand = random(name);
    const submittedQuarters = DEMO_HISTORY.flatMap((_, q) => (story.skipped?.includes(q) ? [] : [q]));

    for (const [quarter, code] of DEMO_HISTORY.entries()) {
      if (story.skipped?.includes(quarter)) continue;
      const periodId = periodIds.get(code) ?? '';
      const { id: assessmentId } = await assessments.insertAssessment(trx, partnershipId, periodId, instrument.id);
      const { startedAt, submittedAt } = submissionMoments(name, code);
      const respondents: TRespondent[] = [{ perspective: 'coordination', offset: 0 }, ...(story.respondents ?? [])];
      const responses = [];
      for (const [index, respondent] of respondents.entries()) {
        const organisation = ids.members.get(name)?.find((m) => m.kind === respondent.perspective);
        const { id: responseId } = await insertResponse(trx, {
          assessment_id: assessmentId,
          perspective: respondent.perspective,
          organisation_id: organisation?.id ?? null,
          respondent_person_id: index === 0 ? manager.id : null,
          respondent_name:
            index === 0
              ? manager.name
              : `Respondent ${respondent.perspective === 'institute' ? 'opleiding' : 'school'} ${index}`,
          link_token_hash: index === 0 ? null : newToken().hash,
        });
        const answers: Record<string, TIndicatorAnswer> = {};
        for (const theme of shape.themes) {
          for (const indicatorId of theme.indicatorIds) {
            // Now and then someone honestly does not know.
            answers[indicatorId] =
              rand() < 0.04
                ? DONT_KNOW
                : clampScore(themeLevel(story, theme.number, quarter) + respondent.offset + (rand() - 0.5) * 1.1);
          }
        }
        const notes =
          index === 0
            ? shape.themes.map(({ number }) => ({
                theme: number,
                evidence: NOTES[number][0],
                nextStep: NOTES[number][1],
                priority: number === 4,
              }))
            : [];
        await replaceResponseContent(trx, responseId, { answers, notes });
        responses.push({ perspective: respondent.perspective, answers });
      }
      await trx
        .insertInto('submission')
        .values({ assessment_id: assessmentId, idempotency_key: `demo-${code}`, submitted_by: manager.id })
        .execute();
      const summaries = assessments.summaryRows(
        { id: assessmentId, partnership_id: partnershipId, period_id: periodId, instrument_version_id: instrument.id },
        scoreThemes(shape, responses),
        responses.length,
      );
      await assessments.insertSummaries(trx, summaries);
      // Saved and submitted in its own quarter, not on the day the demo was loaded.
      await sql`
        UPDATE response SET created_at = ${startedAt}, updated_at = ${submittedAt}, version = version + 1
        WHERE assessment_id = ${assessmentId}
      `.execute(trx);
      await sql`UPDATE submission SET submitted_at = ${submittedAt} WHERE assessment_id = ${assessmentId}`.execute(trx);
      await sql`
        UPDATE assessment SET status = 'submitted', created_at = ${startedAt}, submitted_at = ${submittedAt}
        WHERE id = ${assessmentId}
      `.execute(trx);
      // Flags as Koers would have raised them at the last two submissions: what the last one still shows
      // is carried on from the one before and has its age; older flags would long since have been talked
      // through, and so would those of the quarter before that the last one no longer shows.
      const flagged = submittedQuarters.slice(-2);
      if (flagged.includes(quarter)) {
        const inputs = await flagRuleInputs(trx, partnershipId, periodId);
        await raiseFlagsForQuarter(trx, { id: partnershipId, name }, periodId, summaries, inputs);
        await backdateFlags(trx, partnershipId, periodId, submittedAt);
      }
      if (quarter === flagged[1] && flagged[0] !== undefined) {
        const earlier = periodIds.get(DEMO_HISTORY[flagged[0]] ?? '') ?? '';
        await trx
          .deleteFrom('flag')
          .where('partnership_id', '=', partnershipId)
          .where('period_id', '=', earlier)
          .execute();
        await trx
          .deleteFrom('notice')
          .where('partnership_id', '=', partnershipId)
          .where('subject_key', '=', `flags:${earlier}`)
          .execute();
      }
    }
  }
  await insertOverdueFlags(trx);
  // Koers's hourly sweep would have raised them early on the day after the due date.
  await sql`
    UPDATE flag f SET raised_at = pe.due_on + interval '1 day 6 hours'
    FROM period pe WHERE pe.id = f.period_id AND f.kind = 'overdue'
  `.execute(trx);
  await sql`
    UPDATE flag_reading r SET recorded_at = f.raised_at FROM flag f WHERE f.id = r.flag_id AND f.kind = 'overdue'
  `.execute(trx);
}

/**
 * A quarter's flags, readings and notice dated at its submission: a flag raised then takes that moment,
 * one carried on keeps the moment it was first raised.
 */
async function backdateFlags(trx: TExecutor, partnershipId: string, periodId: string, submittedAt: Date) {
  await sql`
    UPDATE flag_reading r SET recorded_at = ${submittedAt}
    FROM flag f WHERE f.id = r.flag_id AND f.partnership_id = ${partnershipId} AND r.period_id = ${periodId}
  `.execute(trx);
  await sql`
    UPDATE flag f SET raised_at = first.recorded_at
    FROM (SELECT flag_id, min(recorded_at) AS recorded_at FROM flag_reading GROUP BY flag_id) first
    WHERE first.flag_id = f.id AND f.partnership_id = ${partnershipId} AND f.period_id = ${periodId}
  `.execute(trx);
  await sql`
    UPDATE notice SET created_at = ${submittedAt}
    WHERE partnership_id = ${partnershipId} AND subject_key = ${`flags:${periodId}`}
  `.execute(trx);
}
