import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TInstrumentVersion, TInstrumentDraft } from '@koers/shared/instrument';
import { apiSend } from '../../../lib/api-client.ts';
import { versionQueryOptions } from './get-version.ts';
import { versionKeys } from './query-keys.ts';

function createDraft(draft: TInstrumentDraft) {
  return apiSend<TInstrumentVersion>('POST', '/api/instrument/versions', { body: draft });
}

export function useCreateDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDraft,
    onSuccess: async (created) => {
      queryClient.setQueryData(versionQueryOptions(created.version).queryKey, created);
      await queryClient.invalidateQueries({ queryKey: versionKeys.list() });
    },
  });
}
