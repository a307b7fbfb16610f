import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZPartnershipSharing } from '@koers/shared/follow-up';
import { apiSend } from '../../../lib/api-client.ts';
import { scopes } from '../../../lib/query-scopes.ts';

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
    // What board members may read of the partnership changes, on its own pages and on the board's.
    onSuccess: (_sharing, { partnershipId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: scopes.partnership(partnershipId) }),
        queryClient.invalidateQueries({ queryKey: scopes.boardOverview() }),
      ]),
  });
}
