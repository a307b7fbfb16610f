import type { Kysely } from 'kysely';
import type {
  TContactRequest,
  TContactRequestAnswer,
  TContactRequestCreate,
  TContactRequestList,
  TPeerSuggestion,
} from '@koers/shared/network';
import type { TThemeNumber } from '@koers/shared/themes';
import type { TDatabase } from '../../db/schema.ts';
import { ConflictError, NotFoundError, TooManyRequestsError } from '../../errors.ts';
import type { TActor, TRequestContext } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { scopeOf } from '../auth/access-scope.ts';
import { authorizePartnership } from '../auth/authorize.ts';
import { findFlag, loadThresholds } from '../flags/flags.repository.ts';
import { findPartnership } from '../partnerships/partnerships.repository.ts';
import { themeNames } from '../instrument/instrument.repository.ts';
import { insertNotices, peopleOfPartnership } from '../notices/notices.repository.ts';
import * as repository from './contact-requests.repository.ts';
import { isSteadyOnTheme } from './peer-standing.ts';

/** Contact requests one person may ask within a day: enough for real use, too few to trawl the network. */
export const CONTACT_REQUESTS_PER_DAY = 10;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A request as one side sees it: the other side's contact only once it is accepted. */
function toContactRequest(row: repository.TContactRequestRow, side: 'asking' | 'peer'): TContactRequest {
  const accepted = row.status === 'accepted';
  const contact =
    side === 'peer'
      ? { name: row.asker_name, email: row.asker_email }
      : { name: row.answerer_name ?? '', email: row.answerer_email ?? null };
  return {
    id: row.id,
    flagId: row.flag_id,
    theme: row.theme_number as TThemeNumber,
    status: row.status,
    asking: { partnershipId: row.asking_partnership_id, name: row.asking_name },
    peer: { partnershipId: row.peer_partnership_id, name: row.peer_name },
    askedByName: row.asker_name,
    message: row.message,
    reply: row.reply,
    createdAt: row.created_at.toISOString(),
    answeredAt: row.answered_at?.toISOString() ?? null,
    contact: accepted ? contact : null,
  };
}

/**
 * Learn from a peer: for a flag on a theme, the partnerships that chose to offer experience on it and
 * have been steady on it; asking one of them for contact; and their programme manager's answer.
 */
