import type { Pool } from 'pg';
import { batchBehindCommits } from '../../db/batch-behind-commits.ts';
import { saveDrafts, type TDraftSave } from './response-content.repository.ts';

/**
 * Statements that may be committing at once: enough that one batch is written while others wait for the
 * disk, few enough that saves gather into the next batch meanwhile and leave most of the pool (10 by
 * default) to everything else. In the save bench (scale 0.05, shared 2-core machine) 4 gave about 2,200
 * saves a second against some 1,500 with 1 and with no limit; 8 was no faster.
 */
const COMMITS_IN_FLIGHT = 4;

export type TSavedDraft = { version: number; updatedAt: Date };
type TPending = { save: TDraftSave; index: number };

/**
 * Draft saves go to PostgreSQL together, in one statement and so one commit: autosave makes saves the
 * most frequent write, and each is acknowledged only once its commit is on disk (what a person typed must
 * survive a crash). Saves that arrive in one turn of the event loop, or while earlier saves still wait
 * for their commits, share the next statement, so under load one round trip and one flush of the
 * write-ahead log serve many of them.
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

  const loader = batchBehindCommits<TDraftSave, TSavedDraft | undefined>(
    async (saves) => {
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
    },
    { maxBatchSize: 50, inFlight: COMMITS_IN_FLIGHT },
  );
  return (save) => loader.load(save);
}
