import type { Kysely } from 'kysely';
import { ZReviewQueue, type TReviewQueue, type TReviewQueueQuery } from '@koers/shared/follow-up';
import type { Database } from '../../db/schema.ts';
import type { TActor } from '../../plugins/auth.ts';
import type { ReadCache, TCachedJson } from '../../plugins/read-cache.ts';
import type { TAccessScope } from '../auth/access-scope.ts';
import { authorizePlatform } from '../auth/authorize.ts';
import { themeNames } from '../instrument/instrument.repository.ts';
import { toQueueItem } from './review-queue.mapper.ts';
import * as repository from './review-queue.repository.ts';

/** The critical friend's worklist: open flags across their partnerships, a page at a time. */
export function createReviewQueueService(db: Kysely<Database>, cache: ReadCache) {
  async function queue(scope: TAccessScope, page: TReviewQueueQuery): Promise<TReviewQueue> {
    const [rows, total, names] = await Promise.all([
      repository.queueFlags(db, scope, page),
      repository.countQueueFlags(db, scope),
      themeNames(db),
    ]);
    return { items: rows.map((row) => toQueueItem(row, names)), total };
  }

  return {
    /** The review queue's JSON: the critical friend's own partnerships; an admin sees every partnership's open flags. */
    async queue(actor: TActor, page: TReviewQueueQuery): Promise<TCachedJson> {
      authorizePlatform(actor, 'review-queue:read');
      const scope: TAccessScope = actor.access.isAdmin
        ? { kind: 'all' }
        : { kind: 'partnerships', ids: [...actor.access.criticalFriendOf].sort() };
      // Overdue counts move with the date: the hour is part of the key.
      const hour = new Date().toISOString().slice(0, 13);
      return cache.json(
        `review-queue:${scope.kind === 'all' ? 'all' : scope.ids.join(',')}:${hour}:${page.page}:${page.pageSize}`,
        actor.readVersion,
        ZReviewQueue,
        () => queue(scope, page),
      );
    },
  };
}
