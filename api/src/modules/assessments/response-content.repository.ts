import { CompiledQuery } from 'kysely';
import type { Pool } from 'pg';
import type { TResponseContent } from '@koers/shared/assessments';
import { PREPARED_MARK } from '../../db/statement-cache.ts';
import type { TExecutor } from '../../db/types.ts';
import {
  AUDIT_RECORD_COLUMNS,
  insertAuditRecords,
  toAuditRecord,
  type TAuditEntry,
} from '../audit/audit.repository.ts';

/** A response's answers and notes as the rows the content statements read (JSON). */
function contentRows(content: TResponseContent) {
  return {
    answers: Object.entries(content.answers).map(([indicatorId, answer]) => ({
      indicator_id: indicatorId,
      score: answer === 'dont_know' ? null : answer,
      dont_know: answer === 'dont_know',
    })),
    notes: content.notes.map((n) => ({
      theme_number: n.theme,
      evidence: n.evidence,
      next_step: n.nextStep,
      priority: n.priority,
    })),
  };
}

/**
 * Common table expressions that make the stored answers and notes of each response in `target(id)` equal
 * to its content in `input(response_id, answers, notes)`. The responses' stored rows are read once, by
 * key, and compared with the new ones: only what moved is written (and checked against the
 * submitted-is-frozen trigger), and no plan ever scans a whole table, however many answers there are.
 */
const REPLACE_CONTENT = `
  new_answer AS (
    SELECT t.id AS response_id, x.* FROM target t JOIN input i ON i.response_id = t.id,
      jsonb_to_recordset(i.answers) AS x(indicator_id uuid, score smallint, dont_know boolean)
  ), new_note AS (
    SELECT t.id AS response_id, x.* FROM target t JOIN input i ON i.response_id = t.id,
      jsonb_to_recordset(i.notes) AS x(theme_number smallint, evidence text, next_step text, priority boolean)
  ), current_answer AS MATERIALIZED (
    SELECT a.response_id, a.indicator_id, a.score, a.dont_know FROM answer a JOIN target t ON a.response_id = t.id
  ), current_note AS MATERIALIZED (
    SELECT tn.response_id, tn.theme_number, tn.evidence, tn.next_step, tn.priority
    FROM theme_note tn JOIN target t ON tn.response_id = t.id
  ), gone_answer AS (
    DELETE FROM answer a
    USING (SELECT response_id, indicator_id FROM current_answer
           EXCEPT SELECT response_id, indicator_id FROM new_answer) g
    WHERE a.response_id = g.response_id AND a.indicator_id = g.indicator_id
  ), gone_note AS (
    DELETE FROM theme_note tn
    USING (SELECT response_id, theme_number FROM current_note
           EXCEPT SELECT response_id, theme_number FROM new_note) g
    WHERE tn.response_id = g.response_id AND tn.theme_number = g.theme_number
  ), saved_answer AS (
    INSERT INTO answer (response_id, indicator_id, score, dont_know)
    SELECT n.response_id, n.indicator_id, n.score, n.dont_know FROM new_answer n
    WHERE NOT EXISTS (
      SELECT 1 FROM current_answer c WHERE c.response_id = n.response_id AND c.indicator_id = n.indicator_id
        AND c.score IS NOT DISTINCT FROM n.score AND c.dont_know = n.dont_know)
    ON CONFLICT (response_id, indicator_id) DO UPDATE SET score = excluded.score, dont_know = excluded.dont_know
  ), saved_note AS (
    INSERT INTO theme_note (response_id, theme_number, evidence, next_step, priority)
    SELECT n.response_id, n.theme_number, n.evidence, n.next_step, n.priority FROM new_note n
    WHERE NOT EXISTS (
      SELECT 1 FROM current_note c WHERE c.response_id = n.response_id AND c.theme_number = n.theme_number
        AND c.evidence = n.evidence AND c.next_step = n.next_step AND c.priority = n.priority)
    ON CONFLICT (response_id, theme_number)
      DO UPDATE SET evidence = excluded.evidence, next_step = excluded.next_step, priority = excluded.priority
  )`;

const REPLACE_ONE = `
  WITH input AS (SELECT $1::uuid AS response_id, $2::jsonb AS answers, $3::jsonb AS notes),
  target AS (SELECT response_id AS id FROM input), ${REPLACE_CONTENT}
  SELECT 1`;

/** A whole response (an import, the demo history): make what is stored equal to it, in one statement. */
export async function replaceResponseContent(db: TExecutor, responseId: string, content: TResponseContent) {
  const { answers, notes } = contentRows(content);
  await db.executeQuery(CompiledQuery.raw(REPLACE_ONE, [responseId, JSON.stringify(answers), JSON.stringify(notes)]));
}

/** A save of one draft response: the whole content, based on the version the edit started from. */
export type TDraftSave = { responseId: string; basedOn: number; content: TResponseContent; audit: TAuditEntry };

/**
 * Draft saves of different responses in one statement, so in one round trip and one implicit transaction:
 * each response's version moves on only from the version its edit was based on and while its assessment is
 * not submitted; only then are its content and its audit row (the audit module's record and INSERT)
 * written. Responses that come back were saved; the others changed nothing.
 *
 * Rows are locked in one order, whatever order the saves came in, so two of these never deadlock.
 */
const SAVE_DRAFTS = `
  WITH input AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(
      response_id uuid, based_on integer, answers jsonb, notes jsonb, ${AUDIT_RECORD_COLUMNS})
  ), locked AS (
    SELECT r.id FROM response r JOIN input i ON i.response_id = r.id ORDER BY r.id FOR UPDATE OF r
  ), target AS (
    UPDATE response r SET version = r.version + 1, updated_at = now()
    FROM input i
    WHERE r.id = i.response_id AND r.version = i.based_on AND r.id IN (SELECT id FROM locked)
      AND NOT EXISTS (SELECT 1 FROM assessment a WHERE a.id = r.assessment_id AND a.status = 'submitted')
    RETURNING r.id, r.version, r.updated_at
  ), ${REPLACE_CONTENT}, audited AS (
    ${insertAuditRecords('target t JOIN input i ON i.response_id = t.id', 'i')}
  )
  SELECT t.id, t.version, t.updated_at FROM target t ${PREPARED_MARK}`;

/** Saves drafts of different responses at once; returns what each saved response is now at. */
export async function saveDrafts(pool: Pool, saves: readonly TDraftSave[]) {
  const input = saves.map(({ responseId, basedOn, content, audit }) => {
    const record = toAuditRecord({ ...audit, subjectId: responseId });
    return { response_id: responseId, based_on: basedOn, ...contentRows(content), ...record };
  });
  const { rows } = await pool.query<{ id: string; version: number; updated_at: Date }>(SAVE_DRAFTS, [
    JSON.stringify(input),
  ]);
  return new Map(rows.map((row) => [row.id, { version: row.version, updatedAt: row.updated_at }]));
}
