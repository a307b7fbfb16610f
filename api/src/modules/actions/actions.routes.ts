import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZAction, ZActionCreate, ZActionParams, ZActionProgress } from '@koers/shared/follow-up';
import { ZPartnershipParams } from '@koers/shared/partnerships';
import { actorOf, contextOf } from '../auth/authorize.ts';
import { createActionService } from './actions.service.ts';

/** A partnership's action plan: actions and their progress notes. */
export const actionRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const service = createActionService(fastify.db);
  fastify.addHook('onRequest', fastify.authenticate);
  const tags = ['follow-up'];

  fastify.get(
    '/partnerships/:partnershipId/actions',
    {
      schema: {
        tags,
        operationId: 'listActions',
        summary: 'A partnership’s action plan',
        params: ZPartnershipParams,
        response: { 200: z.object({ items: z.array(ZAction) }) },
      },
    },
    async (request) => ({ items: await service.list(actorOf(request), request.params.partnershipId) }),
  );

  fastify.post(
    '/partnerships/:partnershipId/actions',
    {
      config: { access: { partnership: 'follow-up:write', of: 'partnership' } },
      schema: {
        tags,
        operationId: 'addAction',
        summary: 'Add an action, linked to flags (critical friend or programme manager)',
        params: ZPartnershipParams,
        body: ZActionCreate,
        response: { 201: ZAction },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.create(contextOf(request), request.params.partnershipId, request.body)),
  );

  fastify.post(
    '/actions/:actionId/progress',
    {
      config: { access: { partnership: 'follow-up:write', of: 'action' } },
      schema: {
        tags,
        operationId: 'addActionProgress',
        summary: 'Add a progress note, optionally changing the status (programme manager or critical friend)',
        params: ZActionParams,
        body: ZActionProgress,
        response: { 200: ZAction },
      },
    },
    async (request) => service.progress(contextOf(request), request.params.actionId, request.body),
  );
};
