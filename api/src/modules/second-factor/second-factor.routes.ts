import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZRecoveryCodes, ZSecondFactorCode, ZSecondFactorStatus, ZTotpEnrolment } from '@koers/shared/second-factor';
import { actorOf } from '../auth/authorize.ts';
import { createSecondFactorService } from './second-factor.service.ts';
import type { TSecretBox } from './secret-box.ts';

/** The signed-in person's own second factor (an authenticator app) and recovery codes. */
export const secondFactorRoutes: FastifyPluginAsyncZod<{ secretBox: TSecretBox }> = async (fastify, { secretBox }) => {
  const service = createSecondFactorService(fastify.db, secretBox);
  fastify.addHook('onRequest', fastify.authenticate);
  const callerOf = (request: { id: string; ip: string }) => ({ requestId: request.id, ip: request.ip });

  fastify.get(
    '/',
    {
      schema: {
        tags: ['account'],
        operationId: 'getSecondFactor',
        summary: 'Whether you have a second factor, and how many recovery codes are left',
        response: { 200: ZSecondFactorStatus },
      },
    },
    async (request) => service.status(actorOf(request)),
  );

  fastify.post(
    '/enrolment',
    {
      schema: {
        tags: ['account'],
        operationId: 'startSecondFactorEnrolment',
        summary: 'Start enrolling an authenticator app: its secret and QR code, shown this once (409 when enrolled)',
        response: { 200: ZTotpEnrolment },
      },
    },
    async (request) => service.startEnrolment(actorOf(request)),
  );

  fastify.post(
    '/enrolment/confirmation',
    {
      schema: {
        tags: ['account'],
        operationId: 'confirmSecondFactorEnrolment',
        summary: 'Confirm the enrolment with a code from the app; answers the recovery codes, shown this once',
        body: ZSecondFactorCode,
        response: { 200: ZRecoveryCodes },
      },
    },
    async (request) => service.confirmEnrolment(actorOf(request), request.body.code, callerOf(request)),
  );

  fastify.post(
    '/recovery-codes',
    {
      schema: {
        tags: ['account'],
        operationId: 'replaceRecoveryCodes',
        summary: 'Replace your recovery codes (a current code required); the new ones are shown this once',
        body: ZSecondFactorCode,
        response: { 200: ZRecoveryCodes },
      },
    },
    async (request) => service.replaceRecoveryCodes(actorOf(request), request.body.code, callerOf(request)),
  );

  fastify.delete(
    '/',
    {
      schema: {
        tags: ['account'],
        operationId: 'removeSecondFactor',
        summary: 'Switch your second factor off (a current code required)',
        body: ZSecondFactorCode,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await service.disable(actorOf(request), request.body.code, callerOf(request));
      return reply.code(204).send();
    },
  );
};
