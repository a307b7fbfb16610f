import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TPerson, TPersonUpdate } from '@koers/shared/people';
import { apiSend } from '../../../lib/api-client.ts';
import { personChanged } from './person-changed.ts';

function updatePerson({ personId, changes }: { personId: string; changes: TPersonUpdate }) {
  return apiSend<TPerson>('PATCH', `/api/people/${encodeURIComponent(personId)}`, { body: changes });
}

/** Rename, disable (which ends their sessions) or enable again. */
export function useUpdatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePerson,
    onSuccess: (person) => personChanged(queryClient, person),
  });
}
