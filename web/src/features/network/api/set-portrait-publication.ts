import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TOwnPortrait } from '@koers/shared/network';
import { apiSend } from '../../../lib/api-client.ts';
import { networkKeys } from './query-keys.ts';

type TSetPublication = { partnershipId: string; published: boolean };

/** Publishing and taking off the network: every list of portraits and suggestions is read again. */
export function useSetPortraitPublication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ partnershipId, published }: TSetPublication) =>
      apiSend<TOwnPortrait>(
        published ? 'PUT' : 'DELETE',
        `/api/partnerships/${encodeURIComponent(partnershipId)}/portrait/publication`,
      ),
    onSuccess: (own, { partnershipId }) => {
      queryClient.setQueryData(networkKeys.ownPortrait(partnershipId), own);
      return queryClient.invalidateQueries({ queryKey: networkKeys.all() });
    },
  });
}
