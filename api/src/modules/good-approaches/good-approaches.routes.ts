import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZFlagParams } from '@koers/shared/follow-up';
import {
  ZFlagGoodApproaches,
  ZGoodApproach,
  ZGoodApproachDecision,
  ZGoodApproachPage,
  ZGoodApproachParams,
  ZGoodApproachQuery,
  ZGoodApproachWrite,
} from '@koers/shared/good-approaches';
import { actorOf, contextOf } from '../auth/authorize.ts';
import { createGoodApproachService, type TApproachIntent } from './good-approaches.service.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Good approaches: write, approve, search; and the ones that answer a flag. */
export const goodApproachRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const service = createGoodApproachService(fastify.db);
  fastify.addHook('onRequest', fastify.authenticate);
  const tags = ['good-approaches'];
  const reader = { access: { platform: 'good-approach:read' as const } };
  const author = { access: { platform: 'good-approach:author' as const } };
  // Whether an approach is visible, and whose step this is, depends on the approach itself: decided
  // before the body is validated, so a refusal never tells what the route expects.
  const refuseFirst = (intent: TApproachIntent) => async (request: FastifyRequest) => {
    const id = (request.params as Record<string, unknown>).goodApproachId;
    if (typeof id === 'string' && UUID.test(id)) await service.authorize(actorOf(request), id, intent);
  };

  fastify.get(
    '/good-approaches',
    {
      config: reader,
      schema: {
        tags,
        operationId: 'listGoodApproaches',
        summary:
          'Search good approaches (Dutch full text), by theme, indicator and scenario; or one’s own, or those awaiting one’s approval',
        querystring: ZGoodApproachQuery,
        response: { 200: ZGoodApproachPage },
      },
    },
    async (request) => service.list(actorOf(request), request.query),
  );

  fastify.post(
    '/good-approaches',
    {
      config: author,
      schema: {
        tags,
        operationId: 'createGoodApproach',
        summary:
          'Write a good approach: published at once by critical friends and admins, submitted for approval by programme managers',
        body: ZGoodApproachWrite,
        response: { 201: ZGoodApproach },
      },
    },
    async (request, reply) => reply.code(201).send(await service.create(contextOf(request), request.body)),
  );

  fastify.get(
    '/good-approaches/:goodApproachId',
    {
      preValidation: refuseFirst('read'),
      config: reader,
      schema: {
        tags,
        operationId: 'getGoodApproach',
        summary: 'One good approach',
        params: ZGoodApproachParams,
        response: { 200: ZGoodApproach },
      },
    },
    async (request) => service.get(actorOf(request), request.params.goodApproachId),
  );

  fastify.put(
    '/good-approaches/:goodApproachId',
    {
      preValidation: refuseFirst('edit'),
      config: author,
      schema: {
        tags,
        operationId: 'updateGoodApproach',
        summary: 'Edit one’s own good approach (a programme manager’s edit goes back for approval)',
        params: ZGoodApproachParams,
        body: ZGoodApproachWrite,
        response: { 200: ZGoodApproach },
      },
    },
    async (request) => service.update(contextOf(request), request.params.goodApproachId, request.body),
  );

  fastify.post(
    '/good-approaches/:goodApproachId/decision',
    {
      preValidation: refuseFirst('decide'),
      config: reader,
      schema: {
        tags,
        operationId: 'decideGoodApproach',
        summary:
          'Publish a submitted good approach, or send it back with a comment (critical friend of its partnership, or admin)',
        params: ZGoodApproachParams,
        body: ZGoodApproachDecision,
        response: { 200: ZGoodApproach },
      },
    },
    async (request) => service.decide(contextOf(request), request.params.goodApproachId, request.body),
  );

  fastify.post(
    '/good-approaches/:goodApproachId/withdrawal',
    {
      preValidation: refuseFirst('withdraw'),
      config: reader,
      schema: {
        tags,
        operationId: 'withdrawGoodApproach',
        summary: 'Withdraw a good approach (its author, or an admin)',
        params: ZGoodApproachParams,
        response: { 200: ZGoodApproach },
      },
    },
    async (request) => service.withdraw(contextOf(request), request.params.goodApproachId),
  );

  fastify.get(
    '/flags/:flagId/good-approaches',
    {
      config: { access: { partnership: 'partnership:read', of: 'flag' } },
      schema: {
        tags,
        operationId: 'listFlagGoodApproaches',
        summary:
          'Published good approaches on a flag’s theme, best match first (same scenario, shared weak indicators)',
        params: ZFlagParams,
        response: { 200: ZFlagGoodApproaches },
      },
    },
    async (request) => service.forFlag(actorOf(request), request.params.flagId),
  );
};
