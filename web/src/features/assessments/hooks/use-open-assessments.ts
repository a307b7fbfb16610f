import { useQueries } from '@tanstack/react-query';
import type { TAssessmentSummary } from '@koers/shared/assessments';
import type { TPeriod } from '@koers/shared/periods';
import { partnershipAssessmentsQueryOptions } from '../api/get-partnership-assessments.ts';

/** The current quarter's work for one partnership: its draft assessment, or none started yet. */
export type TOpenAssessment = {
  partnershipId: string;
  period: TPeriod;
  /** Undefined while the quarter's assessment has not been started. */
  assessment: TAssessmentSummary | undefined;
};

/**
 * For each partnership the person manages, the current quarter's assessment while it is still open
 * (not started, or a draft); a submitted one is done and left out. Undefined while anything loads.
 * `period` is the current quarter: undefined while it loads, null when none has opened yet.
 */
export function useOpenAssessments(
  partnershipIds: readonly string[],
  period: TPeriod | null | undefined,
): TOpenAssessment[] | undefined {
  const lists = useQueries({
    queries: partnershipIds.map((partnershipId) => ({
      ...partnershipAssessmentsQueryOptions(partnershipId),
      enabled: Boolean(period),
    })),
  });
  if (period === undefined) return undefined;
  if (period === null) return [];
  const open: TOpenAssessment[] = [];
  for (const [index, partnershipId] of partnershipIds.entries()) {
    const list = lists[index];
    // A list that failed to load leaves out that partnership's notice only; the page around it still works.
    if (list?.isPending) return undefined;
    if (!list?.data) continue;
    const assessment = list.data.find((a) => a.periodId === period.id);
    if (assessment?.status !== 'submitted') open.push({ partnershipId, period, assessment });
  }
  return open;
}
