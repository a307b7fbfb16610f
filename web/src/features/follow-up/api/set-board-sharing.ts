import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZPartnershipSharing } from '@koers/shared/follow-up';
import { apiSend } from '../../../lib/api-client.ts';

type TSetBoardSharing = { partnershipId: string; sharesWithBoard: boolean };

function setBoardSharing({ partnershipId, sharesWithBoard }: TSetBoardSharing) {
  return apiSend<z.infer<typeof ZPartnershipSharing>>(
    'PUT',
    `/api/partnerships/${encodeURIComponent(partnershipId)}/sharing`,
    { body: { sharesWithBoard } },
  );
}

export function useSetBoardSharing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setBoardSharing,
    onSuccess: (_sharing, { partnershipId }) =>
      queryClient.invalidateQueries({ queryKey: ['partnerships', 'detail', partnershipId] }),
  });
}
