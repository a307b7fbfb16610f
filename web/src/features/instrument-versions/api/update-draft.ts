import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TInstrumentVersion, TInstrumentDraft } from '@koers/shared/instrument';
import { apiSend } from '../../../lib/api-client.ts';
import { versionQueryOptions } from './get-version.ts';
import { versionKeys } from './query-keys.ts';

function updateDraft({ version, draft }: { version: number; draft: TInstrumentDraft }) {
  return apiSend<TInstrumentVersion>('PUT', `/api/instrument/versions/${version}`, { body: draft });
}

/** Saves a draft; the API refuses (409) once the version is published. */
export function useUpdateDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateDraft,
    onSuccess: async (saved) => {
      queryClient.setQueryData(versionQueryOptions(saved.version).queryKey, saved);
      await queryClient.invalidateQueries({ queryKey: versionKeys.list() });
    },
  });
}
