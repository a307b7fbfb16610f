import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TPerson } from '@koers/shared/people';
import { apiSend } from '../../../lib/api-client.ts';
import { personChanged } from './person-changed.ts';

function erasePerson(personId: string) {
  return apiSend<TPerson>('POST', `/api/people/${encodeURIComponent(personId)}/erasure`);
}

/** Irreversible: personal data removed, contributions kept under a pseudonym. */
export function useErasePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: erasePerson,
    onSuccess: (person) => personChanged(queryClient, person),
  });
}
