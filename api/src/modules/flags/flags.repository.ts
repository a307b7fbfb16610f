import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { DEFAULT_FLAG_THRESHOLDS, type TFlagThresholds, type TRaisedFlag, ZFlagThresholds } from '@koers/shared/flags';
import { PREPARED } from '../../db/statement-cache.ts';
import type { TExecutor } from '../../db/types.ts';
import { inScope, type TAccessScope } from '../auth/access-scope.ts';

const selectThresholds = (db: TExecutor) => db.selectFrom('flag_settings').select('thresholds').where('id', '=', 1);

// Stored settings written by an older release may lack newer thresholds: the defaults fill them in.
const withDefaults = (stored: unknown): TFlagThresholds =>
  stored ? ZFlagThresholds.parse({ ...DEFAULT_FLAG_THRESHOLDS, ...(stored as object) }) : DEFAULT_FLAG_THRESHOLDS;

export async function loadThresholds(db: TExecutor): Promise<TFlagThresholds> {
  return withDefaults((await selectThresholds(db).executeTakeFirst())?.thresholds);
}

export async function saveThresholds(db: TExecutor, thresholds: TFlagThresholds, personId: string) {
  await db
    .insertInto('flag_settings')
    .values({ id: 1, thresholds: JSON.stringify(thresholds), updated_by: personId })
    .onConflict((oc) =>
      oc
        .column('id')
        .doUpdateSet({ thresholds: JSON.stringify(thresholds), updated_by: personId, updated_at: sql<Date>`now()` }),
    )
    .execute();
}

/**
 * Raises a quarter's flags. A flag still open from the previous submitted quarter, of the same kind on the
 * same theme, is carried on instead: it takes this quarter's reading and keeps the moment it was first
 * raised, so the critical friend sees one conversation with its history, not one row per quarter. Each
 * flag holds a quarter once, so a retry or a second instance changes nothing. Returns how many flags are new.
 */
export async function raiseFlags(
  db: TExecutor,
  partnershipId: string,
  periodId: string,
  previousPeriodId: string | null,
  flags: readonly TRaisedFlag[],
): Promise<number> {
  if (flags.length === 0) return 0;
  // One statement for all of them: a submission waits on each round trip to PostgreSQL, and under load
  // each one costs more than the work it carries.
  const wanted = JSON.stringify(
    flags.map((f) => ({ kind: f.kind, theme: f.theme, severity: f.severity, facts: f.facts })),
  );
  const { rows } = await sql<{ raised: number }>`
    WITH wanted AS (
      SELECT * FROM jsonb_to_recordset(${wanted}::jsonb)
        AS w (kind flag_kind, theme smallint, severity flag_severity, facts jsonb)
    ), carried AS (
      UPDATE flag f SET period_id = ${periodId}, severity = w.severity, facts = w.facts
      FROM wanted w
      WHERE f.partnership_id = ${partnershipId} AND f.period_id = ${previousPeriodId} AND f.kind = w.kind
        AND f.theme_number IS NOT DISTINCT FROM w.theme AND f.status <> 'closed'
        -- The quarter may hold this flag already (its previous quarter was reopened and submitted again).
        AND NOT EXISTS (
          SELECT 1 FROM flag g
          WHERE g.partnership_id = ${partnershipId} AND g.period_id = ${periodId} AND g.kind = w.kind
            AND g.theme_number IS NOT DISTINCT FROM w.theme
        )
      RETURNING f.id, f.kind, f.theme_number
    ), inserted AS (
      INSERT INTO flag (partnership_id, period_id, theme_number, kind, severity, facts)
      SELECT ${partnershipId}, ${periodId}, w.theme, w.kind, w.severity, w.facts FROM wanted w
      WHERE NOT EXISTS (SELECT 1 FROM carried c WHERE c.kind = w.kind AND c.theme_number IS NOT DISTINCT FROM w.theme)
      ON CONFLICT DO NOTHING
      RETURNING id, kind, theme_number
    ), readings AS (
      INSERT INTO flag_reading (flag_id, period_id, severity, facts)
      SELECT x.id, ${periodId}, w.severity, w.facts
      FROM (SELECT * FROM carried UNION ALL SELECT * FROM inserted) x
      JOIN wanted w ON w.kind = x.kind AND w.theme IS NOT DISTINCT FROM x.theme_number
      ON CONFLICT DO NOTHING
    )
    SELECT count(*)::integer AS raised FROM inserted
  `.execute(db);
  return rows[0]?.raised ?? 0;
}

