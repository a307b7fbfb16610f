import fp from 'fastify-plugin';
import { ForbiddenError, TokenReadOnlyError, UnauthenticatedError } from '../errors.ts';
import { bearerTokenOf } from '../modules/api-tokens/bearer.ts';
import { findLiveApiToken, noteApiTokenUse } from '../modules/api-tokens/api-tokens.repository.ts';
import { loadRolesAndAccess } from '../modules/auth/access.repository.ts';
import { adminNeedsSecondFactor, withoutAdminRights } from '../modules/second-factor/second-factor-rule.ts';
import { findTotpFactor } from '../modules/second-factor/second-factor.repository.ts';
import { hashToken } from '../modules/auth/tokens.ts';

/** What a token may do: read. Everything else needs a person at a browser, with a session and CSRF token. */
const READ_METHODS = new Set(['GET', 'HEAD']);
/**
 * A person's own account and sign-in (their personal-data export, sessions, second factor, passkeys,
 * tokens, calendar feed): an integration reads partnership data, never these.
 */
const PERSONAL_ROUTES = /^\/api\/(account|auth)(\/|\?|$)/;

/**
 * Requests with `Authorization: Bearer <API token>`: an integration reading as the token's owner, with
 * the roles the owner holds at that moment (no cache: integrations ask seldom, and a role taken away
 * must end what the token reads at once). Such a request never uses a session cookie (the auth plugin
 * leaves it alone), so it needs no CSRF token; it is refused before any route sees it when it changes
 * anything, which keeps sessions, tokens and passwords out of a token's reach.
 */
type TApiTokenAuthOptions = { secondFactorExemptions: ReadonlySet<string> };

export default fp<TApiTokenAuthOptions>(
  async (fastify, opts) => {
    fastify.addHook('onRequest', async (request) => {
      if (!request.url.startsWith('/api/')) return;
      const secret = bearerTokenOf(request);
      if (secret === undefined) return;
      const token = await findLiveApiToken(fastify.db, hashToken(secret));
      if (!token) throw new UnauthenticatedError('This API token is not valid: it has expired or was revoked');
      await noteApiTokenUse(fastify.db, token.tokenId, {
        actorPersonId: token.personId,
        action: 'api-token.used',
        subjectType: 'api_token',
        requestId: request.id,
        // The route's pattern, never its URL: a path may carry another secret.
        details: { route: `${request.method} ${request.routeOptions.url ?? '(no route)'}` },
      });
      const [{ roles, access }, factor] = await Promise.all([
        loadRolesAndAccess(fastify.db, token.personId),
        findTotpFactor(fastify.db, token.personId),
      ]);
      // A token is a secret like a password: it reads with admin rights only when its owner has the
      // second factor that admins who sign in with a password need.
      const secondFactorRequired = adminNeedsSecondFactor(
        { email: token.email, access, signInMethod: 'password', enrolled: Boolean(factor?.confirmed_at) },
        opts.secondFactorExemptions,
      );
      request.actor = {
        personId: token.personId,
        displayName: token.displayName,
        email: token.email,
        roles,
        access: secondFactorRequired ? withoutAdminRights(access) : access,
        secondFactorRequired,
        credential: { kind: 'api-token', tokenId: token.tokenId },
      };
      if (!READ_METHODS.has(request.method)) throw new TokenReadOnlyError();
      if (PERSONAL_ROUTES.test(request.url))
        throw new ForbiddenError('API tokens read partnership data; your account needs you to sign in');
    });
  },
  { name: 'api-token-auth', dependencies: ['db', 'auth'] },
);
