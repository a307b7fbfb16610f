import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZPartnershipSharing } from '@koers/shared/follow-up';
import { ZPartnershipParams } from '@koers/shared/partnerships';
import { contextOf } from '../auth/authorize.ts';
import { createBoardSharingService } from './board-sharing.service.ts';

/** Sharing narratives and review summaries with the partnership's board members. */
export const boardSharingRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const service = createBoardSharingService(fastify.db);
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.put(
    '/partnerships/:partnershipId/sharing',
    {
      config: { access: { partnership: 'partnership:share', of: 'partnership' } },
      schema: {
        tags: ['follow-up'],
        operationId: 'setBoardSharing',
        summary:
          'Share narratives and review summaries with the partnership’s board members, or stop (programme manager or admin)',
        params: ZPartnershipParams,
        body: ZPartnershipSharing,
        response: { 200: ZPartnershipSharing },
      },
    },
    async (request) => service.set(contextOf(request), request.params.partnershipId, request.body.sharesWithBoard),
  );
};
