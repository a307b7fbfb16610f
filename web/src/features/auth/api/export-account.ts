import { useMutation } from '@tanstack/react-query';
import type { TAccountExport } from '@koers/shared/people';
import { apiGet } from '../../../lib/api-client.ts';

const EXPORT_FILE_NAME = 'koers-mijn-gegevens.json';

/** Hands a JSON document to the browser as a file download. */
function saveAsFile(data: unknown, fileName: string) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next tick: some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

async function exportAccount() {
  // Fetched and checked like any other answer (a 401 is a session that ended), then saved.
  saveAsFile(await apiGet<TAccountExport>('/api/account/export'), EXPORT_FILE_NAME);
}

export function useExportAccount() {
  return useMutation({ mutationFn: exportAccount });
}
