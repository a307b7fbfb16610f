import type { Transaction } from 'kysely';
import type { TDatabase } from '../../db/schema.ts';
import type { TRequestContext } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { issueOneTimeLink, oneTimeLinkUrl } from '../auth/one-time-link.repository.ts';
import { insertOrganisation } from '../organisations/organisations.repository.ts';
import { queueEmail } from '../outgoing-email/outgoing-email.repository.ts';
import { insertPartnership, replaceMembers } from '../partnerships/partnerships.repository.ts';
import { invitationLetter } from '../people/invitation-letter.ts';
import { insertInvitedPerson, insertRole } from '../people/people.repository.ts';
import type { TExisting, TSetupPlan } from './plan-setup.ts';
import { normalised } from './setup-sheets.ts';

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * Writes a checked plan in the caller's transaction. Names resolve to what the file adds first, then to what
 * Koers holds (the plan was checked to name one). Invitations go into the outbox in the same transaction:
 * the job queue sends them only once everything committed, and a failure anywhere leaves none behind.
 */
export async function writeSetup(
  trx: Transaction<TDatabase>,
  { actor, requestId }: TRequestContext,
  publicUrl: string,
  plan: TSetupPlan,
  existing: TExisting,
) {
  const audit = (action: string, subjectType: string, subjectId: string, partnershipId: string | null = null) =>
    recordAudit(trx, {
      actorPersonId: actor.personId,
      requestId,
      action,
      subjectType,
      subjectId,
      partnershipId,
      details: { source: 'setup-import' },
    });
  const organisationIds = new Map(existing.organisations.map((o) => [normalised(o.name), o.id]));
  const partnershipIds = new Map(existing.partnerships.map((p) => [normalised(p.name), p.id]));
  const idOf = (ids: Map<string, string>, name: string) => {
    const id = ids.get(normalised(name));
    if (!id) throw new Error(`The checked plan names "${name}", which is not there`);
    return id;
  };

  for (const organisation of plan.organisations) {
    const { id } = await insertOrganisation(trx, {
      name: organisation.name,
      kind: organisation.kind,
      parent_id: organisation.parent === null ? null : idOf(organisationIds, organisation.parent),
    });
    organisationIds.set(normalised(organisation.name), id);
    await audit('organisation.created', 'organisation', id);
  }

  for (const { members, ...values } of plan.partnerships) {
    const { id } = await insertPartnership(trx, values);
    await replaceMembers(trx, id, [...new Set(members.map((m) => idOf(organisationIds, m)))]);
    partnershipIds.set(normalised(values.name), id);
    await audit('partnership.created', 'partnership', id, id);
  }

  for (const person of plan.people) {
    const { id } = await insertInvitedPerson(trx, person.email, person.name);
    for (const grant of person.grants) {
      if (grant.role === 'admin') await insertRole(trx, id, grant);
      else if (grant.role === 'board_member')
        await insertRole(trx, id, { role: grant.role, organisationId: idOf(organisationIds, grant.organisation) });
      else await insertRole(trx, id, { role: grant.role, partnershipId: idOf(partnershipIds, grant.partnership) });
    }
    const letter = invitationLetter(
      person.name,
      oneTimeLinkUrl(publicUrl, await issueOneTimeLink(trx, id, 'invitation')),
    );
    await queueEmail(trx, {
      kind: 'account_invitation',
      personId: id,
      responseId: null,
      recipientEmail: person.email,
      locale: 'nl',
      ...letter,
      html: letter.text
        .split('\n\n')
        .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
        .join('\n'),
    });
    await audit('person.invited', 'person', id);
  }
}
