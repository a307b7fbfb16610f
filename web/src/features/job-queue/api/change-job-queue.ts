import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TQueueOverview } from '@koers/shared/job-queue';
import { apiSend } from '../../../lib/api-client.ts';
import { jobQueueKeys } from './query-keys.ts';

export type TQueueChange = {
  what: 'failed-jobs' | 'undelivered-emails';
  id: string;
  action: 'retry' | 'discard';
};

function changeJobQueue({ what, id, action }: TQueueChange) {
  const path = `/api/job-queue/${what}/${encodeURIComponent(id)}`;
  return action === 'retry'
    ? apiSend<TQueueOverview>('POST', `${path}/retry`)
    : apiSend<TQueueOverview>('DELETE', path);
}

/** Retry or discard a failed job or an undelivered email; the answer is the list as it is then. */
export function useChangeJobQueue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeJobQueue,
    onSuccess: (overview) => queryClient.setQueryData(jobQueueKeys.overview(), overview),
  });
}
