import type { QueryClient } from '@tanstack/react-query';
import type { TPerson } from '@koers/shared/people';
import { personQueryOptions } from './get-person.ts';

/** After any change to a person: their detail is what the API answered, the list is refetched. */
export async function personChanged(queryClient: QueryClient, person: TPerson): Promise<void> {
  queryClient.setQueryData(personQueryOptions(person.id).queryKey, person);
  await queryClient.invalidateQueries({ queryKey: ['people', 'list'] });
}