export function createPeerContactService(db: Kysely<TDatabase>) {
  async function loadThemeFlag(actor: TActor, flagId: string) {
    const flag = await findFlag(db, scopeOf(actor), flagId);
    if (!flag) throw new NotFoundError('Flag');
    return flag;
  }

  /** Peers with a published portrait offering the theme, steady on it, with no open flag on it. */
  async function steadyPeers(partnershipId: string, themeNumber: number) {
    const offering = await repository.peersOfferingTheme(db, partnershipId, themeNumber);
    const [standing, thresholds] = await Promise.all([
      repository.recentStandingOnTheme(
        db,
        offering.map((p) => p.partnership_id),
        themeNumber,
      ),
      loadThresholds(db),
    ]);
    const steady = new Set(
      standing
        .filter(
          (s) =>
            !s.open_flag &&
            isSteadyOnTheme(
              s.scores.map((v) => (v === null ? null : Number(v))),
              thresholds,
            ),
        )
        .map((s) => s.partnership_id),
    );
    return offering.filter((p) => steady.has(p.partnership_id));
  }

  return {
    /** Same scenario first, then by name; no scores, averages or trends in the answer. */
    async suggestions(actor: TActor, flagId: string): Promise<TPeerSuggestion[]> {
      const flag = await loadThemeFlag(actor, flagId);
      if (flag.theme_number === null) return [];
      const [peers, requests, own] = await Promise.all([
        steadyPeers(flag.partnership_id, flag.theme_number),
        repository.latestRequestsOnTheme(db, flag.partnership_id, flag.theme_number),
        findPartnership(db, { kind: 'all' }, flag.partnership_id),
      ]);
      return peers
        .map((p) => {
          const request = requests.find((r) => r.peer_partnership_id === p.partnership_id);
          return {
            partnershipId: p.partnership_id,
            name: p.name,
            region: p.region,
            sector: p.sector,
            scenario: p.scenario,
            sameScenario: p.scenario === own?.scenario,
            sizeBand: p.size_band,
            description: p.description,
            themesOffered: [...p.themes_offered].sort((a, b) => a - b) as TThemeNumber[],
            contactRequest: request ? toContactRequest(request, 'asking') : null,
          };
        })
        .sort((a, b) => Number(b.sameScenario) - Number(a.sameScenario) || a.name.localeCompare(b.name, 'nl'));
    },

    async ask({ actor, requestId }: TRequestContext, flagId: string, body: TContactRequestCreate) {
      const flag = await loadThemeFlag(actor, flagId);
      authorizePartnership(actor, 'peer-contact:ask', { partnershipId: flag.partnership_id });
      const themeNumber = flag.theme_number;
      if (themeNumber === null) throw new ConflictError('This flag is not about a theme');
      // Consent is what counts: the peer must offer the theme on a published portrait now.
      const offering = await repository.peersOfferingTheme(db, flag.partnership_id, themeNumber);
      if (!offering.some((p) => p.partnership_id === body.partnershipId)) throw new NotFoundError('Peer');
      const contactRequestId = await db.transaction().execute(async (trx) => {
        const since = new Date(Date.now() - DAY_MS);
        if ((await repository.countRecentRequestsLocked(trx, actor.personId, since)) >= CONTACT_REQUESTS_PER_DAY)
          throw new TooManyRequestsError('Too many contact requests today; try again tomorrow', DAY_MS / 1000);
        const id = await repository.insertContactRequest(trx, {
          flagId,
          askingPartnershipId: flag.partnership_id,
          peerPartnershipId: body.partnershipId,
          themeNumber,
          askedBy: actor.personId,
          message: body.message,
        });
        const managers = await peopleOfPartnership(trx, body.partnershipId, ['programme_manager']);
        const theme = (await themeNames(trx))[themeNumber as TThemeNumber];
        // The flag is in the asker's scope, so its partnership is too.
        const asking = await findPartnership(trx, { kind: 'all' }, flag.partnership_id);
        await insertNotices(trx, managers, {
          kind: 'contact_request',
          partnershipId: body.partnershipId,
          subjectKey: `contact-request:${id}`,
          title: {
            nl: `${asking?.name ?? ''} vraagt om contact over “${theme.nl}”: willen jullie ervaring delen?`,
            en: `${asking?.name ?? ''} asks for contact about “${theme.en}”: would you share your experience?`,
          },
          link: `/partnerships/${body.partnershipId}/portrait`,
        });
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'contact-request.created',
          partnershipId: flag.partnership_id,
          subjectType: 'contact_request',
          subjectId: id,
          requestId,
          details: { peerPartnershipId: body.partnershipId, theme: themeNumber },
        });
        return id;
      });
      const row = await repository.findContactRequest(db, contactRequestId);
      if (!row) throw new NotFoundError('Contact request');
      return toContactRequest(row, 'asking');
    },

    async list(actor: TActor, partnershipId: string): Promise<TContactRequestList> {
      authorizePartnership(actor, 'peer-contact:ask', { partnershipId });
      const rows = await repository.listContactRequests(db, partnershipId);
      return {
        incoming: rows.filter((r) => r.peer_partnership_id === partnershipId).map((r) => toContactRequest(r, 'peer')),
        outgoing: rows
          .filter((r) => r.asking_partnership_id === partnershipId)
          .map((r) => toContactRequest(r, 'asking')),
      };
    },

    /** Only the asked partnership's programme manager answers; a decline needs no reason. */
    async answer(
      { actor, requestId }: TRequestContext,
      partnershipId: string,
      contactRequestId: string,
      answer: TContactRequestAnswer,
    ): Promise<TContactRequest> {
      authorizePartnership(actor, 'portrait:write', { partnershipId });
      const request = await repository.findContactRequest(db, contactRequestId);
      if (!request || request.peer_partnership_id !== partnershipId) throw new NotFoundError('Contact request');
      await db.transaction().execute(async (trx) => {
        const answered = await repository.answerContactRequest(trx, contactRequestId, {
          accept: answer.accept,
          reply: answer.reply,
          personId: actor.personId,
        });
        if (!answered) throw new ConflictError('This contact request has already been answered');
        const theme = (await themeNames(trx))[request.theme_number as TThemeNumber];
        await insertNotices(trx, [request.asked_by], {
          kind: 'contact_answer',
          partnershipId: request.asking_partnership_id,
          subjectKey: `contact-request:${contactRequestId}`,
          title: answer.accept
            ? {
                nl: `${request.peer_name} gaat graag met je in gesprek over “${theme.nl}”`,
                en: `${request.peer_name} would like to talk with you about “${theme.en}”`,
              }
            : {
                nl: `${request.peer_name} kan nu niet ingaan op je contactverzoek`,
                en: `${request.peer_name} cannot take up your contact request now`,
              },
          link: `/flags/${request.flag_id}`,
        });
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: answer.accept ? 'contact-request.accepted' : 'contact-request.declined',
          partnershipId,
          subjectType: 'contact_request',
          subjectId: contactRequestId,
          requestId,
        });
      });
      const row = await repository.findContactRequest(db, contactRequestId);
      if (!row) throw new NotFoundError('Contact request');
      return toContactRequest(row, 'peer');
    },
  };
}
