import type { Kysely } from 'kysely';
import type { TReview, TReviewWrite } from '@koers/shared/follow-up';
import { can } from '@koers/shared/policy';
import type { TDatabase } from '../../db/schema.ts';
import { ConflictError, NotFoundError } from '../../errors.ts';
import type { TActor, TRequestContext } from '../../plugins/auth.ts';
import { findAssessment } from '../assessments/assessments.repository.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { scopeOf } from '../auth/access-scope.ts';
import { authorizePartnership } from '../auth/authorize.ts';
import { insertNotices, peopleOfPartnership } from '../notices/notices.repository.ts';
import { toReview } from './reviews.mapper.ts';
import * as repository from './reviews.repository.ts';

/** The critical friend's review of a submitted assessment, and the programme manager's response. */
export function createReviewService(db: Kysely<TDatabase>) {
  async function loadAssessment(actor: TActor, assessmentId: string) {
    const assessment = await findAssessment(db, scopeOf(actor), assessmentId);
    if (!assessment) throw new NotFoundError('Assessment');
    return assessment;
  }

  async function reviewOf(actor: TActor, assessmentId: string): Promise<TReview | null> {
    const assessment = await loadAssessment(actor, assessmentId);
    const row = await repository.findReview(db, assessmentId);
    if (!row) return null;
    const full = can(actor.access, 'partnership:read-narrative', {
      partnershipId: assessment.partnership_id,
      sharesNarratives: assessment.shares_with_board,
    });
    return toReview(row, assessment, full);
  }

  async function writtenReview(actor: TActor, assessmentId: string): Promise<TReview> {
    const review = await reviewOf(actor, assessmentId);
    if (!review) throw new NotFoundError('Review');
    return review;
  }

  return {
    review: reviewOf,

    /** The programme managers are told of a new or revised review. */
    async write({ actor, requestId }: TRequestContext, assessmentId: string, input: TReviewWrite): Promise<TReview> {
      const assessment = await loadAssessment(actor, assessmentId);
      authorizePartnership(actor, 'review:write', { partnershipId: assessment.partnership_id });
      if (assessment.status !== 'submitted') throw new ConflictError('Review an assessment once it is submitted');
      await db.transaction().execute(async (trx) => {
        await repository.saveReview(trx, assessmentId, actor.personId, input);
        const managers = await peopleOfPartnership(trx, assessment.partnership_id, ['programme_manager']);
        await insertNotices(trx, managers, {
          kind: 'review_new',
          partnershipId: assessment.partnership_id,
          subjectKey: `review:${assessmentId}`,
          title: {
            nl: `Nieuwe review van ${assessment.partnership_name} (${assessment.period_code})`,
            en: `New review of ${assessment.partnership_name} (${assessment.period_code})`,
          },
          link: `/assessments/${assessmentId}`,
        });
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'review.written',
          partnershipId: assessment.partnership_id,
          subjectType: 'assessment',
          subjectId: assessmentId,
          requestId,
        });
      });
      return writtenReview(actor, assessmentId);
    },

    async respond({ actor, requestId }: TRequestContext, assessmentId: string, text: string): Promise<TReview> {
      const assessment = await loadAssessment(actor, assessmentId);
      authorizePartnership(actor, 'assessment:edit', { partnershipId: assessment.partnership_id });
      if (!(await repository.saveReviewResponse(db, assessmentId, actor.personId, text)))
        throw new NotFoundError('Review');
      await recordAudit(db, {
        actorPersonId: actor.personId,
        action: 'review.responded',
        partnershipId: assessment.partnership_id,
        subjectType: 'assessment',
        subjectId: assessmentId,
        requestId,
      });
      return writtenReview(actor, assessmentId);
    },
  };
}
