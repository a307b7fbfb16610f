import { ZResponseContent, ZThemeNote, type TResponseContent } from '@koers/shared/assessments';
import { z } from 'zod';

/**
 * Unsaved answers in this browser, under the response and the server version they were typed on,
 * so a reload, a closed tab or a lost connection never loses a word. Removed once the server has them.
 */
const PREFIX = 'koers.response-draft.';
// A draft may hold a text longer than the API takes: it was typed or pasted, and must come back whole.
const ZDraftContent = ZResponseContent.extend({
  notes: z.array(ZThemeNote.extend({ evidence: z.string(), nextStep: z.string() })).max(5),
});
const ZDraft = z.object({ version: z.number().int(), content: ZDraftContent, editedAt: z.string() });
export type TDraft = z.infer<typeof ZDraft>;

const keyOf = (responseId: string, version: number) => `${PREFIX}${responseId}.${version}`;

function keysOf(responseId: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key?.startsWith(`${PREFIX}${responseId}.`)) keys.push(key);
  }
  return keys;
}

/** The newest draft of a response, if this browser holds one. */
export function readDraft(responseId: string): TDraft | undefined {
  const drafts = keysOf(responseId)
    .map((key) => {
      try {
        return ZDraft.parse(JSON.parse(localStorage.getItem(key) ?? 'null'));
      } catch {
        return undefined;
      }
    })
    .filter((draft) => draft !== undefined);
  return drafts.sort((a, b) => b.version - a.version)[0];
}

export function writeDraft(responseId: string, version: number, content: TResponseContent): void {
  const key = keyOf(responseId, version);
  try {
    for (const other of keysOf(responseId)) if (other !== key) localStorage.removeItem(other);
    localStorage.setItem(key, JSON.stringify({ version, content, editedAt: new Date().toISOString() }));
  } catch {
    // Storage can be full or switched off (private mode): autosave to the server still works.
  }
}

export function removeDraft(responseId: string): void {
  for (const key of keysOf(responseId)) localStorage.removeItem(key);
}
