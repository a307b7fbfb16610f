import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZOidcCallbackQuery, ZOidcProviderParams, ZOidcProviders } from '@koers/shared/sign-in-identities';
import type { TConfig } from '../../config.ts';
import { SignInFailedError, SignInProviderUnavailableError, TooManyRequestsError } from '../../errors.ts';
import { setSessionCookie } from '../auth/session-cookie.ts';
import type { TOidcClients } from './oidc-clients.ts';
import { createOidcSignInService } from './oidc-sign-in.service.ts';

export type TOidcRoutesOptions = {
  config: Pick<TConfig, 'publicUrl' | 'sessionAbsoluteHours' | 'sessionIdleMinutes'>;
  clients: TOidcClients;
};

/** Holds the state of a sign-in under way. Lax: the provider sends the browser back by a top-level GET. */
const STATE_COOKIE = 'koers_oidc_state';
const stateCookie = { path: '/api/auth/oidc', httpOnly: true, sameSite: 'lax', secure: 'auto' } as const;
/** The web app's page for someone nobody invited: no account is made. */
const NO_ACCESS_PAGE = '/login/no-access';

const ZRedirect = z.undefined().describe('A redirect: the browser follows the Location header');

/**
 * Both routes are browser navigations. A person whose sign-in did not complete (ten minutes at the
 * provider, the back button, a provider that is down) lands on the login page with a notice; a caller
 * that does not ask for HTML gets the error in the one error shape.
 */
async function orLoginPage(request: FastifyRequest, reply: FastifyReply, signIn: () => Promise<FastifyReply>) {
  try {
    return await signIn();
  } catch (err) {
    if (!request.headers.accept?.includes('text/html')) throw err;
    if (err instanceof SignInFailedError) return reply.redirect('/login?sign-in=failed', 303);
    if (err instanceof SignInProviderUnavailableError) return reply.redirect('/login?sign-in=unavailable', 303);
    if (err instanceof TooManyRequestsError) return reply.redirect('/login?sign-in=throttled', 303);
    throw err;
  }
}

/** Signing in with an institution's account through OpenID Connect (SURFconext, Microsoft, Google...). */
export const oidcRoutes: FastifyPluginAsyncZod<TOidcRoutesOptions> = async (fastify, { config, clients }) => {
  const service = createOidcSignInService({ db: fastify.db, clients, config, log: fastify.log });

  fastify.get(
    '/',
    {
      schema: {
        tags: ['auth'],
        operationId: 'listSignInProviders',
        summary: 'The providers the login page offers as "Sign in with <label>"',
        response: { 200: ZOidcProviders },
      },
    },
    async () => ({ items: clients.providers.map(({ name, label }) => ({ name, label })) }),
  );

  fastify.get(
    '/:provider',
    {
      schema: {
        tags: ['auth'],
        operationId: 'startProviderSignIn',
        summary: 'Start signing in at the provider: redirects there, with state, nonce and PKCE',
        params: ZOidcProviderParams,
        response: { 303: ZRedirect },
      },
    },
    async (request, reply) =>
      orLoginPage(request, reply, async () => {
        const { authorizationUrl, state } = await service.start(request.params.provider, {
          requestId: request.id,
          ip: request.ip,
        });
        reply.setCookie(STATE_COOKIE, state, { ...stateCookie, maxAge: 600 });
        return reply.redirect(authorizationUrl, 303);
      }),
  );

  fastify.get(
    '/:provider/callback',
    {
      schema: {
        tags: ['auth'],
        operationId: 'completeProviderSignIn',
        summary: 'Where the provider returns: signs an invited person in, or shows that they have no access',
        params: ZOidcProviderParams,
        querystring: ZOidcCallbackQuery,
        response: { 303: ZRedirect },
      },
    },
    async (request, reply) =>
      orLoginPage(request, reply, async () => {
        const state = request.cookies[STATE_COOKIE];
        reply.clearCookie(STATE_COOKIE, stateCookie);
        // The URL the provider redirected to, as registered there: openid-client checks it and sends it back.
        const callbackUrl = new URL(request.url, config.publicUrl);
        const outcome = await service.finish(request.params.provider, state, callbackUrl, {
          requestId: request.id,
          ip: request.ip,
        });
        if (outcome.kind === 'no-access') return reply.redirect(NO_ACCESS_PAGE, 303);
        setSessionCookie(reply, outcome.sessionToken, config.sessionAbsoluteHours);
        reply.endPreSession();
        return reply.redirect('/', 303);
      }),
  );
};
