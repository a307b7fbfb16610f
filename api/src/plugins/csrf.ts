import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { CSRF_HEADER } from '@koers/shared/auth';
import { CsrfTokenError, ForbiddenError } from '../errors.ts';
import { SESSION_COOKIE } from './auth.ts';

declare module 'fastify' {
  // Declaration merging needs interfaces.
  /* eslint-disable @typescript-eslint/consistent-type-definitions */
  interface FastifyReply {
    /** The CSRF token of the request's session, or of a new pre-session when nobody is signed in. */
    csrfToken(): string;
    /** After sign-in or sign-out: the old pre-session and its token are no longer any use. */
    endPreSession(): void;
  }
  /* eslint-enable @typescript-eslint/consistent-type-definitions */
}

/** Before sign-in, the token is bound to this random HttpOnly cookie instead of a session. */
export const PRE_SESSION_COOKIE = 'koers_csrf';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** What a browser says of a request that another site started (Fetch Metadata). */
const SAME_ORIGIN_FETCH_SITES = new Set(['same-origin', 'none']);

/**
 * The synchronizer token of a session (or pre-session): an HMAC keyed with its secret cookie value, so
 * every instance derives the same token with nothing to store, and it changes with the session.
 */
export function csrfTokenOf(secret: string): string {
  return createHmac('sha256', secret).update('koers csrf token').digest('base64url');
}

function sameToken(sent: string, expected: string): boolean {
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

type TCsrfPluginOptions = { publicUrl: string };

export default fp<TCsrfPluginOptions>(
  async (fastify, { publicUrl }) => {
    const publicOrigin = new URL(publicUrl).origin;
    const preSessionCookie = { path: '/', httpOnly: true, sameSite: 'strict', secure: 'auto' } as const;

    /** The secret the request's token is bound to: its live session's, else its pre-session's. */
    const bindingSecretOf = (request: FastifyRequest): string | undefined =>
      request.actor ? request.cookies[SESSION_COOKIE] : request.cookies[PRE_SESSION_COOKIE];

    fastify.decorateReply('csrfToken', function (this: FastifyReply) {
      let secret = bindingSecretOf(this.request);
      if (!secret) {
        secret = randomBytes(32).toString('base64url');
        this.setCookie(PRE_SESSION_COOKIE, secret, preSessionCookie);
      }
      return csrfTokenOf(secret);
    });
    fastify.decorateReply('endPreSession', function (this: FastifyReply) {
      if (this.request.cookies[PRE_SESSION_COOKIE]) this.clearCookie(PRE_SESSION_COOKIE, preSessionCookie);
    });

    /** A browser tells where a request came from; another site's page may not change anything here. */
    const isCrossSite = (request: FastifyRequest): boolean => {
      const fetchSite = request.headers['sec-fetch-site'];
      if (typeof fetchSite === 'string' && !SAME_ORIGIN_FETCH_SITES.has(fetchSite)) return true;
      const origin = request.headers.origin;
      if (origin === undefined) return false;
      return origin !== publicOrigin && origin !== `${request.protocol}://${request.host}`;
    };

    // After route-level authentication (onRequest) and before body validation: a state change from another
    // site, or without this session's token, is refused before anything looks at what it wants to change.
    fastify.addHook('preValidation', async (request) => {
      if (!UNSAFE_METHODS.has(request.method) || !request.url.startsWith('/api/')) return;
      if (isCrossSite(request)) throw new ForbiddenError('Changes from another site are refused');
      const secret = bindingSecretOf(request);
      const sent = request.headers[CSRF_HEADER];
      if (!secret || typeof sent !== 'string' || !sameToken(sent, csrfTokenOf(secret))) {
        throw new CsrfTokenError();
      }
    });
  },
  { name: 'csrf', dependencies: ['auth'] },
);
