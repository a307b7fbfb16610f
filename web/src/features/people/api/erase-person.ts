import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZPerson } from '@koers/shared/people';
import { apiSend } from '../../../lib/api-client.ts';
import { personChanged } from './person-changed.ts';

function erasePerson(personId: string) {
  return apiSend('POST', `/api/people/${encodeURIComponent(personId)}/erasure`, { schema: ZPerson });
}

/** Irreversible: personal data removed, contributions kept under a pseudonym. */
export function useErasePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: erasePerson,
    onSuccess: (person) => personChanged(queryClient, person),
  });
}
