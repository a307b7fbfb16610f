import type { QueryClient } from '@tanstack/react-query';
import type { TPerson } from '@koers/shared/people';
import { scopes } from '../../../lib/query-scopes.ts';
import { personQueryOptions } from './get-person.ts';
import { peopleKeys } from './query-keys.ts';

/**
 * After any change to a person: their detail is what the API answered, the list is refetched, and so
 * are the partnerships' lists of people (who may own an action), which a role or a name changes.
 */
export async function personChanged(queryClient: QueryClient, person: TPerson): Promise<void> {
  queryClient.setQueryData(personQueryOptions(person.id).queryKey, person);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: peopleKeys.list() }),
    queryClient.invalidateQueries({ queryKey: scopes.partnerships() }),
  ]);
}
