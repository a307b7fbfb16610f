import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TOidcProviders } from '@koers/shared/sign-in-identities';
import { apiGet } from '../../../lib/api-client.ts';
import { authKeys } from './query-keys.ts';

function oidcProvidersQueryOptions() {
  return queryOptions({
    queryKey: authKeys.oidcProviders(),
    queryFn: ({ signal }) => apiGet<TOidcProviders>('/api/auth/oidc', { signal }),
    // Set by the installation's configuration: it changes only with a restart.
    staleTime: Infinity,
  });
}

/** The institutions' providers the login page offers, as "Inloggen met <label>". */
export function useOidcProviders() {
  return useQuery(oidcProvidersQueryOptions());
}
