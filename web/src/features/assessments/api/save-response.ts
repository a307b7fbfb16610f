import { z } from 'zod';
import type { TResponseContent } from '@koers/shared/assessments';
import { apiSend } from '../../../lib/api-client.ts';

const ZSaved = z.object({ version: z.number().int(), updatedAt: z.iso.datetime({ offset: true }) });
export type TSaved = z.infer<typeof ZSaved>;

/** Saves a whole response, stating the version the edit was based on: a stale version answers 412. */
function putResponse(path: string, content: TResponseContent, basedOn: number): Promise<TSaved> {
  return apiSend('PUT', path, { body: content, headers: { 'if-match': `"${basedOn}"` }, schema: ZSaved });
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
