import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TIntervisionRound } from '@koers/shared/intervision';
import { apiGet } from '../../../lib/api-client.ts';
import { intervisionKeys } from './query-keys.ts';

function getRounds(signal: AbortSignal) {
  return apiGet<{ items: TIntervisionRound[] }>('/api/intervision/rounds', { signal });
}

function roundsQueryOptions() {
  return queryOptions({ queryKey: intervisionKeys.rounds(), queryFn: ({ signal }) => getRounds(signal) });
}

export function useIntervisionRounds() {
  return useQuery(roundsQueryOptions());
}
