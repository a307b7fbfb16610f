import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TSetupImport, TSetupImportResult } from '@koers/shared/setup-import';
import { apiSend } from '../../../lib/api-client.ts';
import { scopes } from '../../../lib/query-scopes.ts';

function importSetup(input: Required<TSetupImport>) {
  return apiSend<TSetupImportResult>('POST', '/api/setup-imports', { body: input });
}

/** Checks (dryRun) or imports a set-up spreadsheet; a real import adds organisations, partnerships and people. */
export function useImportSetup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importSetup,
    onSuccess: async (result) => {
      if (!result.imported) return;
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: scopes.partnerships() }),
        queryClient.invalidateQueries({ queryKey: scopes.organisations() }),
        queryClient.invalidateQueries({ queryKey: scopes.people() }),
      ]);
    },
  });
}
