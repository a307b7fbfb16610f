import type { Kysely } from 'kysely';
import { LRUCache } from 'lru-cache';
import type { TDatabase } from '../../db/schema.ts';
import { findResponseFacts, type TResponseFacts } from './responses.repository.ts';

/**
 * The facts of a response that never change, read once per response and instance: autosave calls come
 * every few seconds per open questionnaire, and each needs them before it writes.
 */
export function createResponseFacts(db: Kysely<TDatabase>) {
  const facts = new LRUCache<string, TResponseFacts>({
    max: 10_000,
    fetchMethod: (responseId) => findResponseFacts(db, responseId),
  });
  return (responseId: string): Promise<TResponseFacts | undefined> => facts.fetch(responseId);
}
