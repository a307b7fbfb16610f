import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { TCurrentUser, TOneTimeLinkInfo } from '@koers/shared/auth';
import type { TConfig } from '../../config.ts';
import type { TDatabase } from '../../db/schema.ts';
import type { TExecutor } from '../../db/types.ts';
import { NotFoundError, PasswordTooWeakError, UnauthenticatedError } from '../../errors.ts';
import type { TMailer } from '../../mail/mailer.ts';
import type { TActor } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { adminNeedsSecondFactor, withoutAdminRights } from '../second-factor/second-factor-rule.ts';
import { findTotpFactor } from '../second-factor/second-factor.repository.ts';
import { refusePasswordWhereSsoRequired } from '../sign-in-identities/sso-domains.service.ts';
import { loadRolesAndAccess } from './access.repository.ts';
import { throttleAttempt } from './throttle-attempt.ts';
import { findAccountByEmail, setPasswordAndActivate } from './auth.repository.ts';
import {
  addressOf,
  forgiveAttempt,
  PASSWORD_RESET_LIMITS,
  SIGN_IN_LIMITS,
  type TCountedLimit,
} from './attempt-throttle.ts';
import { consumeLink, findUsableLink, issueOneTimeLink, oneTimeLinkUrl } from './one-time-link.repository.ts';
import { weakPasswordReason } from './password-strength.ts';
import * as realPasswords from './passwords.ts';
import * as sessions from './session.repository.ts';
import { hashToken, newToken } from './tokens.ts';

type TDeps = {
  db: Kysely<TDatabase>;
  config: Pick<TConfig, 'sessionAbsoluteHours' | 'sessionIdleMinutes' | 'publicUrl' | 'oidcProviders'>;
  mailer: TMailer;
  /** Email addresses that need no second factor (the demo's shared accounts). */
  secondFactorExemptions: ReadonlySet<string>;
  log: FastifyBaseLogger;
  /** Argon2id hashing and checking; the real one unless a caller needs to watch it work. */
  passwords?: Pick<typeof realPasswords, 'hashPassword' | 'verifyPassword'>;
};

/** Who is asking, as far as the throttle and the audit log are concerned. */
export type TCaller = { requestId: string; ip: string };

/** A session, or (the password was right, a code is to come) a pending one for the second step. */
type TLoginOutcome =
  { secondStep: false; token: string; user: TCurrentUser } | { secondStep: true; pendingToken: string };

export function toCurrentUser(actor: Omit<TActor, 'credential'>): TCurrentUser {
  return {
    id: actor.personId,
    displayName: actor.displayName,
    email: actor.email,
    roles: actor.roles,
    access: actor.access,
    secondFactorRequired: actor.secondFactorRequired,
  };
}

/** The person a password sign-in lets in, with admin rights withheld until they have a second factor. */
export async function passwordSignedInUser(
  db: TExecutor,
  person: { id: string; email: string; display_name: string },
  secondFactorExemptions: ReadonlySet<string>,
): Promise<TCurrentUser> {
  const { roles, access } = await loadRolesAndAccess(db, person.id);
  const enrolled = Boolean((await findTotpFactor(db, person.id))?.confirmed_at);
  const secondFactorRequired = adminNeedsSecondFactor(
    { email: person.email, access, signInMethod: 'password', enrolled },
    secondFactorExemptions,
  );
  return toCurrentUser({
    personId: person.id,
    displayName: person.display_name,
    email: person.email,
    roles,
    access: secondFactorRequired ? withoutAdminRights(access) : access,
    secondFactorRequired,
  });
}

