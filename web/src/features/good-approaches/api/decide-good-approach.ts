import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TGoodApproach, TGoodApproachDecision } from '@koers/shared/good-approaches';
import { apiSend } from '../../../lib/api-client.ts';
import { goodApproachKeys } from './query-keys.ts';

type TDecide = { id: string; decision: TGoodApproachDecision };

function decideGoodApproach({ id, decision }: TDecide) {
  return apiSend<TGoodApproach>('POST', `/api/good-approaches/${encodeURIComponent(id)}/decision`, {
    body: decision,
  });
}

export function useDecideGoodApproach() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideGoodApproach,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: goodApproachKeys.all() }),
  });
}
