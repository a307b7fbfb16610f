import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPeriod, ZPeriodCreate, ZPeriodParams, ZPeriodUpdate } from '@koers/shared/periods';
import { contextOf } from '../auth/authorize.ts';
import { createPeriodService } from './periods.service.ts';

/** The quarterly rhythm: everyone signed in sees the periods; admins open them. */
export const periodRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const service = createPeriodService(fastify.db);
  fastify.addHook('onRequest', fastify.authenticate);
  const tags = ['periods'];

  fastify.get(
    '/',
    {
      schema: {
        tags,
        operationId: 'listPeriods',
        summary: 'All periods, newest first; the current one is marked',
        response: { 200: z.object({ items: z.array(ZPeriod) }) },
      },
    },
    async () => ({ items: await service.list() }),
  );

  fastify.post(
    '/',
    {
      config: { access: { platform: 'platform:manage' } },
      schema: {
        tags,
        operationId: 'openPeriod',
        summary: 'Open a quarter (admin)',
        body: ZPeriodCreate,
        response: { 201: ZPeriod },
      },
    },
    async (request, reply) => reply.code(201).send(await service.create(contextOf(request), request.body)),
  );

  fastify.patch(
    '/:periodId',
    {
      config: { access: { platform: 'platform:manage' } },
      schema: {
        tags,
        operationId: 'updatePeriod',
        summary: 'Move a period’s opening or due date (admin)',
        params: ZPeriodParams,
        body: ZPeriodUpdate,
        response: { 200: ZPeriod },
      },
    },
    async (request) => service.update(contextOf(request), request.params.periodId, request.body),
  );
};
