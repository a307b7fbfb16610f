import { useQuery } from '@tanstack/react-query';
import type { TInstrumentVersion } from '@koers/shared/instrument';
import { apiGet } from '../../../lib/api-client.ts';
import { scopes } from '../../../lib/query-scopes.ts';

/** The questionnaire in use, whose indicators an approach may be tagged with (the same cache entry as elsewhere). */
export function useCurrentInstrument() {
  return useQuery({
    queryKey: [...scopes.instrument(), 'current'],
    queryFn: ({ signal }) => apiGet<TInstrumentVersion>('/api/instrument/current', { signal }),
  });
}
