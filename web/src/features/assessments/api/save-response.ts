import type { QueryClient } from '@tanstack/react-query';
import type { TResponseContent } from '@koers/shared/assessments';
import { apiSend } from '../../../lib/api-client.ts';
import { assessmentQueryOptions } from './get-assessment.ts';

/** The API's answer to a save: the response's new version, and when it was saved (ISO 8601). */
export type TSaved = { version: number; updatedAt: string };

/** Saves a whole response, stating the version the edit was based on: a stale version answers 412. */
function putResponse(path: string, content: TResponseContent, basedOn: number): Promise<TSaved> {
  return apiSend<TSaved>('PUT', path, { body: content, headers: { 'if-match': `"${basedOn}"` } });
}

export function saveOwnResponse(
  { assessmentId, responseId }: { assessmentId: string; responseId: string },
  content: TResponseContent,
  basedOn: number,
) {
  const path = `/api/assessments/${encodeURIComponent(assessmentId)}/responses/${encodeURIComponent(responseId)}`;
  return putResponse(path, content, basedOn);
}

export function saveResponseViaLink(token: string, content: TResponseContent, basedOn: number) {
  return putResponse(`/api/respond/${encodeURIComponent(token)}`, content, basedOn);
}

/**
 * Writes what a save stored into the cached assessment, so everything that reads it (the respondents
 * table, the open-assessment notices) tells the same as the editor instead of what was loaded at first.
 */
export function rememberSavedResponse(
  queryClient: QueryClient,
  { assessmentId, responseId }: { assessmentId: string; responseId: string },
  content: TResponseContent,
  saved: TSaved,
) {
  queryClient.setQueryData(assessmentQueryOptions(assessmentId).queryKey, (current) =>
    current
      ? {
          ...current,
          responses: current.responses.map((r) =>
            r.id === responseId && r.version < saved.version ? { ...r, ...content, ...saved } : r,
          ),
        }
      : current,
  );
}
