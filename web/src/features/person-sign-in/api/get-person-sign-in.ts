import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TPersonSignIn } from '@koers/shared/sign-in-identities';
import { apiGet } from '../../../lib/api-client.ts';
import { personSignInKeys } from './query-keys.ts';

function personSignInQueryOptions(personId: string) {
  return queryOptions({
    queryKey: personSignInKeys.detail(personId),
    queryFn: ({ signal }) => apiGet<TPersonSignIn>(`/api/people/${encodeURIComponent(personId)}/sign-in`, { signal }),
  });
}

export function usePersonSignIn(personId: string) {
  return useQuery(personSignInQueryOptions(personId));
}
