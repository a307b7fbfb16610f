import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZSignedIn } from '@koers/shared/auth';
import { ZCeremonyOptions, ZPasskey, ZPasskeyEnrolment, ZPasskeyParams, ZPasskeySignIn } from '@koers/shared/passkeys';
import type { TConfig } from '../../config.ts';
import { csrfTokenOf } from '../../plugins/csrf.ts';
import { contextOf } from '../auth/authorize.ts';
import { setSessionCookie } from '../auth/session-cookie.ts';
import { createPasskeySignInService } from './passkey-sign-in.service.ts';
import { createPasskeysService } from './passkeys.service.ts';
import { relyingPartyOf } from './relying-party.ts';

type TPasskeyRoutesOptions = {
  config: Pick<TConfig, 'publicUrl' | 'sessionAbsoluteHours' | 'sessionIdleMinutes'>;
};

/** The signed-in person's passkeys, on their account page. */
export const passkeyAccountRoutes: FastifyPluginAsyncZod<TPasskeyRoutesOptions> = async (fastify, { config }) => {
  const service = createPasskeysService({ db: fastify.db, relyingParty: relyingPartyOf(config.publicUrl) });
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.get(
    '/',
    {
      schema: {
        tags: ['passkeys'],
        operationId: 'listPasskeys',
        summary: 'Your passkeys: name, when enrolled, when last used',
        response: { 200: z.object({ items: z.array(ZPasskey) }) },
      },
    },
    async (request) => ({ items: await service.list(contextOf(request)) }),
  );

  fastify.post(
    '/registration-options',
    {
      schema: {
        tags: ['passkeys'],
        operationId: 'createPasskeyRegistrationOptions',
        summary: 'Start enrolling a passkey: the options for navigator.credentials.create (valid for minutes, once)',
        response: { 200: ZCeremonyOptions },
      },
    },
    async (request) => service.registrationOptions(contextOf(request)),
  );

  fastify.post(
    '/',
    {
      schema: {
        tags: ['passkeys'],
        operationId: 'enrolPasskey',
        summary: 'Enrol the passkey the browser made for the options (400 when its answer does not check out)',
        body: ZPasskeyEnrolment,
        response: { 201: ZPasskey },
      },
    },
    async (request, reply) => reply.code(201).send(await service.enrol(contextOf(request), request.body)),
  );

  fastify.delete(
    '/:passkeyId',
    {
      schema: {
        tags: ['passkeys'],
        operationId: 'removePasskey',
        summary: 'Remove one of your passkeys: it no longer signs you in',
        params: ZPasskeyParams,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await service.remove(contextOf(request), request.params.passkeyId);
      return reply.code(204).send();
    },
  );
};

/** Signing in with a passkey instead of an email address and password. */
export const passkeySignInRoutes: FastifyPluginAsyncZod<TPasskeyRoutesOptions> = async (fastify, { config }) => {
  const service = createPasskeySignInService({
    db: fastify.db,
    relyingParty: relyingPartyOf(config.publicUrl),
    config,
  });

  fastify.post(
    '/options',
    {
      schema: {
        tags: ['auth'],
        operationId: 'createPasskeySignInOptions',
        summary: 'Start a passkey sign-in: the options for navigator.credentials.get (429 when throttled)',
        response: { 200: ZCeremonyOptions },
      },
    },
    async (request) => service.options({ requestId: request.id, ip: request.ip }),
  );

  fastify.post(
    '/',
    {
      schema: {
        tags: ['auth'],
        operationId: 'signInWithPasskey',
        summary: 'Sign in with the passkey answer to those options (401 when refused, 429 when throttled)',
        body: ZPasskeySignIn,
        response: { 200: ZSignedIn },
      },
    },
    async (request, reply) => {
      const { token, user } = await service.signIn(request.body, { requestId: request.id, ip: request.ip });
      setSessionCookie(reply, token, config.sessionAbsoluteHours);
      // A new session, a new token: the one from before sign-in ends, as with a password.
      reply.endPreSession();
      return { user, csrfToken: csrfTokenOf(token) };
    },
  );
};
