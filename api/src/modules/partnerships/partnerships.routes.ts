import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZPartnership,
  ZPartnershipListQuery,
  ZPartnershipParams,
  ZPartnershipSummary,
} from '@koers/shared/partnerships';
import { createPartnershipService } from './partnerships.service.ts';

export const partnershipRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const service = createPartnershipService(fastify.db);

  fastify.get(
    '/',
    {
      schema: {
        tags: ['partnerships'],
        summary: 'List partnerships',
        querystring: ZPartnershipListQuery,
        response: { 200: z.object({ items: z.array(ZPartnershipSummary) }) },
      },
    },
    async (request) => ({ items: await service.list(request.query) }),
  );

  fastify.get(
    '/:partnershipId',
    {
      schema: {
        tags: ['partnerships'],
        summary: 'One partnership with its member organisations',
        params: ZPartnershipParams,
        response: { 200: ZPartnership },
      },
    },
    async (request) => service.get(request.params.partnershipId),
  );
};
