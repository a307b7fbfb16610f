import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZInvitationCreate,
  ZInvitationResult,
  ZPerson,
  ZPersonParams,
  ZPersonUpdate,
  ZRoleParams,
} from '@koers/shared/people';
import { ZRoleGrant } from '@koers/shared/roles';
import type { TConfig } from '../../config.ts';
import type { TMailer } from '../../mail/mailer.ts';
import { contextOf } from '../auth/authorize.ts';
import { createPeopleService } from './people.service.ts';

export type TPeopleRoutesOptions = { config: Pick<TConfig, 'publicUrl'>; mailer: TMailer };

/** People, invitations and roles: managed by admins. */
export const peopleRoutes: FastifyPluginAsyncZod<TPeopleRoutesOptions> = async (fastify, { config, mailer }) => {
  const service = createPeopleService({ db: fastify.db, config, mailer });
  fastify.addHook('onRequest', fastify.authenticate);
  const tags = ['people'];

  fastify.get(
    '/',
    {
      schema: {
        tags,
        operationId: 'listPeople',
        summary: 'Everyone with an account (admin)',
        response: { 200: z.object({ items: z.array(ZPerson) }) },
      },
    },
    async (request) => ({ items: await service.list(contextOf(request)) }),
  );

  fastify.post(
    '/invitations',
    {
      config: { access: { platform: 'platform:manage' } },
      schema: {
        tags,
        operationId: 'invitePerson',
        summary: 'Invite a person with their roles; they set a password through a one-time link (admin)',
        body: ZInvitationCreate,
        response: { 201: ZInvitationResult },
      },
    },
    async (request, reply) => reply.code(201).send(await service.invite(contextOf(request), request.body)),
  );

  fastify.get(
    '/:personId',
    {
      schema: {
        tags,
        operationId: 'getPerson',
        summary: 'One person (admin)',
        params: ZPersonParams,
        response: { 200: ZPerson },
      },
    },
    async (request) => service.get(contextOf(request), request.params.personId),
  );

  fastify.patch(
    '/:personId',
    {
      config: { access: { platform: 'platform:manage' } },
      schema: {
        tags,
        operationId: 'updatePerson',
        summary: 'Rename, disable or re-enable a person; disabling ends their sessions (admin)',
        params: ZPersonParams,
        body: ZPersonUpdate,
        response: { 200: ZPerson },
      },
    },
    async (request) => service.update(contextOf(request), request.params.personId, request.body),
  );

  fastify.post(
    '/:personId/invitations',
    {
      schema: {
        tags,
        operationId: 'resendPersonInvitation',
        summary: 'Send a new invitation link to someone who has not accepted yet (admin)',
        params: ZPersonParams,
        response: { 201: ZInvitationResult },
      },
    },
    async (request, reply) => reply.code(201).send(await service.reinvite(contextOf(request), request.params.personId)),
  );

  fastify.post(
    '/:personId/roles',
    {
      config: { access: { platform: 'platform:manage' } },
      schema: {
        tags,
        operationId: 'grantRole',
        summary: 'Grant a role (admin)',
        params: ZPersonParams,
        body: ZRoleGrant,
        response: { 201: ZPerson },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.grantRole(contextOf(request), request.params.personId, request.body)),
  );

  fastify.delete(
    '/:personId/roles/:roleId',
    {
      schema: {
        tags,
        operationId: 'revokeRole',
        summary: 'Take a role away (admin)',
        params: ZRoleParams,
        response: { 200: ZPerson },
      },
    },
    async (request) => service.revokeRole(contextOf(request), request.params.personId, request.params.roleId),
  );

  fastify.post(
    '/:personId/erasure',
    {
      schema: {
        tags,
        operationId: 'erasePerson',
        summary: 'Erase a person: personal data removed, sessions ended, contributions kept under a pseudonym (admin)',
        params: ZPersonParams,
        response: { 200: ZPerson },
      },
    },
    async (request) => service.erase(contextOf(request), request.params.personId),
  );
};
