import type { Kysely } from 'kysely';
import type { TRecoveryCodes, TSecondFactorStatus, TTotpEnrolment } from '@koers/shared/second-factor';
import type { TDatabase } from '../../db/schema.ts';
import type { TExecutor } from '../../db/types.ts';
import { ConflictError, InvalidInputError } from '../../errors.ts';
import type { TActor } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { forgiveCodeAttempt, useSecondFactorCode, weighCodeAttempt, type TCodeCaller } from './check-code.ts';
import { hashRecoveryCode, newRecoveryCodes, normaliseCode } from './recovery-codes.ts';
import * as repository from './second-factor.repository.ts';
import { openSecret, type TSecretBox } from './secret-box.ts';
import { newTotpSecret, otpauthUri, qrCodeOf, stepOfCode } from './totp.ts';

const wrongCode = () =>
  new InvalidInputError('That code is not correct, or was used already', [
    { path: 'body.code', message: 'Not a valid code' },
  ]);

/** A person's own second factor: enrol an authenticator app, replace recovery codes, switch it off. */
export function createSecondFactorService(db: Kysely<TDatabase>, secretBox: TSecretBox) {
  const audit = (trx: TExecutor, actor: TActor, action: string, requestId: string) =>
    recordAudit(trx, {
      actorPersonId: actor.personId,
      action,
      subjectType: 'person',
      subjectId: actor.personId,
      requestId,
    });

  /** Every change needs a current code, weighed by the same throttle as the sign-in's second step. */
  const checkCode = async (actor: TActor, code: string, caller: TCodeCaller) => {
    await weighCodeAttempt(db, actor.personId, caller);
    if (!(await useSecondFactorCode(db, secretBox, actor.personId, code))) throw wrongCode();
    await forgiveCodeAttempt(db, actor.personId, caller);
  };

  /** New recovery codes replace the old ones; the codes themselves are returned once and never kept. */
  const issueRecoveryCodes = async (trx: TExecutor, personId: string): Promise<TRecoveryCodes> => {
    const recoveryCodes = newRecoveryCodes();
    await repository.replaceRecoveryCodes(trx, personId, recoveryCodes.map(hashRecoveryCode));
    return { recoveryCodes };
  };

  return {
    async status(actor: TActor): Promise<TSecondFactorStatus> {
      const factor = await repository.findTotpFactor(db, actor.personId);
      const enrolled = Boolean(factor?.confirmed_at);
      return {
        enrolled,
        recoveryCodesLeft: enrolled ? await repository.countRecoveryCodesLeft(db, actor.personId) : 0,
        required: actor.secondFactorRequired,
      };
    },

    /** A new secret, not yet in force: it counts once a code from it is confirmed. */
    async startEnrolment(actor: TActor): Promise<TTotpEnrolment> {
      const secret = newTotpSecret();
      if (!(await repository.saveUnconfirmedFactor(db, actor.personId, secretBox.seal(secret, actor.personId))))
        throw new ConflictError('A second factor is already in place; switch it off first to enrol another');
      const uri = otpauthUri(secret, actor.email);
      return { secret, otpauthUri: uri, qrCode: await qrCodeOf(uri) };
    },

    async confirmEnrolment(actor: TActor, code: string, caller: TCodeCaller): Promise<TRecoveryCodes> {
      await weighCodeAttempt(db, actor.personId, caller);
      const factor = await repository.findTotpFactor(db, actor.personId);
      if (!factor || factor.confirmed_at) throw new ConflictError('Start an enrolment first');
      const step = stepOfCode(openSecret(secretBox, factor.secret, actor.personId), normaliseCode(code));
      const issued = await db.transaction().execute(async (trx) => {
        if (step === null || !(await repository.acceptStep(trx, actor.personId, step, true))) throw wrongCode();
        await audit(trx, actor, 'second-factor.enrolled', caller.requestId);
        return issueRecoveryCodes(trx, actor.personId);
      });
      await forgiveCodeAttempt(db, actor.personId, caller);
      return issued;
    },

    async replaceRecoveryCodes(actor: TActor, code: string, caller: TCodeCaller): Promise<TRecoveryCodes> {
      await checkCode(actor, code, caller);
      return db.transaction().execute(async (trx) => {
        await audit(trx, actor, 'second-factor.recovery-codes-replaced', caller.requestId);
        return issueRecoveryCodes(trx, actor.personId);
      });
    },

    async disable(actor: TActor, code: string, caller: TCodeCaller): Promise<void> {
      await checkCode(actor, code, caller);
      await db.transaction().execute(async (trx) => {
        await repository.deleteSecondFactor(trx, actor.personId);
        await audit(trx, actor, 'second-factor.disabled', caller.requestId);
      });
    },
  };
}
