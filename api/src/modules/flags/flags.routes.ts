import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZFlag, ZFlagListQuery } from '@koers/shared/dashboards';
import { ZFlagThresholds } from '@koers/shared/flags';
import { ZFlagClosure, ZFlagDetail, ZFlagParams } from '@koers/shared/follow-up';
import { ZPartnershipParams } from '@koers/shared/partnerships';
import { actorOf, contextOf } from '../auth/authorize.ts';
import { createFlagService } from './flags.service.ts';

/** Flags: a partnership's list, one flag's history and handling, and the thresholds of the flag rules. */
export const flagRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const service = createFlagService(fastify.db);
  fastify.addHook('onRequest', fastify.authenticate);
  // The OpenAPI tags the operations had before flags became a module of their own: clients group by them.
  const dashboardTags = ['dashboards'];
  const followUpTags = ['follow-up'];

  fastify.get(
    '/partnerships/:partnershipId/flags',
    {
      config: { access: { partnership: 'partnership:read', of: 'partnership' } },
      schema: {
        tags: dashboardTags,
        operationId: 'listFlags',
        summary: 'A partnership’s flags, most severe and oldest first',
        params: ZPartnershipParams,
        querystring: ZFlagListQuery,
        response: { 200: z.object({ items: z.array(ZFlag) }) },
      },
    },
    async (request) => ({
      items: await service.list(actorOf(request), request.params.partnershipId, request.query.status),
    }),
  );

  fastify.get(
    '/flags/:flagId',
    {
      schema: {
        tags: followUpTags,
        operationId: 'getFlag',
        summary: 'A flag with its history and linked actions',
        params: ZFlagParams,
        response: { 200: ZFlagDetail },
      },
    },
    async (request) => service.detail(actorOf(request), request.params.flagId),
  );

  fastify.post(
    '/flags/:flagId/acknowledgement',
    {
      schema: {
        tags: followUpTags,
        operationId: 'acknowledgeFlag',
        summary: 'Acknowledge a flag (critical friend)',
        params: ZFlagParams,
        response: { 200: ZFlagDetail },
      },
    },
    async (request) => service.acknowledge(contextOf(request), request.params.flagId),
  );

  fastify.post(
    '/flags/:flagId/closure',
    {
      config: { access: { partnership: 'review:write', of: 'flag' } },
      schema: {
        tags: followUpTags,
        operationId: 'closeFlag',
        summary: 'Close a flag: when its actions are done, or with a reason (critical friend)',
        params: ZFlagParams,
        body: ZFlagClosure,
        response: { 200: ZFlagDetail },
      },
    },
    async (request) => service.close(contextOf(request), request.params.flagId, request.body.resolution),
  );

  fastify.get(
    '/flag-settings',
    {
      schema: {
        tags: dashboardTags,
        operationId: 'getFlagSettings',
        summary: 'The thresholds of the flag rules (admin)',
        response: { 200: ZFlagThresholds },
      },
    },
    async (request) => service.thresholds(contextOf(request)),
  );

  fastify.put(
    '/flag-settings',
    {
      config: { access: { platform: 'platform:manage' } },
      schema: {
        tags: dashboardTags,
        operationId: 'updateFlagSettings',
        summary: 'Change the thresholds of the flag rules (admin)',
        body: ZFlagThresholds,
        response: { 200: ZFlagThresholds },
      },
    },
    async (request) => service.setThresholds(contextOf(request), request.body),
  );
};
