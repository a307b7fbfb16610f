import DataLoader from 'dataloader';
import type { Pool } from 'pg';
import { batchPerTurn } from '../../db/batch-per-turn.ts';
import { saveDrafts, type TDraftSave } from './response-content.repository.ts';

export type TSavedDraft = { version: number; updatedAt: Date };
type TPending = { save: TDraftSave; index: number };

/**
 * Draft saves that arrive in one turn of the event loop go to PostgreSQL together, in one statement:
 * autosave makes saves the most frequent write, and under load one round trip then serves many of them.
 * A response saved twice in one turn (two tabs) is saved in a second statement after the first, so each
 * save is checked against the version the other left. When a statement fails, its saves are tried one by
 * one: one save's failure (an assessment that was submitted a moment ago) stays that save's alone.
 */
export function createDraftSaver(pool: Pool): (save: TDraftSave) => Promise<TSavedDraft | undefined> {
  async function saveTogether(round: TPending[], results: (TSavedDraft | undefined | Error)[]): Promise<void> {
    try {
      const saved = await saveDrafts(
        pool,
        round.map(({ save }) => save),
      );
      for (const { save, index } of round) results[index] = saved.get(save.responseId);
    } catch (error) {
      const [only] = round;
      if (round.length === 1 && only) {
        results[only.index] = error instanceof Error ? error : new Error(String(error));
        return;
      }
      for (const pending of round) await saveTogether([pending], results);
    }
  }

  const loader = new DataLoader<TDraftSave, TSavedDraft | undefined>(async (saves) => {
    const results: (TSavedDraft | undefined | Error)[] = [];
    let pending = saves.map((save, index) => ({ save, index }));
    while (pending.length > 0) {
      const responses = new Set<string>();
      const round: TPending[] = [];
      const later: TPending[] = [];
      for (const item of pending) {
        if (responses.has(item.save.responseId)) later.push(item);
        else {
          responses.add(item.save.responseId);
          round.push(item);
        }
      }
      await saveTogether(round, results);
      pending = later;
    }
    return results;
  }, batchPerTurn(50));
  return (save) => loader.load(save);
}
