import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TContactRequest, TContactRequestCreate } from '@koers/shared/network';
import { apiSend } from '../../../lib/api-client.ts';
import { networkKeys } from './query-keys.ts';

type TAskForContact = { flagId: string; request: TContactRequestCreate };

export function useAskForContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ flagId, request }: TAskForContact) =>
      apiSend<TContactRequest>('POST', `/api/flags/${encodeURIComponent(flagId)}/contact-requests`, {
        body: request,
      }),
    onSuccess: (request) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: networkKeys.suggestions(request.flagId) }),
        queryClient.invalidateQueries({ queryKey: networkKeys.contactRequests(request.asking.partnershipId) }),
      ]),
  });
}
