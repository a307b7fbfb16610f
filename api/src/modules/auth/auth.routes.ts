import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZLoginBody,
  ZOneTimeLinkInfo,
  ZOneTimeLinkParams,
  ZOneTimeLinkUse,
  ZPasswordResetRequest,
  ZSessionInfo,
  ZSignedIn,
} from '@koers/shared/auth';
import { ZSecondFactorCode, ZSecondStepNeeded } from '@koers/shared/second-factor';
import { ZSignedOut } from '@koers/shared/sign-in-identities';
import type { TConfig } from '../../config.ts';
import type { TMailer } from '../../mail/mailer.ts';
import { SESSION_COOKIE } from '../../plugins/auth.ts';
import { csrfTokenOf } from '../../plugins/csrf.ts';
import { createSecondStepService } from '../second-factor/second-step.service.ts';
import type { TOidcClients } from '../sign-in-identities/oidc-clients.ts';
import type { TSecretBox } from '../second-factor/secret-box.ts';
import { providerLogoutUrl } from '../sign-in-identities/provider-logout.ts';
import { createAuthService, toCurrentUser } from './auth.service.ts';
import { setSessionCookie as setSessionCookieFor } from './session-cookie.ts';

export type TAuthRoutesOptions = {
  config: Pick<TConfig, 'sessionAbsoluteHours' | 'sessionIdleMinutes' | 'publicUrl' | 'oidcProviders'>;
  mailer: TMailer;
  secondFactorExemptions: ReadonlySet<string>;
  oidcClients: TOidcClients;
  /** Opens the authenticator secrets that the second step checks codes against. */
  secretBox: TSecretBox;
};

/** Holds a pending sign-in between the password and the code; sent only to the second step. */
const SECOND_STEP_COOKIE = 'koers_second_step';
const SECOND_STEP_PATH = '/api/auth/login/second-factor';

export const authRoutes: FastifyPluginAsyncZod<TAuthRoutesOptions> = async (
  fastify,
  { config, mailer, secondFactorExemptions, oidcClients, secretBox },
) => {
  const service = createAuthService({ db: fastify.db, config, mailer, log: fastify.log, secondFactorExemptions });
  const secondStep = createSecondStepService({ db: fastify.db, config, secondFactorExemptions, secretBox });
  fastify.addHook('onClose', () => service.settle());

  const setSessionCookie = (reply: FastifyReply, token: string) =>
    setSessionCookieFor(reply, token, config.sessionAbsoluteHours);

  fastify.get(
    '/session',
    {
      schema: {
        tags: ['auth'],
        operationId: 'getSession',
        summary: 'Who is signed in, and the CSRF token to send with every change',
        response: { 200: ZSessionInfo },
      },
    },
    async (request, reply) => {
      // A cookie of a session that has ended is dropped, so the browser stops sending it.
      if (!request.actor && request.cookies[SESSION_COOKIE]) reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { user: request.actor ? toCurrentUser(request.actor) : null, csrfToken: reply.csrfToken() };
    },
  );

  fastify.post(
    '/login',
    {
      schema: {
        tags: ['auth'],
        operationId: 'signIn',
        summary:
          'Sign in with email and password; 202 when a second factor is to follow (429 with Retry-After when throttled; 403 SSO_REQUIRED for a domain that signs in through its institution)',
        body: ZLoginBody,
        response: { 200: ZSignedIn, 202: ZSecondStepNeeded },
      },
    },
    async (request, reply) => {
      const outcome = await service.login(request.body.email, request.body.password, {
        requestId: request.id,
        ip: request.ip,
      });
      if (outcome.secondStep) {
        // Nobody is signed in yet: the page keeps its pre-session token for the second step.
        reply.setCookie(SECOND_STEP_COOKIE, outcome.pendingToken, {
          path: SECOND_STEP_PATH,
          httpOnly: true,
          sameSite: 'strict',
          secure: 'auto',
        });
        return reply.code(202).send({ secondStep: 'totp' as const });
      }
      setSessionCookie(reply, outcome.token);
      // A new session, a new token: the one from before sign-in, which a page of this browser held, ends.
      reply.endPreSession();
      return { user: outcome.user, csrfToken: csrfTokenOf(outcome.token) };
    },
  );

  fastify.post(
    '/login/second-factor',
    {
      schema: {
        tags: ['auth'],
        operationId: 'completeSignInWithSecondFactor',
        summary:
          'Complete a password sign-in with a code from the authenticator app or a recovery code (401 when wrong, 429 when throttled)',
        body: ZSecondFactorCode,
        response: { 200: ZSignedIn },
      },
    },
    async (request, reply) => {
      const { token, user } = await secondStep.complete(request.cookies[SECOND_STEP_COOKIE], request.body.code, {
        requestId: request.id,
        ip: request.ip,
      });
      reply.clearCookie(SECOND_STEP_COOKIE, { path: SECOND_STEP_PATH });
      setSessionCookie(reply, token);
      reply.endPreSession();
      return { user, csrfToken: csrfTokenOf(token) };
    },
  );

  fastify.post(
    '/logout',
    {
      schema: {
        tags: ['auth'],
        operationId: 'signOut',
        summary: "Sign out: the session ends on the server; the answer offers the provider's sign-out where it has one",
        response: { 200: ZSignedOut },
      },
    },
    async (request, reply) => {
      const sessionToken = request.cookies[SESSION_COOKIE];
      const logoutUrl = await providerLogoutUrl(fastify.db, oidcClients, config.publicUrl, sessionToken, request.log);
      await service.logout(request.actor, sessionToken, request.id);
      // The session's token dies with it; the next page load starts a new pre-session with a new token.
      reply.endPreSession();
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { providerLogoutUrl: logoutUrl };
    },
  );

  fastify.post(
    '/password-reset-requests',
    {
      schema: {
        tags: ['auth'],
        operationId: 'requestPasswordReset',
        summary:
          'Send a one-time link to set a new password (answers 202 whether or not the address is known; 429 when throttled)',
        body: ZPasswordResetRequest,
        response: { 202: z.undefined() },
      },
    },
    async (request, reply) => {
      await service.requestPasswordReset(request.body.email, { requestId: request.id, ip: request.ip });
      return reply.code(202).send();
    },
  );

  fastify.get(
    '/one-time-links/:token',
    {
      schema: {
        tags: ['auth'],
        operationId: 'getOneTimeLink',
        summary: 'What an invitation or password-reset link is for, while it can still be used',
        params: ZOneTimeLinkParams,
        response: { 200: ZOneTimeLinkInfo },
      },
    },
    async (request) => service.describeOneTimeLink(request.params.token),
  );

  fastify.post(
    '/one-time-links/:token',
    {
      config: { access: { link: 'one-time' } },
      schema: {
        tags: ['auth'],
        operationId: 'useOneTimeLink',
        summary: 'Use an invitation or password-reset link to set a password',
        params: ZOneTimeLinkParams,
        body: ZOneTimeLinkUse,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await service.useOneTimeLink(request.params.token, request.body.password, request.id);
      return reply.code(204).send();
    },
  );
};
