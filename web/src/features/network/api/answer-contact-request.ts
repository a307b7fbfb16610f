import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TContactRequest, TContactRequestAnswer } from '@koers/shared/network';
import { apiSend } from '../../../lib/api-client.ts';
import { networkKeys } from './query-keys.ts';

type TAnswer = { partnershipId: string; contactRequestId: string; answer: TContactRequestAnswer };

export function useAnswerContactRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ partnershipId, contactRequestId, answer }: TAnswer) =>
      apiSend<TContactRequest>(
        'POST',
        `/api/partnerships/${encodeURIComponent(partnershipId)}/contact-requests/${encodeURIComponent(contactRequestId)}/answer`,
        { body: answer },
      ),
    onSuccess: (_answered, { partnershipId }) =>
      queryClient.invalidateQueries({ queryKey: networkKeys.contactRequests(partnershipId) }),
  });
}
