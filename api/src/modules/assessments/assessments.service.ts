import type { Kysely } from 'kysely';
import type { TAssessment, TAssessmentSummary, TPerspective } from '@koers/shared/assessments';
import { scoreThemes } from '@koers/shared/scoring';
import type { TDatabase } from '../../db/schema.ts';
import { ConflictError, NotFoundError } from '../../errors.ts';
import type { TActor, TRequestContext } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { authorizePartnership } from '../auth/authorize.ts';
import { raiseFlagsForQuarter } from '../flags/flags.service.ts';
import { findInstrumentVersion } from '../instrument/instrument.repository.ts';
import { findPeriod } from '../periods/periods.repository.ts';
import {
  assessmentView,
  loadAssessment,
  requireShape,
  toResponses,
  viewAssessment,
  type TShapeOf,
} from './assessment-view.ts';
import * as repository from './assessments.repository.ts';
import { checkMemberOrganisation } from './response-rules.ts';
import { insertResponse } from './responses.repository.ts';

type TDeps = { db: Kysely<TDatabase>; shapeOf: TShapeOf };

/** The quarterly assessment of a partnership: opened, answered by its responses, submitted, reopened. */
export function createAssessmentService({ db, shapeOf }: TDeps) {
  const load = (actor: TActor, assessmentId: string) => loadAssessment(db, actor, assessmentId);
  const view = (actor: TActor, assessment: repository.TAssessmentRow) =>
    viewAssessment({ db, shapeOf }, actor, assessment);

  return {
    async get(actor: TActor, assessmentId: string): Promise<TAssessment> {
      return view(actor, await load(actor, assessmentId));
    },

    async listForPartnership(actor: TActor, partnershipId: string): Promise<TAssessmentSummary[]> {
      authorizePartnership(actor, 'partnership:read', { partnershipId });
      const rows = await repository.listAssessmentsOfPartnership(db, partnershipId);
      return rows.map((r) => ({
        id: r.id,
        periodId: r.period_id,
        periodCode: r.period_code,
        status: r.status,
        submittedAt: r.submitted_at?.toISOString() ?? null,
        responseCount: Number(r.response_count),
      }));
    },

    /** Opens the partnership's assessment for a period, with the manager's own response; idempotent. */
    async start({ actor, requestId }: TRequestContext, partnershipId: string, periodId: string) {
      authorizePartnership(actor, 'assessment:edit', { partnershipId });
      const { id, created } = await db.transaction().execute(async (trx) => {
        if (!(await findPeriod(trx, periodId))) throw new NotFoundError('Period');
        const existing = await repository.findAssessmentFor(trx, partnershipId, periodId);
        if (existing) return { id: existing.id, created: false };
        const instrument = await findInstrumentVersion(trx, 'current');
        if (!instrument) throw new ConflictError('No questionnaire has been published yet');
        const { id } = await repository.insertAssessment(trx, partnershipId, periodId, instrument.id);
        await insertResponse(trx, {
          assessment_id: id,
          perspective: 'coordination',
          organisation_id: null,
          respondent_person_id: actor.personId,
          respondent_name: actor.displayName,
          link_token_hash: null,
        });
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'assessment.started',
          partnershipId,
          subjectType: 'assessment',
          subjectId: id,
          requestId,
        });
        return { id, created: true };
      });
      return { assessment: await view(actor, await load(actor, id)), created };
    },

    /** Another programme manager of the partnership adds their own response to the assessment. */
    async addOwnResponse(
      { actor, requestId }: TRequestContext,
      assessmentId: string,
      input: { perspective: TPerspective; organisationId: string | null },
    ): Promise<TAssessment> {
      const assessment = await load(actor, assessmentId);
      authorizePartnership(actor, 'assessment:edit', { partnershipId: assessment.partnership_id });
      await db.transaction().execute(async (trx) => {
        if (input.organisationId !== null || input.perspective !== 'coordination') {
          await checkMemberOrganisation(trx, assessment.partnership_id, input.perspective, input.organisationId, {
            message: 'A response speaks for one of the partnership’s own member organisations',
          });
        }
        const { id } = await insertResponse(trx, {
          assessment_id: assessmentId,
          perspective: input.perspective,
          organisation_id: input.organisationId,
          respondent_person_id: actor.personId,
          respondent_name: actor.displayName,
          link_token_hash: null,
        });
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'response.added',
          partnershipId: assessment.partnership_id,
          subjectType: 'response',
          subjectId: id,
          requestId,
        });
      });
      return view(actor, assessment);
    },

    /**
     * Submits once per idempotency key: a double click or a retried request finds the submission its
     * first attempt made. Scores are computed and stored as summaries in the same transaction.
     */
    async submit({ actor, requestId }: TRequestContext, assessmentId: string, key: string) {
      const submitted = await db.transaction().execute(async (trx) => {
        // Read as the lock finds it: a double click's second request sees the first one's status.
        const assessment = await loadAssessment(trx, actor, assessmentId, { forUpdate: true });
        authorizePartnership(actor, 'assessment:edit', { partnershipId: assessment.partnership_id });
        const shape = await requireShape(shapeOf, assessment.instrument_version_id, trx);
        const read = await repository.readForSubmission(trx, assessment);
        const earlierSubmissions = read.submissions;
        const earlier = earlierSubmissions.find((s) => s.idempotency_key === key);
        if (earlier && earlier.reopened_at === null) return undefined;
        if (earlier) throw new ConflictError('This submission was reopened since; submit again with a new key');
        if (assessment.status === 'submitted') throw new ConflictError('This assessment has already been submitted');
        const responses = toResponses(read.responses, read.content, actor);
        const scores = scoreThemes(shape, responses);
        if (scores.every((s) => s.score === null))
          throw new ConflictError('Score at least one indicator before submitting');
        const summaries = repository.summaryRows(assessment, scores, responses.length);
        const made = await repository.recordSubmission(trx, assessmentId, key, actor.personId, {
          actorPersonId: actor.personId,
          action: 'assessment.submitted',
          partnershipId: assessment.partnership_id,
          subjectType: 'assessment',
          subjectId: assessmentId,
          requestId,
        });
        const partnership = { id: assessment.partnership_id, name: assessment.partnership_name };
        await raiseFlagsForQuarter(trx, partnership, assessment.period_id, summaries, read.flagRuleInputs);
        // Last: the summaries' triggers lock what other submissions share (the peer group, the kept sums)
        // until the commit, so nothing else waits in between.
        await repository.insertSummaries(trx, summaries);
        // Newest first, as listSubmissions reads them; the submitter's name as their session has it.
        const submissions = [repository.toListedSubmission(made, actor.displayName, key), ...earlierSubmissions];
        const now = { ...assessment, status: 'submitted' as const, submitted_at: made.submitted_at };
        return { assessment: now, parts: { responses, shape, submissions } };
      });
      // A retry finds the first attempt's submission; a new one answers from what it read and wrote.
      if (!submitted) return { assessment: await view(actor, await load(actor, assessmentId)), created: false };
      return { assessment: assessmentView(actor, submitted.assessment, submitted.parts), created: true };
    },

    async reopen({ actor, requestId }: TRequestContext, assessmentId: string, reason: string): Promise<TAssessment> {
      await db.transaction().execute(async (trx) => {
        // Read as the lock finds it: a reopening queues behind a submission of the same assessment.
        const locked = await loadAssessment(trx, actor, assessmentId, { forUpdate: true });
        authorizePartnership(actor, 'assessment:reopen', { partnershipId: locked.partnership_id });
        if (locked.status !== 'submitted') throw new ConflictError('Only a submitted assessment can be reopened');
        await repository.reopen(trx, assessmentId, actor.personId, reason);
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'assessment.reopened',
          partnershipId: locked.partnership_id,
          subjectType: 'assessment',
          subjectId: assessmentId,
          requestId,
          details: { reason },
        });
      });
      return view(actor, await load(actor, assessmentId));
    },
  };
}
