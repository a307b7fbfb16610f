import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TGoodApproach, TGoodApproachWrite } from '@koers/shared/good-approaches';
import { apiSend } from '../../../lib/api-client.ts';
import { goodApproachKeys } from './query-keys.ts';

/** A new approach when there is no id yet, otherwise the author's edit. */
type TSave = { id: string | null; approach: TGoodApproachWrite };

function saveGoodApproach({ id, approach }: TSave) {
  return id === null
    ? apiSend<TGoodApproach>('POST', '/api/good-approaches', { body: approach })
    : apiSend<TGoodApproach>('PUT', `/api/good-approaches/${encodeURIComponent(id)}`, { body: approach });
}

export function useSaveGoodApproach() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveGoodApproach,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: goodApproachKeys.all() }),
  });
}
