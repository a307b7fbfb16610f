import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TRespondentView } from '@koers/shared/assessments';
import { apiGet } from '../../../lib/api-client.ts';
import { assessmentKeys } from './query-keys.ts';

export function getRespondentView(token: string, signal?: AbortSignal) {
  return apiGet<TRespondentView>(`/api/respond/${encodeURIComponent(token)}`, { signal });
}

function respondentViewQueryOptions(token: string) {
  return queryOptions({
    queryKey: assessmentKeys.respondentView(token),
    queryFn: ({ signal }) => getRespondentView(token, signal),
    // The page keeps its own copy of the answers while editing; a refetch must not bring in an older one.
    refetchOnWindowFocus: false,
  });
}

export function useRespondentView(token: string) {
  return useQuery(respondentViewQueryOptions(token));
}
