import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZInstrumentVersionSummary } from '@koers/shared/instrument';
import { apiGet, type TItemList } from '../../../lib/api-client.ts';
import { versionKeys } from './query-keys.ts';

function getVersions(signal: AbortSignal) {
  return apiGet<TItemList<z.infer<typeof ZInstrumentVersionSummary>>>('/api/instrument/versions', { signal });
}

function versionsQueryOptions() {
  return queryOptions({
    queryKey: versionKeys.list(),
    queryFn: ({ signal }) => getVersions(signal),
    select: (data) => data.items,
  });
}

/** Every version of the questionnaire, newest first; admins also see the draft. */
export function useVersions() {
  return useQuery(versionsQueryOptions());
}
