import { formatCalendarDate } from '@koers/shared/calendar';
import type { TActionCreate } from '@koers/shared/follow-up';
import { can } from '@koers/shared/policy';
import type { TExecutor } from '../../db/types.ts';
import { InvalidInputError } from '../../errors.ts';
import type { TRequestContext } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { insertNotices, peopleOfPartnership } from '../notices/notices.repository.ts';
import { findPartnership } from '../partnerships/partnerships.repository.ts';
import * as repository from './actions.repository.ts';

const peerIssue = (message: string) => new InvalidInputError(message, [{ path: 'body.peerPartnershipId', message }]);

/**
 * The other partnership of a peer review must be one the person may read: naming it reveals nothing they
 * do not know already. Critical friends of both, and admins, are who typically arrange one.
 */
export function checkPeerPartnership({ actor }: TRequestContext, partnershipId: string, input: TActionCreate) {
  const peer = input.peerPartnershipId;
  if (peer === null) return;
  if (input.supportType !== 'peer_review') throw peerIssue('Name another partnership for a peer review only');
  if (peer === partnershipId) throw peerIssue('Choose another partnership than this one');
  if (!can(actor.access, 'partnership:read', { partnershipId: peer }))
    throw peerIssue('Choose a partnership you work with');
}

/**
 * The other side of a peer review: the same action in the other partnership, owned by its programme
 * manager (or critical friend), due the same day, tied to the first; its programme managers get a notice.
 */
export async function planPeerCounterpart(
  trx: TExecutor,
  { actor, requestId }: TRequestContext,
  actionId: string,
  partnershipId: string,
  input: TActionCreate & { peerPartnershipId: string },
) {
  const peer = input.peerPartnershipId;
  const [managers, friends, own] = await Promise.all([
    peopleOfPartnership(trx, peer, ['programme_manager']),
    peopleOfPartnership(trx, peer, ['critical_friend']),
    findPartnership(trx, { kind: 'all' }, partnershipId),
  ]);
  const ownerId = managers[0] ?? friends[0];
  if (!ownerId) throw peerIssue('The other partnership has no programme manager or critical friend yet');
  const { id: peerActionId } = await repository.insertAction(trx, peer, { ...input, ownerId }, actor.personId);
  await repository.linkPeerReview(trx, actionId, peerActionId);
  await insertNotices(
    trx,
    managers.filter((id) => id !== actor.personId),
    {
      kind: 'action_new',
      partnershipId: peer,
      subjectKey: `action:${peerActionId}`,
      title: {
        nl: `Peer review met ${own?.name ?? ''} gepland (vóór ${formatCalendarDate(input.dueOn, 'nl')}): ${input.description}`,
        en: `Peer review with ${own?.name ?? ''} planned (due ${formatCalendarDate(input.dueOn, 'en')}): ${input.description}`,
      },
      link: `/partnerships/${peer}/actions`,
    },
  );
  await recordAudit(trx, {
    actorPersonId: actor.personId,
    action: 'action.created',
    partnershipId: peer,
    subjectType: 'action',
    subjectId: peerActionId,
    requestId,
    details: { description: input.description, dueOn: input.dueOn, peerOf: actionId },
  });
}
