import type { Kysely } from 'kysely';
import { LRUCache } from 'lru-cache';
import type { TInstrumentShape } from '@koers/shared/scoring';
import type { TDatabase } from '../../db/schema.ts';
import { instrumentShape } from '../instrument/instrument.repository.ts';

/**
 * The shape (themes and their indicators) of a questionnaire version, read once per version and instance:
 * assessments are pinned to published versions, which the database keeps unchanged.
 */
export function createQuestionnaireShapes(db: Kysely<TDatabase>) {
  const shapes = new LRUCache<string, TInstrumentShape>({
    max: 100,
    fetchMethod: (instrumentVersionId) => instrumentShape(db, instrumentVersionId),
  });
  return (instrumentVersionId: string): Promise<TInstrumentShape | undefined> => shapes.fetch(instrumentVersionId);
}
