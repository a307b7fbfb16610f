import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZAction } from '@koers/shared/follow-up';
import {
  ZIntervisionGroup,
  ZIntervisionGroupParams,
  ZIntervisionGroupsUpdate,
  ZIntervisionRound,
  ZIntervisionRoundCreate,
  ZIntervisionRoundDetail,
  ZIntervisionRoundParams,
  ZIntervisionSessionCreate,
  ZIntervisionSignUpInput,
  ZIntervisionTakeAway,
} from '@koers/shared/intervision';
import { actorOf, contextOf } from '../auth/authorize.ts';
import { NotFoundError } from '../../errors.ts';
import { createIntervisionService } from './intervision.service.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The path's id, checked before the body is read, so a refusal never depends on the body. */
function idOf(request: FastifyRequest, name: 'roundId' | 'groupId'): string {
  const id = (request.params as Record<string, unknown>)[name];
  if (typeof id !== 'string' || !UUID.test(id))
    throw new NotFoundError(name === 'roundId' ? 'Intervision round' : 'Intervision group');
  return id;
}

/** Intervision rounds and groups of programme managers from different partnerships. */
export const intervisionRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const service = createIntervisionService(fastify.db);
  fastify.addHook('onRequest', fastify.authenticate);
  const tags = ['intervision'];
  // Who may change a round or group is decided on the path alone, before the body is validated.
  const facilitatorOfRound = async (request: FastifyRequest) =>
    service.assertFacilitator(actorOf(request), idOf(request, 'roundId'));
  const facilitatorOfGroup = async (request: FastifyRequest) =>
    service.assertGroupFacilitator(actorOf(request), idOf(request, 'groupId'));
  const memberOfGroup = async (request: FastifyRequest) =>
    service.assertGroupMember(actorOf(request), idOf(request, 'groupId'));

  fastify.get(
    '/intervision/rounds',
    {
      config: { access: { platform: 'intervision:read' } },
      schema: {
        tags,
        operationId: 'listIntervisionRounds',
        summary: 'Open intervision rounds, and those you facilitate or signed up for',
        response: { 200: z.object({ items: z.array(ZIntervisionRound) }) },
      },
    },
    async (request) => ({ items: await service.list(actorOf(request)) }),
  );

  fastify.post(
    '/intervision/rounds',
    {
      config: { access: { platform: 'intervision:facilitate' } },
      schema: {
        tags,
        operationId: 'openIntervisionRound',
        summary: 'Open an intervision round on a theme (critical friend or admin, who facilitates it)',
        body: ZIntervisionRoundCreate,
        response: { 201: ZIntervisionRoundDetail },
      },
    },
    async (request, reply) => reply.code(201).send(await service.create(contextOf(request), request.body)),
  );

  fastify.get(
    '/intervision/rounds/:roundId',
    {
      config: { access: { platform: 'intervision:read' } },
      schema: {
        tags,
        operationId: 'getIntervisionRound',
        summary: 'A round, with the sign-ups and groups you may read (dilemmas only of your own group)',
        params: ZIntervisionRoundParams,
        response: { 200: ZIntervisionRoundDetail },
      },
    },
    async (request) => service.get(actorOf(request), request.params.roundId),
  );

  fastify.put(
    '/intervision/rounds/:roundId/sign-up',
    {
      config: { access: { platform: 'intervision:sign-up' } },
      schema: {
        tags,
        operationId: 'saveIntervisionSignUp',
        summary: 'Sign up, or change your sign-up, before the deadline (programme manager)',
        params: ZIntervisionRoundParams,
        body: ZIntervisionSignUpInput,
        response: { 200: ZIntervisionRoundDetail },
      },
    },
    async (request) => service.signUp(contextOf(request), request.params.roundId, request.body),
  );

  fastify.delete(
    '/intervision/rounds/:roundId/sign-up',
    {
      config: { access: { platform: 'intervision:sign-up' } },
      schema: {
        tags,
        operationId: 'withdrawIntervisionSignUp',
        summary: 'Withdraw your sign-up before the deadline',
        params: ZIntervisionRoundParams,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await service.withdraw(contextOf(request), request.params.roundId);
      return reply.code(204).send();
    },
  );

  fastify.post(
    '/intervision/rounds/:roundId/proposal',
    {
      config: { access: { platform: 'intervision:facilitate' } },
      preValidation: facilitatorOfRound,
      schema: {
        tags,
        operationId: 'proposeIntervisionGroups',
        summary: 'Let Koers propose groups of five to eight from different partnerships and boards (facilitator)',
        params: ZIntervisionRoundParams,
        response: { 200: ZIntervisionRoundDetail },
      },
    },
    async (request) => service.propose(contextOf(request), request.params.roundId),
  );

  fastify.put(
    '/intervision/rounds/:roundId/groups',
    {
      config: { access: { platform: 'intervision:facilitate' } },
      preValidation: facilitatorOfRound,
      schema: {
        tags,
        operationId: 'arrangeIntervisionGroups',
        summary: 'Move people between groups and choose a case per group (facilitator)',
        params: ZIntervisionRoundParams,
        body: ZIntervisionGroupsUpdate,
        response: { 200: ZIntervisionRoundDetail },
      },
    },
    async (request) => service.arrange(contextOf(request), request.params.roundId, request.body),
  );

  fastify.post(
    '/intervision/rounds/:roundId/confirmation',
    {
      config: { access: { platform: 'intervision:facilitate' } },
      preValidation: facilitatorOfRound,
      schema: {
        tags,
        operationId: 'confirmIntervisionGroups',
        summary: 'Confirm the groups; every participant is notified of theirs (facilitator)',
        params: ZIntervisionRoundParams,
        response: { 200: ZIntervisionRoundDetail },
      },
    },
    async (request) => service.confirm(contextOf(request), request.params.roundId),
  );

  fastify.get(
    '/intervision/groups/:groupId',
    {
      config: { access: { platform: 'intervision:read' } },
      schema: {
        tags,
        operationId: 'getIntervisionGroup',
        summary: 'A group with its members’ dilemmas and its sessions (its members and facilitator only)',
        params: ZIntervisionGroupParams,
        response: { 200: ZIntervisionGroup },
      },
    },
    async (request) => service.group(actorOf(request), request.params.groupId),
  );

  fastify.post(
    '/intervision/groups/:groupId/sessions',
    {
      config: { access: { platform: 'intervision:facilitate' } },
      preValidation: facilitatorOfGroup,
      schema: {
        tags,
        operationId: 'planIntervisionSession',
        summary: 'Plan a session of a group: when, and where or which video link (facilitator)',
        params: ZIntervisionGroupParams,
        body: ZIntervisionSessionCreate,
        response: { 201: ZIntervisionGroup },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.planSession(contextOf(request), request.params.groupId, request.body)),
  );

  fastify.post(
    '/intervision/groups/:groupId/take-aways',
    {
      config: { access: { platform: 'intervision:sign-up' } },
      preValidation: memberOfGroup,
      schema: {
        tags,
        operationId: 'createIntervisionTakeAway',
        summary: 'Turn what you took away into an action of your own partnership (group member)',
        params: ZIntervisionGroupParams,
        body: ZIntervisionTakeAway,
        response: { 201: ZAction },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.takeAway(contextOf(request), request.params.groupId, request.body)),
  );
};
