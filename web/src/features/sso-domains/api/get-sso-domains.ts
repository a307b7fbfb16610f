import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TSsoRequiredDomain } from '@koers/shared/sign-in-identities';
import { apiGet, type TItemList } from '../../../lib/api-client.ts';
import { ssoDomainKeys } from './query-keys.ts';

function ssoDomainsQueryOptions() {
  return queryOptions({
    queryKey: ssoDomainKeys.list(),
    queryFn: async ({ signal }) => (await apiGet<TItemList<TSsoRequiredDomain>>('/api/sso-domains', { signal })).items,
  });
}

export function useSsoDomains() {
  return useQuery(ssoDomainsQueryOptions());
}
