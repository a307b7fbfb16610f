import type { TResponseContent } from '@koers/shared/assessments';
import { apiSend } from '../../../lib/api-client.ts';

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
