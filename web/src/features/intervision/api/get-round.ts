import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TIntervisionRoundDetail } from '@koers/shared/intervision';
import { apiGet } from '../../../lib/api-client.ts';
import { intervisionKeys } from './query-keys.ts';

function getRound(roundId: string, signal: AbortSignal) {
  return apiGet<TIntervisionRoundDetail>(`/api/intervision/rounds/${encodeURIComponent(roundId)}`, { signal });
}

function roundQueryOptions(roundId: string) {
  return queryOptions({ queryKey: intervisionKeys.round(roundId), queryFn: ({ signal }) => getRound(roundId, signal) });
}

export function useIntervisionRound(roundId: string) {
  return useQuery(roundQueryOptions(roundId));
}
