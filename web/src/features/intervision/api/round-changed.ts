import type { QueryClient } from '@tanstack/react-query';
import type { TIntervisionRoundDetail } from '@koers/shared/intervision';
import { intervisionKeys } from './query-keys.ts';

/** A change answers with the round as the person now sees it; the list of rounds is read again. */
export function roundChanged(queryClient: QueryClient, round: TIntervisionRoundDetail) {
  queryClient.setQueryData(intervisionKeys.round(round.id), round);
  return queryClient.invalidateQueries({ queryKey: intervisionKeys.rounds() });
}
