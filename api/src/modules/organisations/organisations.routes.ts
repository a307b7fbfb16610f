import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZOrganisationCreate,
  ZOrganisationDetail,
  ZOrganisationListQuery,
  ZOrganisationParams,
  ZOrganisationUpdate,
} from '@koers/shared/organisations';
import { contextOf } from '../auth/authorize.ts';
import { createOrganisationService } from './organisations.service.ts';

/** Institutes, school boards and schools: managed by admins. */
export const organisationRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const service = createOrganisationService(fastify.db);
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.get(
    '/',
    {
      config: { access: { platform: 'platform:manage' } },
      schema: {
        tags: ['organisations'],
        operationId: 'listOrganisations',
        summary: 'All organisations (admin)',
        querystring: ZOrganisationListQuery,
        response: { 200: z.object({ items: z.array(ZOrganisationDetail) }) },
      },
    },
    async (request) => ({ items: await service.list(contextOf(request), request.query.kind) }),
  );

  fastify.post(
    '/',
    {
      config: { access: { platform: 'platform:manage' } },
      schema: {
        tags: ['organisations'],
        operationId: 'createOrganisation',
        summary: 'Add an institute, school board or school (admin)',
        body: ZOrganisationCreate,
        response: { 201: ZOrganisationDetail },
      },
    },
    async (request, reply) => reply.code(201).send(await service.create(contextOf(request), request.body)),
  );

  fastify.patch(
    '/:organisationId',
    {
      config: { access: { platform: 'platform:manage' } },
      schema: {
        tags: ['organisations'],
        operationId: 'updateOrganisation',
        summary: 'Rename an organisation or move a school to another board (admin)',
        params: ZOrganisationParams,
        body: ZOrganisationUpdate,
        response: { 200: ZOrganisationDetail },
      },
    },
    async (request) => service.update(contextOf(request), request.params.organisationId, request.body),
  );
};
