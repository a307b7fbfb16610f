import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPersonParams } from '@koers/shared/people';
import {
  ZConfiguredIdentityCreate,
  ZPersonIdentityParams,
  ZPersonSignIn,
  ZSignInIdentity,
} from '@koers/shared/sign-in-identities';
import type { TOidcProviderConfig } from '../../config.ts';
import { contextOf } from '../auth/authorize.ts';
import { createPersonSignInService } from './person-sign-in.service.ts';

export type TPersonSignInRoutesOptions = { providers: TOidcProviderConfig[] };

const access = { platform: 'platform:manage' } as const;
const tags = ['people'];

/** How a person signs in, tended by an admin: their institution's account, and a way back in after a lost phone. */
export const personSignInRoutes: FastifyPluginAsyncZod<TPersonSignInRoutesOptions> = async (fastify, { providers }) => {
  const service = createPersonSignInService({ db: fastify.db, providers });
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.get(
    '/:personId/sign-in',
    {
      config: { access },
      schema: {
        tags,
        operationId: 'getPersonSignIn',
        summary: "How a person signs in: institutions' accounts, two-step sign-in, passkeys (admin)",
        params: ZPersonParams,
        response: { 200: ZPersonSignIn },
      },
    },
    async (request) => service.get(contextOf(request), request.params.personId),
  );

  fastify.post(
    '/:personId/sign-in-identities',
    {
      config: { access },
      schema: {
        tags,
        operationId: 'addSignInIdentity',
        summary: "Give a person a provider's subject: the first sign-in presenting it binds to them (admin)",
        params: ZPersonParams,
        body: ZConfiguredIdentityCreate,
        response: { 201: ZSignInIdentity },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.configureIdentity(contextOf(request), request.params.personId, request.body)),
  );

  fastify.delete(
    '/:personId/sign-in-identities/:provider',
    {
      config: { access },
      schema: {
        tags,
        operationId: 'removeSignInIdentity',
        summary: "Remove a person's account at a provider, bound or still awaited (admin)",
        params: ZPersonIdentityParams,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await service.removeIdentity(contextOf(request), request.params.personId, request.params.provider);
      return reply.code(204).send();
    },
  );

  fastify.delete(
    '/:personId/second-factor',
    {
      config: { access },
      schema: {
        tags,
        operationId: 'resetPersonSecondFactor',
        summary: "Reset someone else's two-step sign-in: app and recovery codes removed, sessions ended (admin)",
        params: ZPersonParams,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await service.resetSecondFactor(contextOf(request), request.params.personId);
      return reply.code(204).send();
    },
  );

  fastify.delete(
    '/:personId/passkeys',
    {
      config: { access },
      schema: {
        tags,
        operationId: 'removePersonPasskeys',
        summary: "Remove all of someone else's passkeys and end their sessions (admin)",
        params: ZPersonParams,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await service.removePasskeys(contextOf(request), request.params.personId);
      return reply.code(204).send();
    },
  );
};
