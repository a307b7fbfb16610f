import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { TPartnershipSummary, TPartnershipListQuery } from '@koers/shared/partnerships';
import { apiGet, type TItemList } from '../../../lib/api-client.ts';
import { partnershipKeys } from './query-keys.ts';

async function getPartnerships(filters: TPartnershipListQuery, signal: AbortSignal) {
  const { items } = await apiGet<TItemList<TPartnershipSummary>>('/api/partnerships', { query: filters, signal });
  return items;
}

function partnershipsQueryOptions(filters: TPartnershipListQuery) {
  return queryOptions({
    queryKey: partnershipKeys.list(filters),
    queryFn: ({ signal }) => getPartnerships(filters, signal),
  });
}

export function usePartnerships(filters: TPartnershipListQuery) {
  // While a new filter loads, the previous results stay on screen instead of a spinner.
  return useQuery({ ...partnershipsQueryOptions(filters), placeholderData: keepPreviousData });
}
