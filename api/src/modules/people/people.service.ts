import type { Kysely } from 'kysely';
import type { TInvitationCreate, TInvitationResult, TPerson, TPersonUpdate } from '@koers/shared/people';
import type { TRoleGrant } from '@koers/shared/roles';
import type { TConfig } from '../../config.ts';
import type { TDatabase } from '../../db/schema.ts';
import type { TExecutor } from '../../db/types.ts';
import { ConflictError, NotFoundError } from '../../errors.ts';
import type { TMailer } from '../../mail/mailer.ts';
import type { TRequestContext } from '../../plugins/auth.ts';
import { recordAudit, type TAuditEntry } from '../audit/audit.repository.ts';
import { listRoleAssignments } from '../auth/access.repository.ts';
import { authorizePlatform } from '../auth/authorize.ts';
import { issueOneTimeLink, oneTimeLinkUrl } from '../auth/one-time-link.repository.ts';
import { deleteSessionsOfPerson } from '../auth/session.repository.ts';
import { deletePasskeysOfPerson } from '../passkeys/passkeys.repository.ts';
import { invitationLetter } from './invitation-letter.ts';
import * as repository from './people.repository.ts';

type TDeps = { db: Kysely<TDatabase>; config: Pick<TConfig, 'publicUrl'>; mailer: TMailer };
type TPersonRow = NonNullable<Awaited<ReturnType<typeof repository.findPerson>>>;

async function toPeople(db: TExecutor, rows: TPersonRow[]): Promise<TPerson[]> {
  const roles = await listRoleAssignments(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    id: row.id,
    displayName: row.display_name,
    email: row.email,
    status: row.status,
    createdAt: row.created_at.toISOString(),
    roles: roles.filter((r) => r.personId === row.id).map(({ personId: _personId, ...role }) => role),
  }));
}

function partnershipOf(grant: TRoleGrant | { role: string; partnership_id: string | null }): string | null {
  if ('partnershipId' in grant) return grant.partnershipId;
  if ('partnership_id' in grant) return grant.partnership_id;
  return null;
}

/**
 * Creates an invited person with their roles and a one-time invitation link, in one transaction. The
 * actor is the admin who invites, or nobody for the first admin, whom an operator invites from the shell.
 */
export async function invitePerson(
  db: Kysely<TDatabase>,
  input: TInvitationCreate,
  actor: Pick<TAuditEntry, 'actorPersonId' | 'requestId'>,
): Promise<{ personId: string; token: string }> {
  return db.transaction().execute(async (trx) => {
    if (await repository.emailInUse(trx, input.email)) {
      throw new ConflictError('Someone with this email address already has an account', [
        { path: 'body.email', message: 'Already in use' },
      ]);
    }
    const { id } = await repository.insertInvitedPerson(trx, input.email, input.displayName);
    for (const grant of input.roles) await repository.insertRole(trx, id, grant);
    const issued = await issueOneTimeLink(trx, id, 'invitation');
    await recordAudit(trx, {
      ...actor,
      action: 'person.invited',
      subjectType: 'person',
      subjectId: id,
      details: { roles: input.roles },
    });
    return { personId: id, token: issued };
  });
}

