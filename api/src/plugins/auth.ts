import fastifyCookie from '@fastify/cookie';
import DataLoader from 'dataloader';
import type { onRequestHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { LRUCache } from 'lru-cache';
import type { TAccess } from '@koers/shared/policy';
import type { TRoleAssignment } from '@koers/shared/roles';
import { batchPerTurn } from '../db/batch-per-turn.ts';
import { UnauthenticatedError } from '../errors.ts';
import { bearerTokenOf } from '../modules/api-tokens/bearer.ts';
import { findLiveSessions, loadRolesAndAccess, type TLiveSession } from '../modules/auth/access.repository.ts';
import { hashToken } from '../modules/auth/tokens.ts';
import { adminNeedsSecondFactor, withoutAdminRights } from '../modules/second-factor/second-factor-rule.ts';
import * as sessions from '../modules/auth/session.repository.ts';

/** The signed-in person behind a request. */
export type TActor = {
  personId: string;
  displayName: string;
  email: string;
  roles: TRoleAssignment[];
  access: TAccess;
  /**
   * An admin signed in with a password and without a second factor: `access` leaves out the admin rights
   * until they enrol one, and a refusal that only those rights would lift says so.
   */
  secondFactorRequired: boolean;
  /** What stands behind the request: a person's session, or an integration's read-only API token. */
  credential: { kind: 'session'; tokenHash: string } | { kind: 'api-token'; tokenId: string };
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

type TRolesAndAccess = Awaited<ReturnType<typeof loadRolesAndAccess>>;

type TAuthPluginOptions = {
  sessionIdleMinutes: number;
  /** Email addresses that need no second factor (the demo's shared accounts). */
  secondFactorExemptions: ReadonlySet<string>;
};

export default fp<TAuthPluginOptions>(
  async (fastify, opts) => {
    await fastify.register(fastifyCookie);
    fastify.decorateRequest('actor', null);

    // Roles and what they reach, per person, as of the version of their access scope: their role
    // assignments, and the memberships of the organisations they sit on the board of, move it, so a
    // person's access is loaded again after any change to it, on every instance. One entry per person
    // (the latest version seen), so memory stays bounded by the people signed in.
    const accessOfPerson = new LRUCache<string, { accessVersion: string; load: Promise<TRolesAndAccess> }>({
      max: 10_000,
    });
    const rolesAndAccessOf = (personId: string, accessVersion: string) => {
      const cached = accessOfPerson.get(personId);
      if (cached?.accessVersion === accessVersion) return cached.load;
      const entry = { accessVersion, load: loadRolesAndAccess(fastify.db, personId) };
      accessOfPerson.set(personId, entry);
      entry.load.catch(() => {
        if (accessOfPerson.get(personId) === entry) accessOfPerson.delete(personId);
      });
      return entry.load;
    };

    // Every request with a session cookie looks it up; requests that arrive in one turn of the event loop
    // (under load, several at once) share one query, and each sees its session and its access version as
    // they are when it arrived, or newer.
    const liveSessions = new DataLoader<string, TLiveSession | undefined>(async (tokenHashes) => {
      const found = await findLiveSessions(fastify.pg.pool, tokenHashes, opts.sessionIdleMinutes);
      return tokenHashes.map((tokenHash) => found.get(tokenHash));
    }, batchPerTurn(100));

    fastify.addHook('onRequest', async (request) => {
      const token = request.cookies[SESSION_COOKIE];
      // A request with an API token is the token's alone (plugins/api-token-auth.ts), whatever cookie it has.
      if (!token || !request.url.startsWith('/api/') || bearerTokenOf(request)) return;
      const tokenHash = hashToken(token);
      const session = await liveSessions.load(tokenHash);
      if (!session) return;
      // Sliding idle timeout, written at most once a minute per session.
      if (session.stale) await sessions.touchSession(fastify.db, tokenHash);
      const { stale: _stale, accessVersion, signInMethod, secondFactorEnrolled, ...person } = session;
      const { roles, access } = await rolesAndAccessOf(person.personId, accessVersion);
      const secondFactorRequired = adminNeedsSecondFactor(
        { email: person.email, access, signInMethod, enrolled: secondFactorEnrolled },
        opts.secondFactorExemptions,
      );
      request.actor = {
        ...person,
        roles,
        access: secondFactorRequired ? withoutAdminRights(access) : access,
        secondFactorRequired,
        credential: { kind: 'session', tokenHash },
      };
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
