import type { TAssessment, TResponse } from '@koers/shared/assessments';
import { can } from '@koers/shared/policy';
import type { TIndicatorAnswer } from '@koers/shared/scale';
import { roundScore } from '@koers/shared/score-format';
import { scoreThemes, type TInstrumentShape } from '@koers/shared/scoring';
import type { TExecutor } from '../../db/types.ts';
import { NotFoundError } from '../../errors.ts';
import type { TActor } from '../../plugins/auth.ts';
import { scopeOf } from '../auth/access-scope.ts';
import {
  findAssessment,
  listSubmissions,
  type TAssessmentRow,
  type TListedSubmission,
} from './assessments.repository.ts';
import {
  listResponseContent,
  listResponses,
  type TResponseContent,
  type TResponseRow,
} from './responses.repository.ts';

/**
 * The shape of a questionnaire version, as the caches beside the repository keep it; read on `executor`
 * (a transaction's own connection) when it is not kept yet.
 */
export type TShapeOf = (instrumentVersionId: string, executor?: TExecutor) => Promise<TInstrumentShape | undefined>;

export async function requireShape(
  shapeOf: TShapeOf,
  instrumentVersionId: string,
  executor?: TExecutor,
): Promise<TInstrumentShape> {
  const shape = await shapeOf(instrumentVersionId, executor);
  if (!shape) throw new NotFoundError('Questionnaire version');
  return shape;
}

/** The assessment as far as the actor may see it exists; others' assessments are not found. */
export async function loadAssessment(
  db: TExecutor,
  actor: TActor,
  assessmentId: string,
  lock: { forUpdate?: boolean } = {},
): Promise<TAssessmentRow> {
  const assessment = await findAssessment(db, scopeOf(actor), assessmentId, lock);
  if (!assessment) throw new NotFoundError('Assessment');
  return assessment;
}

/** Responses with their answers and notes; `mine` when the actor is the respondent. */
export async function readResponses(db: TExecutor, rows: TResponseRow[], actor: TActor | null): Promise<TResponse[]> {
  const ids = rows.map((r) => r.id);
  const content = await listResponseContent(db, ids);
  return toResponses(rows, content, actor);
}

/** Responses from their rows and content as read (a submission reads them with its other inputs). */
export function toResponses(
  rows: readonly TResponseRow[],
  { answers, notes }: TResponseContent,
  actor: TActor | null,
): TResponse[] {
  return rows.map((row) => ({
    id: row.id,
    perspective: row.perspective,
    organisationId: row.organisation_id,
    respondentName: row.respondent_name,
    mine: actor !== null && row.respondent_person_id === actor.personId,
    viaLink: row.link_token_hash !== null,
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
    answers: Object.fromEntries(
      answers
        .filter((a) => a.response_id === row.id)
        .map((a): [string, TIndicatorAnswer] => [
          a.indicator_id,
          a.dont_know ? 'dont_know' : (a.score as 1 | 2 | 3 | 4),
        ]),
    ),
    notes: notes
      .filter((n) => n.response_id === row.id)
      .map((n) => ({
        theme: n.theme_number as 1 | 2 | 3 | 4 | 5,
        evidence: n.evidence,
        nextStep: n.next_step,
        priority: n.priority,
      })),
  }));
}

/** What an assessment is viewed from, besides the assessment itself. */
type TViewParts = {
  responses: TResponse[];
  shape: TInstrumentShape;
  submissions: TListedSubmission[];
};

/**
 * A draft is the partnership's work in progress: only those who work on it (or follow it up) see its
 * scores. Board members see submitted quarters only.
 */
function seesOnlySubmitted(actor: TActor, assessment: TAssessmentRow): boolean {
  const seesDrafts = can(actor.access, 'partnership:read-narrative', { partnershipId: assessment.partnership_id });
  return assessment.status === 'draft' && !seesDrafts;
}

/** An assessment as the actor may see it: scores, responses and submission history. */
export async function viewAssessment(
  { db, shapeOf }: { db: TExecutor; shapeOf: TShapeOf },
  actor: TActor,
  assessment: TAssessmentRow,
): Promise<TAssessment> {
  const rows = seesOnlySubmitted(actor, assessment) ? [] : await listResponses(db, assessment.id);
  const [responses, shape, submissions] = await Promise.all([
    readResponses(db, rows, actor),
    requireShape(shapeOf, assessment.instrument_version_id, db),
    listSubmissions(db, assessment.id),
  ]);
  return assessmentView(actor, assessment, { responses, shape, submissions });
}

/**
 * The view from parts already read (a submission has them at hand when it commits). Individual responses
 * (narrative and personal) show only when the partnership shares its narratives with the actor.
 */
export function assessmentView(actor: TActor, assessment: TAssessmentRow, parts: TViewParts): TAssessment {
  const resource = { partnershipId: assessment.partnership_id, sharesNarratives: assessment.shares_with_board };
  const submittedOnly = seesOnlySubmitted(actor, assessment);
  const narrative = !submittedOnly && can(actor.access, 'partnership:read-narrative', resource);
  const results = submittedOnly
    ? []
    : scoreThemes(parts.shape, parts.responses).map((s) => ({
        theme: s.theme,
        score: roundScore(s.score),
        coverage: s.coverage,
        perspectives: Object.fromEntries(
          Object.entries(s.perspectives).map(([k, v]) => [k, roundScore(v as number | null)]),
        ),
        perspectiveSpread: roundScore(s.perspectiveSpread),
      }));
  return {
    id: assessment.id,
    partnershipId: assessment.partnership_id,
    partnershipName: assessment.partnership_name,
    periodId: assessment.period_id,
    periodCode: assessment.period_code,
    dueOn: assessment.due_on,
    instrumentVersion: assessment.instrument_version,
    status: assessment.status,
    submittedAt: assessment.submitted_at?.toISOString() ?? null,
    responses: narrative ? parts.responses : [],
    submissions: parts.submissions.map((s) => ({
      id: s.id,
      submittedAt: s.submitted_at.toISOString(),
      submittedBy: s.submitted_by,
      reopenedAt: s.reopened_at?.toISOString() ?? null,
      reopenedBy: s.reopened_by,
      reopenReason: s.reopen_reason,
    })),
    results,
  };
}
