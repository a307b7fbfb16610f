import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZReviewQueue, ZReviewQueueQuery } from '@koers/shared/follow-up';
import { CATALOGUE_SCOPE, partnershipScopes } from '../../db/data-scopes.ts';
import { actorOf } from '../auth/authorize.ts';
import { reviewQueueKey } from './review-queue-cache-key.ts';
import { createReviewQueueService } from './review-queue.service.ts';

/** The critical friend's review queue. */
export const reviewQueueRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const service = createReviewQueueService(fastify.db);
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.get(
    '/review-queue',
    {
      config: { access: { platform: 'review-queue:read' } },
      schema: {
        tags: ['follow-up'],
        operationId: 'getReviewQueue',
        summary: 'Open flags of your partnerships, most severe and oldest first, a page at a time (critical friends)',
        querystring: ZReviewQueueQuery,
        response: { 200: ZReviewQueue },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      // Decided before a cached answer can be sent.
      const scope = service.scopeOf(actor);
      return reply.cachedJson(
        reviewQueueKey(scope, request.query),
        [...partnershipScopes(scope), CATALOGUE_SCOPE],
        ZReviewQueue,
        () => service.queue(scope, request.query),
      );
    },
  );
};
