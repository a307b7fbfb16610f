import type { QueryClient } from '@tanstack/react-query';
import type { TAssessment } from '@koers/shared/assessments';
import { scopes } from '../../../lib/query-scopes.ts';
import { assessmentQueryOptions } from './get-assessment.ts';

/**
 * A submission or a reopening changes which scores count: the assessment is what the API answered, and
 * everything drawn from the partnership's scores (its dashboards, flags, assessment list), the board's
 * comparison and the critical friends' queue refresh instead of showing the old figures.
 */
export async function scoresChanged(queryClient: QueryClient, assessment: TAssessment): Promise<void> {
  queryClient.setQueryData(assessmentQueryOptions(assessment.id).queryKey, assessment);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: scopes.partnership(assessment.partnershipId) }),
    queryClient.invalidateQueries({ queryKey: scopes.boardOverview() }),
    queryClient.invalidateQueries({ queryKey: scopes.reviewQueue() }),
  ]);
}
