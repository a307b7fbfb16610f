import type { Kysely } from 'kysely';
import type { TCurrentUser } from '@koers/shared/auth';
import type { TConfig } from '../../config.ts';
import type { TDatabase } from '../../db/schema.ts';
import { UnauthenticatedError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { passwordSignedInUser } from '../auth/auth.service.ts';
import * as sessions from '../auth/session.repository.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { forgiveCodeAttempt, useSecondFactorCode, weighCodeAttempt, type TCodeCaller } from './check-code.ts';
import type { TSecretBox } from './secret-box.ts';

type TDeps = {
  db: Kysely<TDatabase>;
  config: Pick<TConfig, 'sessionAbsoluteHours'>;
  secondFactorExemptions: ReadonlySet<string>;
  secretBox: TSecretBox;
};

/** The second step of a password sign-in: a code from the authenticator app, or a recovery code. */
export function createSecondStepService({ db, config, secondFactorExemptions, secretBox }: TDeps) {
  return {
    /**
     * Completes the pending sign-in behind `pendingToken` with a code, and opens a session under a new
     * token (the pending one ends, so it cannot be completed twice). Wrong codes answer 401 and are
     * throttled per account, like passwords.
     */
    async complete(
      pendingToken: string | undefined,
      code: string,
      caller: TCodeCaller,
    ): Promise<{ token: string; user: TCurrentUser }> {
      const pendingHash = pendingToken ? hashToken(pendingToken) : null;
      const pending = pendingHash ? await sessions.findPendingSession(db, pendingHash) : undefined;
      if (!pendingHash || !pending?.email) throw new UnauthenticatedError('Sign in with your password again');
      const person = { id: pending.person_id, email: pending.email, display_name: pending.display_name };

      await weighCodeAttempt(db, person.id, caller);
      const used = await useSecondFactorCode(db, secretBox, person.id, code);
      if (!used) {
        await recordAudit(db, {
          actorPersonId: null,
          action: 'auth.second-factor-failed',
          subjectType: 'person',
          subjectId: person.id,
          requestId: caller.requestId,
          details: { address: caller.ip },
        });
        throw new UnauthenticatedError('That code is not correct, or was used already');
      }

      const { token, hash } = newToken();
      await db.transaction().execute(async (trx) => {
        if (!(await sessions.endPendingSession(trx, pendingHash)))
          throw new UnauthenticatedError('Sign in with your password again');
        await sessions.insertSession(trx, hash, person.id, config.sessionAbsoluteHours, 'password');
        await recordAudit(trx, {
          actorPersonId: person.id,
          action: 'auth.login',
          subjectType: 'session',
          requestId: caller.requestId,
          details: { method: 'password', secondFactor: used },
        });
      });
      await forgiveCodeAttempt(db, person.id, caller);
      return { token, user: await passwordSignedInUser(db, person, secondFactorExemptions) };
    },
  };
}
