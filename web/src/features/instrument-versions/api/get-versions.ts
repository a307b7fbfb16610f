import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { ZInstrumentVersionSummary } from '@koers/shared/instrument';
import { apiGet } from '../../../lib/api-client.ts';

const ZVersionList = z.object({ items: z.array(ZInstrumentVersionSummary) });

function getVersions(signal: AbortSignal) {
  return apiGet('/api/instrument/versions', ZVersionList, { signal });
}

export function versionsQueryOptions() {
  return queryOptions({
    queryKey: ['instrument', 'versions', 'list'],
    queryFn: ({ signal }) => getVersions(signal),
    select: (data) => data.items,
  });
}

/** Every version of the questionnaire, newest first; admins also see the draft. */
export function useVersions() {
  return useQuery(versionsQueryOptions());
}
