import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZApiTokenCreate, ZApiTokenCreated, ZApiTokenList, ZApiTokenParams } from '@koers/shared/api-tokens';
import { contextOf } from '../auth/authorize.ts';
import { createApiTokenService } from './api-tokens.service.ts';

/** The signed-in person's read-only tokens for integrations (a BI tool reading their partnerships). */
export const apiTokenRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const service = createApiTokenService(fastify.db);
  fastify.addHook('onRequest', fastify.authenticate);
  const tags = ['account'];

  fastify.get(
    '/',
    {
      schema: {
        tags,
        operationId: 'listApiTokens',
        summary: 'Your API tokens, with when each expires and was last used (never the token itself)',
        response: { 200: ZApiTokenList },
      },
    },
    async (request) => service.list(contextOf(request)),
  );

  fastify.post(
    '/',
    {
      config: { access: { platform: 'api-token:create' } },
      schema: {
        tags,
        operationId: 'createApiToken',
        summary: 'Create a read-only API token that reads as you (admins and programme managers); shown once',
        body: ZApiTokenCreate,
        response: { 201: ZApiTokenCreated },
      },
    },
    async (request, reply) => reply.code(201).send(await service.create(contextOf(request), request.body)),
  );

  fastify.delete(
    '/:tokenId',
    {
      schema: {
        tags,
        operationId: 'revokeApiToken',
        summary: 'Revoke one of your API tokens: it stops working at once',
        params: ZApiTokenParams,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await service.revoke(contextOf(request), request.params.tokenId);
      return reply.code(204).send();
    },
  );
};
