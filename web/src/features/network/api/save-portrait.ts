import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TOwnPortrait, TPortraitUpdate } from '@koers/shared/network';
import { apiSend } from '../../../lib/api-client.ts';
import { networkKeys } from './query-keys.ts';

type TSavePortrait = { partnershipId: string; portrait: TPortraitUpdate };

export function useSavePortrait() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ partnershipId, portrait }: TSavePortrait) =>
      apiSend<TOwnPortrait>('PUT', `/api/partnerships/${encodeURIComponent(partnershipId)}/portrait`, {
        body: portrait,
      }),
    onSuccess: (own, { partnershipId }) => {
      queryClient.setQueryData(networkKeys.ownPortrait(partnershipId), own);
      return queryClient.invalidateQueries({ queryKey: networkKeys.all() });
    },
  });
}