/**
 * What the flag rules read besides the quarter's own summaries, as selections of one statement: the
 * partnership's summaries of the quarters before it, oldest first, and the thresholds. A submission reads
 * them in the statement that reads its own inputs (it waits for every round trip); `toFlagRuleInputs`
 * turns the row into the rules' inputs.
 */
export function flagRuleInputSelections(db: TExecutor, partnershipId: string, periodId: string) {
  return [
    jsonArrayFrom(
      db
        .selectFrom('theme_summary as s')
        .innerJoin('period as p', 'p.id', 's.period_id')
        .select(['s.period_id', 's.theme_number', 's.score', 's.dont_know_share', 's.respondent_spread'])
        .where('s.partnership_id', '=', partnershipId)
        .where('p.opens_on', '<', (eb) => eb.selectFrom('period').select('opens_on').where('id', '=', periodId))
        .orderBy('p.opens_on'),
    ).as('earlier'),
    selectThresholds(db).as('thresholds'),
  ] as const;
}

export function toFlagRuleInputs<TEarlier>(row: { earlier: TEarlier; thresholds: unknown }) {
  return { earlier: row.earlier, thresholds: withDefaults(row.thresholds) };
}

/** The flag rules' inputs on their own (demo history, which reads nothing else). */
export async function flagRuleInputs(db: TExecutor, partnershipId: string, periodId: string) {
  const row = await db
    .selectNoFrom(() => flagRuleInputSelections(db, partnershipId, periodId))
    .modifyEnd(PREPARED)
    .executeTakeFirstOrThrow();
  return toFlagRuleInputs(row);
}

export type TFlagRuleInputs = Awaited<ReturnType<typeof flagRuleInputs>>;

/**
 * Quarters whose due date has passed without a submitted assessment. A partnership is held to a quarter
 * when it was created before the due date or has submitted an earlier quarter (history imported later).
 */
export async function insertOverdueFlags(db: TExecutor) {
  // Each partnership's first submitted quarter is found once, not once per partnership and quarter: the
  // sweep stays a few hash joins at 10,000 partnerships x 40 quarters.
  const result = await sql`
    WITH first_submitted AS (
      SELECT a.partnership_id, min(ep.opens_on) AS opens_on
      FROM assessment a JOIN period ep ON ep.id = a.period_id
      WHERE a.status = 'submitted'
      GROUP BY a.partnership_id
    ), raised AS (
      INSERT INTO flag (partnership_id, period_id, theme_number, kind, severity, facts)
      SELECT p.id, pe.id, NULL, 'overdue', 'high', jsonb_build_object('dueOn', pe.due_on::text)
      FROM partnership p
      LEFT JOIN first_submitted fs ON fs.partnership_id = p.id
      JOIN period pe ON pe.due_on < current_date AND (p.created_at::date <= pe.due_on OR fs.opens_on < pe.opens_on)
      WHERE NOT EXISTS (SELECT 1 FROM assessment a WHERE a.partnership_id = p.id AND a.period_id = pe.id AND a.status = 'submitted')
      ON CONFLICT DO NOTHING
      RETURNING id, period_id, severity, facts
    )
    INSERT INTO flag_reading (flag_id, period_id, severity, facts)
    SELECT id, period_id, severity, facts FROM raised
  `.execute(db);
  return Number(result.numAffectedRows ?? 0n);
}

