import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import type { onRequestHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { CSRF_HEADER } from '@koers/shared/auth';
import type { TAccess } from '@koers/shared/policy';
import type { TRoleAssignment } from '@koers/shared/roles';
import { UnauthenticatedError } from '../errors.ts';
import { findSessionActor } from '../modules/auth/access.repository.ts';
import { hashToken } from '../modules/auth/tokens.ts';
import * as sessions from '../modules/auth/session.repository.ts';

/** The signed-in person behind a request. */
export type TActor = {
  personId: string;
  displayName: string;
  email: string;
  roles: TRoleAssignment[];
  access: TAccess;
  sessionTokenHash: string;
};

/** Who acts, and under which request id the audit log records it. */
export type TRequestContext = { actor: TActor; requestId: string };

declare module 'fastify' {
  // Declaration merging needs interfaces.
  /* eslint-disable @typescript-eslint/consistent-type-definitions */
  interface FastifyRequest {
    actor: TActor | null;
  }
  interface FastifyInstance {
    /** Route hook: 401 unless a live session is behind the request. */
    authenticate: onRequestHookHandler;
  }
  /* eslint-enable @typescript-eslint/consistent-type-definitions */
}

export const SESSION_COOKIE = 'koers_session';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export type AuthPluginOptions = { sessionIdleMinutes: number };

export default fp<AuthPluginOptions>(
  async (fastify, opts) => {
    await fastify.register(fastifyCookie);
    // Double-submit token: a random secret in an HttpOnly SameSite=Strict cookie, and a token derived
    // from it that the web app sends in a header. Another site can send neither.
    await fastify.register(fastifyCsrf, {
      sessionPlugin: '@fastify/cookie',
      cookieKey: 'koers_csrf',
      cookieOpts: { path: '/', httpOnly: true, sameSite: 'strict', secure: 'auto' },
      getToken: (request) => {
        const token = request.headers[CSRF_HEADER];
        return typeof token === 'string' ? token : undefined;
      },
    });

    fastify.decorateRequest('actor', null);

    fastify.addHook('onRequest', async (request) => {
      const token = request.cookies[SESSION_COOKIE];
      if (!token || !request.url.startsWith('/api/')) return;
      const tokenHash = hashToken(token);
      const found = await findSessionActor(fastify.db, tokenHash, opts.sessionIdleMinutes);
      if (!found) return;
      // Sliding idle timeout, written at most once a minute per session.
      if (found.stale) await sessions.touchSession(fastify.db, tokenHash);
      const { stale: _stale, ...actor } = found;
      request.actor = { ...actor, sessionTokenHash: tokenHash };
    });

    // After route-level authentication (onRequest) and before body validation: a state change
    // without a valid token is refused before anything looks at what it wants to change.
    fastify.addHook('preValidation', (request, reply, done) => {
      if (!UNSAFE_METHODS.has(request.method) || !request.url.startsWith('/api/')) return done();
      fastify.csrfProtection(request, reply, done);
    });

    fastify.decorate('authenticate', async (request) => {
      if (!request.actor) {
        throw new UnauthenticatedError(
          request.cookies[SESSION_COOKIE] ? 'Your session has ended; sign in again' : undefined,
        );
      }
    });
  },
  { name: 'auth', dependencies: ['db'] },
);
