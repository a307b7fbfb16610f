import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZOrganisationDetail, type TOrganisationKind } from '@koers/shared/organisations';
import { z } from 'zod';
import { apiGet } from '../../../lib/api-client.ts';

const ZOrganisationList = z.object({ items: z.array(ZOrganisationDetail) });

async function getOrganisations(kind: TOrganisationKind | undefined, signal: AbortSignal) {
  const { items } = await apiGet('/api/organisations', ZOrganisationList, { query: { kind }, signal });
  return items;
}

export function organisationsQueryOptions(kind?: TOrganisationKind) {
  return queryOptions({
    queryKey: ['organisations', 'list', { kind }],
    queryFn: ({ signal }) => getOrganisations(kind, signal),
  });
}

export function useOrganisations(kind?: TOrganisationKind) {
  return useQuery(organisationsQueryOptions(kind));
}