export type TFlagReadingRow = Awaited<ReturnType<typeof flagReadings>>[number];

/** Each quarter's reading of a flag, oldest first. */
export async function flagReadings(db: TExecutor, flagId: string) {
  return db
    .selectFrom('flag_reading as r')
    .innerJoin('period as pe', 'pe.id', 'r.period_id')
    .select(['pe.code as period_code', 'r.severity', 'r.facts', 'r.recorded_at'])
    .where('r.flag_id', '=', flagId)
    .orderBy('pe.opens_on')
    .execute();
}

/** Flags with their partnership and latest quarter: the one shape every flag listing starts from. */
export function selectFlags(db: TExecutor) {
  return db
    .selectFrom('flag as f')
    .innerJoin('partnership as p', 'p.id', 'f.partnership_id')
    .innerJoin('period as pe', 'pe.id', 'f.period_id')
    .select([
      'f.id',
      'f.partnership_id',
      'p.name as partnership_name',
      'pe.code as period_code',
      'f.theme_number',
      'f.kind',
      'f.severity',
      'f.facts',
      'f.raised_at',
      'f.status',
      'f.resolution',
    ]);
}

export type TFlagRow = Awaited<ReturnType<ReturnType<typeof selectFlags>['executeTakeFirstOrThrow']>>;

export async function findFlag(db: TExecutor, scope: TAccessScope, flagId: string) {
  return selectFlags(db).where('f.id', '=', flagId).where(inScope('f.partnership_id', scope)).executeTakeFirst();
}

/** A partnership's flags within the scope, high severity first: a query, so a larger statement can hold it. */
export function selectPartnershipFlags(
  db: TExecutor,
  scope: TAccessScope,
  partnershipId: string,
  status: 'open' | 'all',
) {
  const q = selectFlags(db)
    .where('f.partnership_id', '=', partnershipId)
    .where(inScope('f.partnership_id', scope))
    .orderBy(sql`f.severity = 'high'`, 'desc')
    .orderBy('f.raised_at')
    .orderBy('f.theme_number');
  return status === 'open' ? q.where('f.status', '<>', 'closed') : q;
}

export async function listFlags(db: TExecutor, scope: TAccessScope, partnershipId: string, status: 'open' | 'all') {
  return selectPartnershipFlags(db, scope, partnershipId, status).modifyEnd(PREPARED).execute();
}

export async function flagEvents(db: TExecutor, flagId: string) {
  return db
    .selectFrom('flag_event as e')
    .leftJoin('person as p', 'p.id', 'e.actor_person_id')
    .select(['e.event', 'e.occurred_at', 'p.display_name as actor', 'e.note'])
    .where('e.flag_id', '=', flagId)
    .orderBy('e.id')
    .execute();
}

export type TFlagEventRow = Awaited<ReturnType<typeof flagEvents>>[number];

export async function addFlagEvent(
  db: TExecutor,
  flagId: string,
  personId: string,
  event: 'acknowledged' | 'action_linked' | 'closed',
  note: string | null,
) {
  await db.insertInto('flag_event').values({ flag_id: flagId, actor_person_id: personId, event, note }).execute();
}

/** Moves a flag on; false when it had already moved (acknowledged, or closed). */
export async function setFlagStatus(
  db: TExecutor,
  flagId: string,
  status: 'acknowledged' | 'closed',
  personId: string,
  resolution: string | null,
): Promise<boolean> {
  // Only from the state the step starts from: of two requests at once (a double click), one changes it.
  const result = await db
    .updateTable('flag')
    .set(
      status === 'acknowledged'
        ? { status, acknowledged_at: sql<Date>`now()`, acknowledged_by: personId }
        : { status, closed_at: sql<Date>`now()`, closed_by: personId, resolution },
    )
    .where('id', '=', flagId)
    .where('status', status === 'acknowledged' ? '=' : '<>', status === 'acknowledged' ? 'open' : 'closed')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
