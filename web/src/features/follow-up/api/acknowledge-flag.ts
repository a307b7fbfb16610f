import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZFlagDetail } from '@koers/shared/follow-up';
import { apiSend } from '../../../lib/api-client.ts';
import { followUpChanged } from './follow-up-changed.ts';

function acknowledgeFlag(flagId: string) {
  return apiSend('POST', `/api/flags/${encodeURIComponent(flagId)}/acknowledgement`, { schema: ZFlagDetail });
}

export function useAcknowledgeFlag() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acknowledgeFlag,
    onSuccess: (detail) => {
      queryClient.setQueryData(['follow-up', 'flag', detail.flag.id], detail);
      return followUpChanged(queryClient, detail.partnership.id);
    },
  });
}