/** People and their roles: the admin's work. */
export function createPeopleService({ db, config, mailer }: TDeps) {
  async function get(db: TExecutor, personId: string): Promise<TPerson> {
    const row = await repository.findPerson(db, personId);
    if (!row) throw new NotFoundError('Person');
    const [person] = await toPeople(db, [row]);
    if (!person) throw new NotFoundError('Person');
    return person;
  }

  /** Loads the person for a change, refusing erased people and, for some changes, oneself. */
  async function changeable(trx: TExecutor, { actor }: TRequestContext, personId: string, notSelf: string | null) {
    const row = await repository.findPerson(trx, personId);
    if (!row) throw new NotFoundError('Person');
    if (row.status === 'erased') throw new ConflictError('This person has been erased');
    if (notSelf && personId === actor.personId) throw new ConflictError(notSelf);
    return row;
  }

  const audit = (
    trx: TExecutor,
    { actor, requestId }: TRequestContext,
    entry: Omit<TAuditEntry, 'actorPersonId' | 'requestId'>,
  ) => recordAudit(trx, { actorPersonId: actor.personId, requestId, ...entry });

  /** Sends the link, or hands it back when no mail server can deliver it. */
  async function deliverInvitation(email: string, displayName: string, token: string): Promise<string | null> {
    const url = oneTimeLinkUrl(config.publicUrl, token);
    await mailer.send({ to: email, ...invitationLetter(displayName, url) });
    return mailer.delivers ? null : url;
  }

  return {
    async list(ctx: TRequestContext): Promise<TPerson[]> {
      authorizePlatform(ctx.actor, 'platform:manage');
      return toPeople(db, await repository.listPeople(db));
    },

    async get(ctx: TRequestContext, personId: string): Promise<TPerson> {
      authorizePlatform(ctx.actor, 'platform:manage');
      return get(db, personId);
    },

    async invite(ctx: TRequestContext, input: TInvitationCreate): Promise<TInvitationResult> {
      authorizePlatform(ctx.actor, 'platform:manage');
      const { personId, token } = await invitePerson(db, input, {
        actorPersonId: ctx.actor.personId,
        requestId: ctx.requestId,
      });
      const invitationUrl = await deliverInvitation(input.email, input.displayName, token);
      return { person: await get(db, personId), invitationUrl };
    },

    async reinvite(ctx: TRequestContext, personId: string): Promise<TInvitationResult> {
      authorizePlatform(ctx.actor, 'platform:manage');
      const { row, token } = await db.transaction().execute(async (trx) => {
        const found = await changeable(trx, ctx, personId, null);
        if (found.status !== 'invited' || !found.email)
          throw new ConflictError('Only people who have not accepted yet can be invited again');
        const issued = await issueOneTimeLink(trx, personId, 'invitation');
        await audit(trx, ctx, { action: 'person.reinvited', subjectType: 'person', subjectId: personId });
        return { row: found, token: issued };
      });
      const invitationUrl = await deliverInvitation(row.email ?? '', row.display_name, token);
      return { person: await get(db, personId), invitationUrl };
    },

    async update(ctx: TRequestContext, personId: string, changes: TPersonUpdate): Promise<TPerson> {
      authorizePlatform(ctx.actor, 'platform:manage');
      return db.transaction().execute(async (trx) => {
        const row = await changeable(
          trx,
          ctx,
          personId,
          changes.status ? 'You cannot disable or enable your own account' : null,
        );
        if (changes.status === 'active' && row.status === 'invited') {
          throw new ConflictError('An invited person becomes active by accepting the invitation');
        }
        await repository.updatePerson(trx, personId, {
          ...(changes.displayName !== undefined ? { display_name: changes.displayName } : {}),
          ...(changes.status !== undefined ? { status: changes.status } : {}),
        });
        // Disabling ends every session at once, on every instance: they are rows, not memory.
        if (changes.status === 'disabled') await deleteSessionsOfPerson(trx, personId);
        await audit(trx, ctx, {
          action: 'person.updated',
          subjectType: 'person',
          subjectId: personId,
          details: changes,
        });
        return get(trx, personId);
      });
    },

    async grantRole(ctx: TRequestContext, personId: string, grant: TRoleGrant): Promise<TPerson> {
      authorizePlatform(ctx.actor, 'platform:manage');
      return db.transaction().execute(async (trx) => {
        await changeable(trx, ctx, personId, null);
        const { id } = await repository.insertRole(trx, personId, grant);
        await audit(trx, ctx, {
          action: 'role.granted',
          partnershipId: partnershipOf(grant),
          subjectType: 'role_assignment',
          subjectId: id,
          details: { personId, ...grant },
        });
        return get(trx, personId);
      });
    },

    async revokeRole(ctx: TRequestContext, personId: string, roleId: string): Promise<TPerson> {
      authorizePlatform(ctx.actor, 'platform:manage');
      return db.transaction().execute(async (trx) => {
        await changeable(trx, ctx, personId, null);
        const removed = await repository.deleteRole(trx, personId, roleId);
        if (!removed) throw new NotFoundError('Role');
        // Keeps at least the acting admin able to run the platform.
        if (removed.role === 'admin' && personId === ctx.actor.personId) {
          throw new ConflictError('You cannot remove your own admin role');
        }
        await audit(trx, ctx, {
          action: 'role.revoked',
          partnershipId: partnershipOf(removed),
          subjectType: 'role_assignment',
          subjectId: roleId,
          details: { personId, role: removed.role },
        });
        return get(trx, personId);
      });
    },

    async erase(ctx: TRequestContext, personId: string): Promise<TPerson> {
      authorizePlatform(ctx.actor, 'platform:manage');
      return db.transaction().execute(async (trx) => {
        await changeable(trx, ctx, personId, 'You cannot erase your own account');
        await deleteSessionsOfPerson(trx, personId);
        await deletePasskeysOfPerson(trx, personId);
        await repository.pseudonymisePerson(trx, personId, `Voormalige gebruiker ${personId.slice(0, 8)}`);
        await audit(trx, ctx, { action: 'person.erased', subjectType: 'person', subjectId: personId });
        return get(trx, personId);
      });
    },
  };
}