export function createAuthService({
  db,
  config,
  mailer,
  log,
  secondFactorExemptions,
  passwords = realPasswords,
}: TDeps) {
  /**
   * Weighs the attempt before any password is: refused, it answers 429, and the first refusal of a window
   * goes to the audit log (with the account it aimed at when there is one, never the email address typed).
   */
  const throttle = (what: 'sign-in' | 'password-reset', email: string, limits: TCountedLimit[], caller: TCaller) =>
    throttleAttempt(db, {
      what,
      limits,
      caller,
      subject: { type: 'person', id: async () => (await findAccountByEmail(db, email))?.id ?? null },
    });

  const signInLimits = (email: string, ip: string) => {
    const address = addressOf(ip);
    return {
      accountFromAddress: { limit: SIGN_IN_LIMITS.accountFromAddress, counts: `${email}\n${address}` },
      address: { limit: SIGN_IN_LIMITS.address, counts: address },
      account: { limit: SIGN_IN_LIMITS.account, counts: email },
    } satisfies Record<keyof typeof SIGN_IN_LIMITS, TCountedLimit>;
  };

  // Runs after the answer has gone (see requestPasswordReset).
  const sendResetLink = async (email: string, requestId: string) => {
    const person = await findAccountByEmail(db, email);
    if (person?.status !== 'active' || !person.email) return;
    const token = await db.transaction().execute(async (trx) => {
      const issued = await issueOneTimeLink(trx, person.id, 'password_reset');
      await recordAudit(trx, {
        actorPersonId: null,
        action: 'auth.password-reset-requested',
        subjectType: 'person',
        subjectId: person.id,
        requestId,
      });
      return issued;
    });
    await mailer.send({
      to: person.email,
      subject: 'Koers: nieuw wachtwoord instellen / set a new password',
      text: [
        `Beste ${person.display_name},`,
        '',
        'Via deze link stel je een nieuw wachtwoord in voor Koers. De link werkt één uur en één keer:',
        oneTimeLinkUrl(config.publicUrl, token),
        '',
        'Use the link above to set a new Koers password. It works once, within one hour.',
        'Heb je dit niet aangevraagd? Dan kun je dit bericht negeren. / Did not ask for this? Ignore this message.',
      ].join('\n'),
    });
  };

  // Password-reset work that waits for no answer: what happens for a known address (a link, an audit row,
  // a mail) must not show in how long the answer takes. Closing the app waits for it.
  const pending = new Set<Promise<void>>();

  return {
    /**
     * Checks the password and opens a session, or, for a person with a second factor, a pending one that
     * the second step completes; the caller sets the returned token as a cookie.
     */
    async login(email: string, password: string, caller: TCaller): Promise<TLoginOutcome> {
      await refusePasswordWhereSsoRequired(db, email, config.oidcProviders);
      const limits = signInLimits(email, caller.ip);
      await throttle('sign-in', email, Object.values(limits), caller);

      const person = await findAccountByEmail(db, email);
      const usable = person?.status === 'active' && person.email ? person.password_hash : null;
      // Checked for unknown and disabled accounts too (against a decoy hash), so that every failure
      // takes the same work and the answer's timing does not reveal which addresses have an account.
      const matches = await passwords.verifyPassword(usable, password);
      if (!person || !person.email || !matches) {
        await recordAudit(db, {
          actorPersonId: null,
          action: 'auth.login-failed',
          subjectType: 'person',
          subjectId: person?.id ?? null,
          requestId: caller.requestId,
          details: { address: caller.ip },
        });
        // One message for every failure, so it does not reveal which addresses have an account.
        throw new UnauthenticatedError('Email address or password is not correct');
      }

      await forgiveAttempt(db, { giveBack: [limits.address, limits.account], clear: [limits.accountFromAddress] });
      await sessions.deleteExpiredSessions(db, config.sessionIdleMinutes);
      const { token, hash } = newToken();
      if ((await findTotpFactor(db, person.id))?.confirmed_at) {
        await sessions.insertPendingSession(db, hash, person.id);
        return { secondStep: true, pendingToken: token };
      }
      await db.transaction().execute(async (trx) => {
        await sessions.insertSession(trx, hash, person.id, config.sessionAbsoluteHours, 'password');
        await recordAudit(trx, {
          actorPersonId: person.id,
          action: 'auth.login',
          subjectType: 'session',
          requestId: caller.requestId,
          details: { method: 'password' },
        });
      });
      const user = await passwordSignedInUser(db, { ...person, email: person.email }, secondFactorExemptions);
      return { secondStep: false, token, user };
    },

    async logout(actor: TActor | null, sessionToken: string | undefined, requestId: string) {
      if (!sessionToken) return;
      await db.transaction().execute(async (trx) => {
        await sessions.deleteSession(trx, hashToken(sessionToken));
        if (actor)
          await recordAudit(trx, {
            actorPersonId: actor.personId,
            action: 'auth.logout',
            subjectType: 'session',
            requestId,
          });
      });
    },

    /**
     * Answers alike whether or not the address has an account: the same limits are weighed for both, and
     * the link is made and mailed after the answer has gone.
     */
    async requestPasswordReset(email: string, caller: TCaller) {
      await refusePasswordWhereSsoRequired(db, email, config.oidcProviders);
      await throttle(
        'password-reset',
        email,
        [
          { limit: PASSWORD_RESET_LIMITS.account, counts: email },
          { limit: PASSWORD_RESET_LIMITS.address, counts: addressOf(caller.ip) },
        ],
        caller,
      );
      const work = sendResetLink(email, caller.requestId).catch((err: unknown) =>
        log.error({ err, requestId: caller.requestId }, 'password reset link not sent'),
      );
      pending.add(work);
      void work.finally(() => pending.delete(work));
    },

    /** Password-reset links still being made or mailed; closing the app waits for them. */
    async settle() {
      await Promise.allSettled([...pending]);
    },

    async describeOneTimeLink(token: string): Promise<TOneTimeLinkInfo> {
      const link = await findUsableLink(db, hashToken(token));
      if (!link) throw new NotFoundError('Link');
      return { purpose: link.purpose, displayName: link.display_name };
    },

    /**
     * Sets the password through an invitation or reset link, activates the account, ends old sessions.
     * A password that is common, breached or built from the person's own name is refused (400).
     */
    async useOneTimeLink(token: string, password: string, requestId: string) {
      const tokenHash = hashToken(token);
      const usable = await findUsableLink(db, tokenHash);
      if (!usable) throw new NotFoundError('Link');
      const reason = await weakPasswordReason(password, [usable.display_name, usable.email ?? '']);
      if (reason) throw new PasswordTooWeakError(reason);
      const passwordHash = await passwords.hashPassword(password);
      await db.transaction().execute(async (trx) => {
        const link = await findUsableLink(trx, tokenHash);
        if (!link || !(await consumeLink(trx, tokenHash))) throw new NotFoundError('Link');
        await setPasswordAndActivate(trx, link.person_id, passwordHash);
        await sessions.deleteSessionsOfPerson(trx, link.person_id);
        await recordAudit(trx, {
          actorPersonId: link.person_id,
          action: link.purpose === 'invitation' ? 'auth.invitation-accepted' : 'auth.password-reset',
          subjectType: 'person',
          subjectId: link.person_id,
          requestId,
        });
      });
    },
  };
}
