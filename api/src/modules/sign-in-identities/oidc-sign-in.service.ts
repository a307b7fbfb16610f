import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import * as client from 'openid-client';
import type { TConfig } from '../../config.ts';
import type { TDatabase } from '../../db/schema.ts';
import { NotFoundError, SignInFailedError, SignInProviderUnavailableError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { addressOf, forgiveAttempt, type TCountedLimit, type TLimit } from '../auth/attempt-throttle.ts';
import * as sessions from '../auth/session.repository.ts';
import { throttleAttempt } from '../auth/throttle-attempt.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import type { TOidcClient, TOidcClients } from './oidc-clients.ts';
import {
  activateInvitedPerson,
  deleteExpiredSignInAttempts,
  findBindablePerson,
  findPersonBySubject,
  insertIdentity,
  insertSignInAttempt,
  markSessionProvider,
  takeSignInAttempt,
  touchIdentity,
} from './sign-in-identities.repository.ts';
import { addressesVouchedFor, type TClaims } from './vouched-addresses.ts';

/**
 * Starts and returns from one address: a sign-in weighs twice, and gives both back when it succeeds (a
 * school's staff share one address). Each start keeps an attempt row and each return asks the provider,
 * so an anonymous caller must not be able to do either without end.
 */
const INSTITUTION_SIGN_IN_LIMITS = {
  address: { name: 'institution-sign-in:address', attempts: 60, windowSeconds: 15 * 60 },
} satisfies Record<string, TLimit>;

/** Who is asking, as far as the throttle and the audit log are concerned. */
type TCaller = { requestId: string; ip: string };

type TDeps = {
  db: Kysely<TDatabase>;
  clients: TOidcClients;
  config: Pick<TConfig, 'publicUrl' | 'sessionAbsoluteHours' | 'sessionIdleMinutes'>;
  log: FastifyBaseLogger;
};

/** A sign-in that reached Koers: a session token, or no access for someone nobody invited. */
export type TSignInOutcome = { kind: 'signed-in'; sessionToken: string } | { kind: 'no-access' };

function redirectUriOf(publicUrl: string, provider: string): string {
  return `${publicUrl}/api/auth/oidc/${provider}/callback`;
}

export function createOidcSignInService({ db, clients, config, log }: TDeps) {
  const clientOf = async (name: string): Promise<TOidcClient> => {
    let found: TOidcClient | undefined;
    try {
      found = await clients.get(name);
    } catch (err) {
      // Its discovery document could not be read: the provider is down or misconfigured, not the person.
      log.error({ err, provider: name }, 'OpenID Connect discovery failed');
      throw new SignInProviderUnavailableError();
    }
    if (!found) throw new NotFoundError('Sign-in provider');
    return found;
  };

  const throttle = (caller: TCaller) =>
    throttleAttempt(db, { what: 'institution-sign-in', limits: [addressLimit(caller)], caller });
  const addressLimit = (caller: TCaller): TCountedLimit => ({
    limit: INSTITUTION_SIGN_IN_LIMITS.address,
    counts: addressOf(caller.ip),
  });

  const refuse = async (provider: string, reason: string, requestId: string, personId: string | null = null) => {
    await recordAudit(db, {
      actorPersonId: null,
      action: 'auth.sso-refused',
      subjectType: 'person',
      subjectId: personId,
      requestId,
      details: { method: 'oidc', provider, reason },
    });
  };

  return {
    /**
     * Starts a sign-in: state, nonce and PKCE verifier are kept server-side for ten minutes; the browser
     * keeps the state in a cookie, so only the browser that started can finish.
     */
    async start(name: string, caller: TCaller): Promise<{ authorizationUrl: string; state: string }> {
      await throttle(caller);
      const oidc = await clientOf(name);
      const state = client.randomState();
      const nonce = client.randomNonce();
      const codeVerifier = client.randomPKCECodeVerifier();
      await deleteExpiredSignInAttempts(db);
      await insertSignInAttempt(db, hashToken(state), { provider: name, nonce, codeVerifier });
      const url = client.buildAuthorizationUrl(oidc.configuration, {
        redirect_uri: redirectUriOf(config.publicUrl, name),
        scope: 'openid email',
        state,
        nonce,
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
      });
      return { authorizationUrl: url.href, state };
    },

    /**
     * Finishes a sign-in at the callback. The attempt is taken out first, so a replayed callback finds
     * nothing; openid-client then checks the state, exchanges the code with the verifier and checks the
     * ID token (signature, issuer, audience, nonce). SSO never creates anyone: a subject bound before signs
     * in; a subject an admin configured binds at its first sign-in; else an invited person whose address
     * the provider vouches for is bound; else no access.
     */
    async finish(name: string, state: string | undefined, callbackUrl: URL, caller: TCaller): Promise<TSignInOutcome> {
      const { requestId } = caller;
      await throttle(caller);
      const oidc = await clientOf(name);
      // Without the state cookie this browser started nothing here: refused, and not worth an audit row.
      if (!state) throw new SignInFailedError();
      const attempt = await takeSignInAttempt(db, hashToken(state), name);
      if (!attempt) {
        await refuse(name, 'unknown-state', requestId);
        throw new SignInFailedError();
      }

      let claims: TClaims;
      try {
        const tokens = await client.authorizationCodeGrant(oidc.configuration, callbackUrl, {
          pkceCodeVerifier: attempt.codeVerifier,
          expectedState: state,
          expectedNonce: attempt.nonce,
          idTokenExpected: true,
        });
        const idClaims = tokens.claims();
        if (!idClaims) throw new SignInFailedError();
        claims = idClaims;
        // Providers such as SURFconext release the address and affiliation through UserInfo only.
        if (addressesVouchedFor(claims).length === 0 && oidc.configuration.serverMetadata().userinfo_endpoint) {
          const userInfo = await client.fetchUserInfo(oidc.configuration, tokens.access_token, idClaims.sub);
          claims = { ...userInfo, ...idClaims };
        }
      } catch (err) {
        log.warn({ err, requestId, provider: name }, 'OpenID Connect callback refused');
        await refuse(name, 'invalid-response', requestId);
        throw err instanceof SignInFailedError ? err : new SignInFailedError();
      }

      const subject = String(claims.sub);
      const bound = await findPersonBySubject(db, name, subject);
      // An admin configured this subject and it signs in for the first time: it binds, as an address would.
      const expected = bound !== undefined && bound.last_used_at === null;
      let personId: string;
      if (bound) {
        const mayEnter = bound.status === 'active' || (expected && bound.status === 'invited');
        if (!mayEnter) {
          await refuse(name, 'account-not-active', requestId, bound.id);
          return { kind: 'no-access' };
        }
        personId = bound.id;
      } else {
        const invited = await findBindablePerson(db, name, addressesVouchedFor(claims));
        if (!invited) {
          await refuse(name, 'not-invited', requestId);
          return { kind: 'no-access' };
        }
        personId = invited.id;
      }

      const { token, hash } = newToken();
      await db.transaction().execute(async (trx) => {
        if (!bound || expected) {
          if (bound) await touchIdentity(trx, name, subject);
          else await insertIdentity(trx, personId, name, subject);
          await activateInvitedPerson(trx, personId);
          await recordAudit(trx, {
            actorPersonId: personId,
            action: 'auth.sso-bound',
            subjectType: 'person',
            subjectId: personId,
            requestId,
            details: { provider: name, by: bound ? 'configured-subject' : 'vouched-address' },
          });
        } else {
          await touchIdentity(trx, name, subject);
        }
        await sessions.insertSession(trx, hash, personId, config.sessionAbsoluteHours, 'oidc');
        await markSessionProvider(trx, hash, name);
        await recordAudit(trx, {
          actorPersonId: personId,
          action: 'auth.login',
          subjectType: 'session',
          requestId,
          details: { method: 'oidc', provider: name },
        });
      });
      await forgiveAttempt(db, { giveBack: [addressLimit(caller), addressLimit(caller)], clear: [] });
      await sessions.deleteExpiredSessions(db, config.sessionIdleMinutes);
      return { kind: 'signed-in', sessionToken: token };
    },
  };
}
