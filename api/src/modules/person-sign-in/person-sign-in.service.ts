import type { Kysely } from 'kysely';
import type { TConfiguredIdentityCreate, TPersonSignIn, TSignInIdentity } from '@koers/shared/sign-in-identities';
import type { TOidcProviderConfig } from '../../config.ts';
import type { TDatabase } from '../../db/schema.ts';
import type { TExecutor } from '../../db/types.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../../errors.ts';
import type { TRequestContext } from '../../plugins/auth.ts';
import { recordAudit, type TAuditEntry } from '../audit/audit.repository.ts';
import { authorizePlatform } from '../auth/authorize.ts';
import { deleteSessionsOfPerson } from '../auth/session.repository.ts';
import { deletePasskeysOfPerson, listPasskeysOfPerson } from '../passkeys/passkeys.repository.ts';
import { findPerson } from '../people/people.repository.ts';
import { deleteSecondFactor, findTotpFactor } from '../second-factor/second-factor.repository.ts';
import {
  deleteIdentityOfPerson,
  findHolderOfSubject,
  insertExpectedIdentity,
  listIdentitiesOfPerson,
} from '../sign-in-identities/sign-in-identities.repository.ts';

type TDeps = { db: Kysely<TDatabase>; providers: TOidcProviderConfig[] };
type TIdentityRow = Awaited<ReturnType<typeof listIdentitiesOfPerson>>[number];

const toIdentity = (row: TIdentityRow): TSignInIdentity => ({
  provider: row.provider,
  subject: row.subject,
  createdAt: row.created_at.toISOString(),
  lastUsedAt: row.last_used_at?.toISOString() ?? null,
});

/**
 * How a person signs in, as their admin tends it: the institution's account they are to sign in with, and
 * a way back in for someone who lost the phone with their authenticator app or passkeys.
 */
export function createPersonSignInService({ db, providers }: TDeps) {
  /** The person, if they can still sign in at all; an erased person has no ways in left to tend. */
  async function tendable(trx: TExecutor, personId: string) {
    const row = await findPerson(trx, personId);
    if (!row) throw new NotFoundError('Person');
    if (row.status === 'erased') throw new ConflictError('This person has been erased');
    return row;
  }

  /** Their own ways in an admin changes on their account page, where a current code or passkey is asked. */
  function notOneself({ actor }: TRequestContext, personId: string) {
    if (personId === actor.personId) {
      throw new ConflictError('Change your own ways of signing in on your account page');
    }
  }

  const audit = (
    trx: TExecutor,
    { actor, requestId }: TRequestContext,
    personId: string,
    entry: Pick<TAuditEntry, 'action' | 'details'>,
  ) =>
    recordAudit(trx, {
      actorPersonId: actor.personId,
      requestId,
      subjectType: 'person',
      subjectId: personId,
      ...entry,
    });

  return {
    async get(ctx: TRequestContext, personId: string): Promise<TPersonSignIn> {
      authorizePlatform(ctx.actor, 'platform:manage');
      if (!(await findPerson(db, personId))) throw new NotFoundError('Person');
      const identities = await listIdentitiesOfPerson(db, personId);
      const factor = await findTotpFactor(db, personId);
      const passkeys = await listPasskeysOfPerson(db, personId);
      return {
        identities: identities.map(toIdentity),
        secondFactor: Boolean(factor?.confirmed_at),
        passkeys: passkeys.length,
      };
    },

    async configureIdentity(
      ctx: TRequestContext,
      personId: string,
      input: TConfiguredIdentityCreate,
    ): Promise<TSignInIdentity> {
      authorizePlatform(ctx.actor, 'platform:manage');
      if (!providers.some((p) => p.name === input.provider)) {
        throw new InvalidInputError('No sign-in provider is configured under this name', [
          { path: 'body.provider', message: 'Choose a configured provider' },
        ]);
      }
      return db.transaction().execute(async (trx) => {
        await tendable(trx, personId);
        // Checked first for a clear answer; the table's keys still decide a race between two admins.
        const holder = await findHolderOfSubject(trx, input.provider, input.subject);
        if (holder) {
          throw new ConflictError('This subject already belongs to someone', [
            {
              path: 'body.subject',
              message: holder.person_id === personId ? 'Already theirs' : 'Already belongs to someone else',
            },
          ]);
        }
        const own = await listIdentitiesOfPerson(trx, personId);
        if (own.some((i) => i.provider === input.provider)) {
          throw new ConflictError('This person already has an account at this provider; remove it first', [
            { path: 'body.provider', message: 'Already has an account here' },
          ]);
        }
        const row = await insertExpectedIdentity(trx, personId, input.provider, input.subject);
        await audit(trx, ctx, personId, {
          action: 'sign-in-identity.configured',
          details: { provider: input.provider, subject: input.subject },
        });
        return toIdentity(row);
      });
    },

    async removeIdentity(ctx: TRequestContext, personId: string, provider: string): Promise<void> {
      authorizePlatform(ctx.actor, 'platform:manage');
      await db.transaction().execute(async (trx) => {
        await tendable(trx, personId);
        const removed = await deleteIdentityOfPerson(trx, personId, provider);
        if (!removed) throw new NotFoundError('Sign-in identity');
        await audit(trx, ctx, personId, {
          action: 'sign-in-identity.removed',
          details: { provider, subject: removed.subject },
        });
      });
    },

    /**
     * For someone without their authenticator app and recovery codes: the factor and codes go, and so
     * does every session (one may be on the lost phone). An admin then enrols again at the next sign-in.
     */
    async resetSecondFactor(ctx: TRequestContext, personId: string): Promise<void> {
      authorizePlatform(ctx.actor, 'platform:manage');
      notOneself(ctx, personId);
      await db.transaction().execute(async (trx) => {
        await tendable(trx, personId);
        await deleteSecondFactor(trx, personId);
        await deleteSessionsOfPerson(trx, personId);
        await audit(trx, ctx, personId, { action: 'second-factor.reset' });
      });
    },

    /** For a lost device with passkeys on it: they all go, and so does every session. */
    async removePasskeys(ctx: TRequestContext, personId: string): Promise<void> {
      authorizePlatform(ctx.actor, 'platform:manage');
      notOneself(ctx, personId);
      await db.transaction().execute(async (trx) => {
        await tendable(trx, personId);
        const removed = (await listPasskeysOfPerson(trx, personId)).length;
        await deletePasskeysOfPerson(trx, personId);
        await deleteSessionsOfPerson(trx, personId);
        await audit(trx, ctx, personId, { action: 'passkey.removed-by-admin', details: { removed } });
      });
    },
  };
}
