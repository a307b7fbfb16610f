import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TInstrumentVersion } from '@koers/shared/instrument';
import { apiSend } from '../../../lib/api-client.ts';
import { scopes } from '../../../lib/query-scopes.ts';
import { versionQueryOptions } from './get-version.ts';

function publishVersion(version: number) {
  return apiSend<TInstrumentVersion>('POST', `/api/instrument/versions/${version}/publication`);
}

export function usePublishVersion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: publishVersion,
    onSuccess: async (published) => {
      queryClient.setQueryData(versionQueryOptions(published.version).queryKey, published);
      // The questionnaire in use changed, and the version before it is retired.
      await queryClient.invalidateQueries({ queryKey: scopes.instrument() });
    },
  });
}
