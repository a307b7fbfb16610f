import type { Kysely } from 'kysely';
import { LRUCache } from 'lru-cache';
import type { TInstrumentShape } from '@koers/shared/scoring';
import type { TDatabase } from '../../db/schema.ts';
import type { TExecutor } from '../../db/types.ts';
import { instrumentShape } from '../instrument/instrument.repository.ts';

/**
 * The shape (themes and their indicators) of a questionnaire version, read once per version and instance:
 * assessments are pinned to published versions, which the database keeps unchanged. A caller inside a
 * transaction passes it: the shape is then read on the transaction's connection, never on a second one
 * from the pool, which a pool whose every connection is held by such a transaction would never give.
 */
export function createQuestionnaireShapes(db: Kysely<TDatabase>) {
  const shapes = new LRUCache<string, TInstrumentShape, TExecutor>({
    max: 100,
    fetchMethod: (instrumentVersionId, _stale, { context }) => instrumentShape(context, instrumentVersionId),
  });
  return (instrumentVersionId: string, executor: TExecutor = db): Promise<TInstrumentShape | undefined> =>
    shapes.fetch(instrumentVersionId, { context: executor });
}
