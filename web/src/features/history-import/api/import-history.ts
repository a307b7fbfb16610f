import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { THistoryImportResult, THistoryImport } from '@koers/shared/history-import';
import { apiSend } from '../../../lib/api-client.ts';
import { scopes } from '../../../lib/query-scopes.ts';

/** The page sends the text on screen: a chosen file is read into the text field first, where it can be fixed. */
type TImportHistoryInput = { partnershipId: string; csv: string; dryRun: THistoryImport['dryRun'] };

function importHistory({ partnershipId, csv, dryRun }: TImportHistoryInput) {
  return apiSend<THistoryImportResult>(
    'POST',
    `/api/partnerships/${encodeURIComponent(partnershipId)}/history-imports`,
    { body: { csv, dryRun } },
  );
}

/** Checks (dryRun) or imports a CSV of past quarters; a real import changes the history and dashboards. */
export function useImportHistory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importHistory,
    onSuccess: async (result, { partnershipId }) => {
      if (!result.imported) return;
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: scopes.partnership(partnershipId) }),
        queryClient.invalidateQueries({ queryKey: scopes.boardOverview() }),
        queryClient.invalidateQueries({ queryKey: scopes.reviewQueue() }),
      ]);
    },
  });
}
