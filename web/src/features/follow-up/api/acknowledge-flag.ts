import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFlagDetail } from '@koers/shared/follow-up';
import { apiSend } from '../../../lib/api-client.ts';
import { followUpChanged } from './follow-up-changed.ts';
import { flagQueryOptions } from './get-flag.ts';

function acknowledgeFlag(flagId: string) {
  return apiSend<TFlagDetail>('POST', `/api/flags/${encodeURIComponent(flagId)}/acknowledgement`);
}

export function useAcknowledgeFlag() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acknowledgeFlag,
    onSuccess: (detail) => {
      queryClient.setQueryData(flagQueryOptions(detail.flag.id).queryKey, detail);
      return followUpChanged(queryClient, detail.partnership.id);
    },
  });
}
