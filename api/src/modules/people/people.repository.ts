import { sql } from 'kysely';
import type { TRoleGrant } from '@koers/shared/roles';
import { deleteSecondFactor } from '../second-factor/second-factor.repository.ts';
import type { TExecutor } from '../../db/types.ts';
import { eraseFromAuditLog } from '../audit/audit.repository.ts';
import { deleteSignUpsOfPerson } from '../intervision/intervision.repository.ts';
import { eraseContactRequestTexts } from '../network/contact-requests.repository.ts';
import { forgetAuthorContact } from '../good-approaches/good-approaches.repository.ts';

const PERSON_COLUMNS = ['id', 'display_name', 'email', 'status', 'created_at'] as const;

export async function listPeople(db: TExecutor) {
  return db.selectFrom('person').select(PERSON_COLUMNS).orderBy('display_name').orderBy('id').execute();
}

export async function findPerson(db: TExecutor, personId: string) {
  return db.selectFrom('person').select(PERSON_COLUMNS).where('id', '=', personId).executeTakeFirst();
}

/** Whether someone already has an account under this address, whatever its case. */
export async function emailInUse(db: TExecutor, email: string) {
  const row = await db
    .selectFrom('person')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email))
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertInvitedPerson(db: TExecutor, email: string, displayName: string) {
  return db
    .insertInto('person')
    .values({ email, display_name: displayName, status: 'invited' })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function updatePerson(
  db: TExecutor,
  personId: string,
  values: { display_name?: string; status?: 'active' | 'disabled' },
) {
  await db.updateTable('person').set(values).where('id', '=', personId).execute();
}

export async function insertRole(db: TExecutor, personId: string, grant: TRoleGrant) {
  return db
    .insertInto('role_assignment')
    .values({
      person_id: personId,
      role: grant.role,
      partnership_id: 'partnershipId' in grant ? grant.partnershipId : null,
      organisation_id: 'organisationId' in grant ? grant.organisationId : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function deleteRole(db: TExecutor, personId: string, roleId: string) {
  return db
    .deleteFrom('role_assignment')
    .where('id', '=', roleId)
    .where('person_id', '=', personId)
    .returning(['role', 'partnership_id'])
    .executeTakeFirst();
}

/**
 * Personal data goes, from every place that holds a copy: the person row, the name they answered under,
 * their notices and preferences, their API tokens, their calendar feed, emails to them, rendered
 * dashboards, their intervision dilemmas and cases, the messages and replies of their contact requests,
 * the contact line of the good approaches they wrote, and the audit log's details
 * (through a function that may rewrite only that). The row stays, so what the person contributed keeps an
 * author, under a pseudonym. A test scans every table for leftovers, so a new table that copies a name or
 * an email must be added here.
 */
export async function pseudonymisePerson(db: TExecutor, personId: string, pseudonym: string) {
  await eraseFromAuditLog(db, personId, pseudonym);
  await db.deleteFrom('role_assignment').where('person_id', '=', personId).execute();
  await db.deleteFrom('one_time_link').where('person_id', '=', personId).execute();
  await db.deleteFrom('api_token').where('person_id', '=', personId).execute();
  await deleteSecondFactor(db, personId);
  await db.deleteFrom('sign_in_identity').where('person_id', '=', personId).execute();
  await db.deleteFrom('notice').where('person_id', '=', personId).execute();
  await db.deleteFrom('notice_preference').where('person_id', '=', personId).execute();
  await db.deleteFrom('calendar_feed').where('person_id', '=', personId).execute();
  await deleteSignUpsOfPerson(db, personId);
  // Rendered dashboards show authors' and handlers' names; every one goes (an erasure is rare), to be rendered again.
  await db.deleteFrom('dashboard_snapshot').execute();
  await eraseContactRequestTexts(db, personId);
  await forgetAuthorContact(db, personId);
  // Email on its way to them or sent to them, and invitations to answer that went to their address.
  // Addresses are kept as typed on the person, lower-cased where Koers sent to them.
  const ownAddress = db
    .selectFrom('person')
    .select(sql<string>`lower(email)`.as('email'))
    .where('id', '=', personId);
  await db
    .deleteFrom('outgoing_email')
    .where((eb) => eb.or([eb('person_id', '=', personId), eb(sql<string>`lower(recipient_email)`, '=', ownAddress)]))
    .execute();
  const invitedAt = db.selectFrom('respondent_invitation').select('response_id').where('email', '=', ownAddress);
  await db.updateTable('response').set({ respondent_name: pseudonym }).where('id', 'in', invitedAt).execute();
  await db.deleteFrom('respondent_invitation').where('email', '=', ownAddress).execute();
  await db
    .updateTable('response')
    .set({ respondent_name: pseudonym })
    .where('respondent_person_id', '=', personId)
    .execute();
  await db
    .updateTable('person')
    .set({ email: null, password_hash: null, display_name: pseudonym, status: 'erased', erased_at: sql<Date>`now()` })
    .where('id', '=', personId)
    .execute();
}
