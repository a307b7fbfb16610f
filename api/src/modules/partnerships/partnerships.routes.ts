import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZPartnership,
  ZPartnershipCreate,
  ZPartnershipListQuery,
  ZPartnershipMembers,
  ZPartnershipParams,
  ZPartnershipPerson,
  ZPartnershipSummary,
  ZPartnershipUpdate,
} from '@koers/shared/partnerships';
import { actorOf, contextOf } from '../auth/authorize.ts';
import { createPartnershipService } from './partnerships.service.ts';

export const partnershipRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const service = createPartnershipService(fastify.db);
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.get(
    '/',
    {
      schema: {
        tags: ['partnerships'],
        operationId: 'listPartnerships',
        summary: 'The partnerships the signed-in person may see',
        querystring: ZPartnershipListQuery,
        response: { 200: z.object({ items: z.array(ZPartnershipSummary) }) },
      },
    },
    async (request) => ({ items: await service.list(actorOf(request), request.query) }),
  );

  fastify.post(
    '/',
    {
      config: { access: { platform: 'platform:manage' } },
      schema: {
        tags: ['partnerships'],
        operationId: 'createPartnership',
        summary: 'Create a partnership (admin)',
        body: ZPartnershipCreate,
        response: { 201: ZPartnership },
      },
    },
    async (request, reply) => reply.code(201).send(await service.create(contextOf(request), request.body)),
  );

  fastify.get(
    '/:partnershipId',
    {
      schema: {
        tags: ['partnerships'],
        operationId: 'getPartnership',
        summary: 'One partnership with its member organisations',
        params: ZPartnershipParams,
        response: { 200: ZPartnership },
      },
    },
    async (request) => service.get(actorOf(request), request.params.partnershipId),
  );

  fastify.patch(
    '/:partnershipId',
    {
      config: { access: { platform: 'platform:manage' } },
      schema: {
        tags: ['partnerships'],
        operationId: 'updatePartnership',
        summary: 'Change a partnership’s name, region, sector or scenario (admin)',
        params: ZPartnershipParams,
        body: ZPartnershipUpdate,
        response: { 200: ZPartnership },
      },
    },
    async (request) => service.update(contextOf(request), request.params.partnershipId, request.body),
  );

  fastify.put(
    '/:partnershipId/members',
    {
      config: { access: { platform: 'platform:manage' } },
      schema: {
        tags: ['partnerships'],
        operationId: 'setPartnershipMembers',
        summary: 'Set the member organisations of a partnership (admin)',
        params: ZPartnershipParams,
        body: ZPartnershipMembers,
        response: { 200: ZPartnership },
      },
    },
    async (request) =>
      service.replaceMembers(contextOf(request), request.params.partnershipId, request.body.organisationIds),
  );

  fastify.get(
    '/:partnershipId/people',
    {
      schema: {
        tags: ['partnerships'],
        operationId: 'listPartnershipPeople',
        summary: 'The partnership’s programme managers and critical friends (who can own an action)',
        params: ZPartnershipParams,
        response: { 200: z.object({ items: z.array(ZPartnershipPerson) }) },
      },
    },
    async (request) => ({ items: await service.people(actorOf(request), request.params.partnershipId) }),
  );
};
