import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFlagDetail } from '@koers/shared/follow-up';
import { apiSend } from '../../../lib/api-client.ts';
import { followUpChanged } from './follow-up-changed.ts';
import { flagQueryOptions } from './get-flag.ts';

type TCloseFlag = { flagId: string; resolution: string };

function closeFlag({ flagId, resolution }: TCloseFlag) {
  return apiSend<TFlagDetail>('POST', `/api/flags/${encodeURIComponent(flagId)}/closure`, { body: { resolution } });
}

export function useCloseFlag() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: closeFlag,
    onSuccess: (detail) => {
      queryClient.setQueryData(flagQueryOptions(detail.flag.id).queryKey, detail);
      return followUpChanged(queryClient, detail.partnership.id);
    },
  });
}
