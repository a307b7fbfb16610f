import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZPartnershipSharing } from '@koers/shared/follow-up';
import { apiSend } from '../../../lib/api-client.ts';

type TSetBoardSharing = { partnershipId: string; sharesWithBoard: boolean };

function setBoardSharing({ partnershipId, sharesWithBoard }: TSetBoardSharing) {
  return apiSend('PUT', `/api/partnerships/${encodeURIComponent(partnershipId)}/sharing`, {
    body: { sharesWithBoard },
    schema: ZPartnershipSharing,
  });
}

export function useSetBoardSharing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setBoardSharing,
    onSuccess: (_sharing, { partnershipId }) =>
      queryClient.invalidateQueries({ queryKey: ['partnerships', 'detail', partnershipId] }),
  });
}
