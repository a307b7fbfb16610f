import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZSsoRequiredDomain,
  ZSsoRequiredDomainCreate,
  ZSsoRequiredDomainParams,
} from '@koers/shared/sign-in-identities';
import type { TOidcProviderConfig } from '../../config.ts';
import { contextOf } from '../auth/authorize.ts';
import { createSsoDomainService } from './sso-domains.service.ts';

export type TSsoDomainRoutesOptions = { providers: TOidcProviderConfig[] };

/** Email domains whose people sign in through their institution only: managed by admins. */
export const ssoDomainRoutes: FastifyPluginAsyncZod<TSsoDomainRoutesOptions> = async (fastify, { providers }) => {
  const service = createSsoDomainService(fastify.db, providers);
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.get(
    '/',
    {
      config: { access: { platform: 'platform:manage' } },
      schema: {
        tags: ['sign-in'],
        operationId: 'listSsoDomains',
        summary: 'Email domains that must sign in through their institution (admin)',
        response: { 200: z.object({ items: z.array(ZSsoRequiredDomain) }) },
      },
    },
    async (request) => ({ items: await service.list(contextOf(request)) }),
  );

  fastify.post(
    '/',
    {
      config: { access: { platform: 'platform:manage' } },
      schema: {
        tags: ['sign-in'],
        operationId: 'addSsoDomain',
        summary: "Require an organisation's email domain to sign in through a provider, never a password (admin)",
        body: ZSsoRequiredDomainCreate,
        response: { 201: ZSsoRequiredDomain },
      },
    },
    async (request, reply) => reply.code(201).send(await service.require(contextOf(request), request.body)),
  );

  fastify.delete(
    '/:domain',
    {
      config: { access: { platform: 'platform:manage' } },
      schema: {
        tags: ['sign-in'],
        operationId: 'removeSsoDomain',
        summary: 'Allow passwords again for an email domain (admin)',
        params: ZSsoRequiredDomainParams,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await service.release(contextOf(request), request.params.domain);
      return reply.code(204).send();
    },
  );
};
