import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { ZPartnershipSummary, type TPartnershipListQuery } from '@koers/shared/partnerships';
import { z } from 'zod';
import { apiGet } from '../../../lib/api-client.ts';

const ZPartnershipList = z.object({ items: z.array(ZPartnershipSummary) });

async function getPartnerships(filters: TPartnershipListQuery, signal: AbortSignal) {
  const { items } = await apiGet('/api/partnerships', ZPartnershipList, { query: filters, signal });
  return items;
}

export function partnershipsQueryOptions(filters: TPartnershipListQuery) {
  return queryOptions({
    queryKey: ['partnerships', 'list', filters],
    queryFn: ({ signal }) => getPartnerships(filters, signal),
  });
}

export function usePartnerships(filters: TPartnershipListQuery) {
  // While a new filter loads, the previous results stay on screen instead of a spinner.
  return useQuery({ ...partnershipsQueryOptions(filters), placeholderData: keepPreviousData });
}
