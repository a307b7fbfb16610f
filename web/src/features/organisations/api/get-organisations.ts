import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TOrganisationDetail, TOrganisationKind } from '@koers/shared/organisations';
import { apiGet, type TItemList } from '../../../lib/api-client.ts';
import { organisationKeys } from './query-keys.ts';

async function getOrganisations(kind: TOrganisationKind | undefined, signal: AbortSignal) {
  const { items } = await apiGet<TItemList<TOrganisationDetail>>('/api/organisations', { query: { kind }, signal });
  return items;
}

function organisationsQueryOptions(kind?: TOrganisationKind) {
  return queryOptions({
    queryKey: organisationKeys.list(kind),
    queryFn: ({ signal }) => getOrganisations(kind, signal),
  });
}

export function useOrganisations(kind?: TOrganisationKind) {
  return useQuery(organisationsQueryOptions(kind));
}
