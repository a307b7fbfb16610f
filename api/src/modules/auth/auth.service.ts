import type { Kysely } from 'kysely';
import type { TCurrentUser, TOneTimeLinkInfo } from '@koers/shared/auth';
import type { TConfig } from '../../config.ts';
import type { Database } from '../../db/schema.ts';
import { ApiError, NotFoundError, TooManyRequestsError } from '../../errors.ts';
import type { Mailer } from '../../mail/mailer.ts';
import type { TActor } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { loadRolesAndAccess } from './access.repository.ts';
import { recordLoginFailure, secondsUntilLoginAllowed } from './login-throttle.ts';
import { consumeLink, findUsableLink, issueOneTimeLink, oneTimeLinkUrl } from './one-time-links.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import * as sessions from './session.repository.ts';
import { hashToken, newToken } from './tokens.ts';

type Deps = {
  db: Kysely<Database>;
  config: Pick<TConfig, 'sessionAbsoluteHours' | 'sessionIdleMinutes' | 'publicUrl'>;
  mailer: Mailer;
};

export function toCurrentUser(actor: Omit<TActor, 'sessionTokenHash' | 'readVersion'>): TCurrentUser {
  return {
    id: actor.personId,
    displayName: actor.displayName,
    email: actor.email,
    roles: actor.roles,
    access: actor.access,
  };
}

export function createAuthService({ db, config, mailer }: Deps) {
  return {
    /** Checks the password and opens a session; the caller sets the returned token as a cookie. */
    async login(email: string, password: string, requestId: string) {
      const wait = await secondsUntilLoginAllowed(db, email);
      if (wait > 0) throw new TooManyRequestsError('Too many failed sign-in attempts; try again shortly', wait);

      const person = await db
        .selectFrom('person')
        .select(['id', 'email', 'display_name', 'password_hash', 'status'])
        .where((eb) => eb(eb.fn('lower', ['email']), '=', email))
        .executeTakeFirst();
      const usable = person?.status === 'active' ? person.password_hash : null;
      if (!person || !person.email || !(await verifyPassword(usable, password))) {
        await recordLoginFailure(db, email);
        // One message for every failure, so it does not reveal which addresses have an account.
        throw new ApiError(401, 'UNAUTHENTICATED', 'Email address or password is not correct');
      }

      const { token, hash } = newToken();
      await db.transaction().execute(async (trx) => {
        await sessions.insertSession(trx, hash, person.id, config.sessionAbsoluteHours);
        await recordAudit(trx, { actorPersonId: person.id, action: 'auth.login', subjectType: 'session', requestId });
      });
      await sessions.deleteExpiredSessions(db, config.sessionIdleMinutes);
      const { roles, access } = await loadRolesAndAccess(db, person.id);
      return {
        token,
        user: toCurrentUser({
          personId: person.id,
          displayName: person.display_name,
          email: person.email,
          roles,
          access,
        }),
      };
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

    /** Always succeeds from the outside: whether the address has an account stays private. */
    async requestPasswordReset(email: string, requestId: string) {
      const person = await db
        .selectFrom('person')
        .select(['id', 'email', 'display_name'])
        .where((eb) => eb(eb.fn('lower', ['email']), '=', email))
        .where('status', '=', 'active')
        .executeTakeFirst();
      if (!person?.email) return;
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
    },

    async describeOneTimeLink(token: string): Promise<TOneTimeLinkInfo> {
      const link = await findUsableLink(db, hashToken(token));
      if (!link) throw new NotFoundError('Link');
      return { purpose: link.purpose, displayName: link.display_name };
    },

    /** Sets the password through an invitation or reset link, activates the account, ends old sessions. */
    async useOneTimeLink(token: string, password: string, requestId: string) {
      const tokenHash = hashToken(token);
      const passwordHash = await hashPassword(password);
      await db.transaction().execute(async (trx) => {
        const link = await findUsableLink(trx, tokenHash);
        if (!link || !(await consumeLink(trx, tokenHash))) throw new NotFoundError('Link');
        await trx
          .updateTable('person')
          .set({ password_hash: passwordHash, status: 'active' })
          .where('id', '=', link.person_id)
          .execute();
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
