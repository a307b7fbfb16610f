import type { Kysely } from 'kysely';
import type { TReviewQueue, TReviewQueueQuery } from '@koers/shared/follow-up';
import type { TDatabase } from '../../db/schema.ts';
import type { TActor } from '../../plugins/auth.ts';
import type { TAccessScope } from '../auth/access-scope.ts';
import { authorizePlatform } from '../auth/authorize.ts';
import { themeNames } from '../instrument/instrument.repository.ts';
import { toQueueItem } from './review-queue.mapper.ts';
import * as repository from './review-queue.repository.ts';

/** The critical friend's worklist: open flags across their partnerships, a page at a time. */
export function createReviewQueueService(db: Kysely<TDatabase>) {
  return {
    /** Whose open flags the actor's queue holds: a critical friend's own partnerships; an admin's, every one. */
    scopeOf(actor: TActor): TAccessScope {
      authorizePlatform(actor, 'review-queue:read');
      return actor.access.isAdmin
        ? { kind: 'all' }
        : { kind: 'partnerships', ids: [...actor.access.criticalFriendOf].sort() };
    },

    async queue(scope: TAccessScope, page: TReviewQueueQuery): Promise<TReviewQueue> {
      const [rows, total, names] = await Promise.all([
        repository.queueFlags(db, scope, page),
        repository.countQueueFlags(db, scope),
        themeNames(db),
      ]);
      return { items: rows.map((row) => toQueueItem(row, names)), total };
    },
  };
}
