import type { Kysely } from 'kysely';
import type { TResponseContent, TRespondentInvite, TRespondentView } from '@koers/shared/assessments';
import type { TConfig } from '../../config.ts';
import type { TDatabase } from '../../db/schema.ts';
import type { TAuditEntry } from '../audit/audit.repository.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import {
  ConflictError,
  ForbiddenError,
  LinkExpiredError,
  NotFoundError,
  PreconditionFailedError,
} from '../../errors.ts';
import type { TRequestContext } from '../../plugins/auth.ts';
import { authorizePartnership } from '../auth/authorize.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { loadAssessment, readResponses, requireShape, type TShapeOf } from './assessment-view.ts';
import { markOpened } from '../invitations/invitations.repository.ts';
import { findAssessment } from './assessments.repository.ts';
import type { TSavedDraft } from './draft-saver.ts';
import type { TDraftSave } from './response-content.repository.ts';
import { checkIndicators, checkMemberOrganisation } from './response-rules.ts';
import * as responses from './responses.repository.ts';

type TDeps = {
  db: Kysely<TDatabase>;
  config: Pick<TConfig, 'publicUrl'>;
  shapeOf: TShapeOf;
  responseFactsOf: (responseId: string) => Promise<responses.TResponseFacts | undefined>;
  /** Saves a draft, with the draft saves of other responses that arrive at the same moment. */
  saveDraftTogether: (save: TDraftSave) => Promise<TSavedDraft | undefined>;
};

const respondentLink = (publicUrl: string, token: string) => `${publicUrl}/respond/${token}`;

/** The responses of an assessment: filled in by their respondents, in person or through a personal link. */
export function createResponseService({ db, config, shapeOf, responseFactsOf, saveDraftTogether }: TDeps) {
  /**
   * Saves a whole response if it is still at the version the edit started from, with its audit row.
   * When it changes nothing, the response as it is now tells why.
   */
  async function saveDraft(
    facts: responses.TResponseFacts,
    responseId: string,
    basedOn: number,
    content: TResponseContent,
    audit: Pick<TAuditEntry, 'actorPersonId' | 'action' | 'requestId'>,
  ) {
    checkIndicators(await requireShape(shapeOf, facts.instrument_version_id), content);
    const saved = await saveDraftTogether({
      responseId,
      basedOn,
      content,
      audit: {
        ...audit,
        partnershipId: facts.partnership_id,
        subjectType: 'response',
        subjectId: responseId,
        details: { version: basedOn + 1 },
      },
    });
    if (saved) return { version: saved.version, updatedAt: saved.updatedAt.toISOString() };
    const now = await responses.findResponseState(db, responseId);
    if (!now) throw new NotFoundError('Response');
    if (now.status === 'submitted')
      throw new ConflictError('This assessment has been submitted and can no longer change');
    throw new PreconditionFailedError('Someone saved this response after you opened it', basedOn, now.version);
  }

  return {
    /** A respondent saves their own response, based on the version their edit started from. */
    async saveOwnResponse(
      { actor, requestId }: TRequestContext,
      assessmentId: string,
      responseId: string,
      basedOn: number,
      content: TResponseContent,
    ) {
      const facts = await responseFactsOf(responseId);
      if (facts?.assessment_id !== assessmentId) {
        await loadAssessment(db, actor, assessmentId);
        throw new NotFoundError('Response');
      }
      authorizePartnership(actor, 'assessment:edit', { partnershipId: facts.partnership_id }, 'Assessment');
      if (facts.respondent_person_id !== actor.personId)
        throw new ForbiddenError('Only the respondent fills in their own response');
      return saveDraft(facts, responseId, basedOn, content, {
        actorPersonId: actor.personId,
        action: 'response.saved',
        requestId,
      });
    },

    async inviteRespondent({ actor, requestId }: TRequestContext, assessmentId: string, invite: TRespondentInvite) {
      const assessment = await loadAssessment(db, actor, assessmentId);
      authorizePartnership(actor, 'assessment:edit', { partnershipId: assessment.partnership_id });
      const { token, hash } = newToken();
      const responseId = await db.transaction().execute(async (trx) => {
        await checkMemberOrganisation(trx, assessment.partnership_id, invite.perspective, invite.organisationId, {
          message: 'Invite respondents from the partnership’s own member organisations',
        });
        const { id } = await responses.insertResponse(trx, {
          assessment_id: assessmentId,
          perspective: invite.perspective,
          organisation_id: invite.organisationId,
          respondent_person_id: null,
          respondent_name: invite.name,
          link_token_hash: hash,
        });
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'respondent.invited',
          partnershipId: assessment.partnership_id,
          subjectType: 'response',
          subjectId: id,
          requestId,
          details: { perspective: invite.perspective },
        });
        return id;
      });
      const row = await responses.findResponse(db, assessmentId, responseId);
      const [response] = row ? await readResponses(db, [row], actor) : [];
      if (!response) throw new NotFoundError('Response');
      return { response, link: respondentLink(config.publicUrl, token) };
    },

    /** What a respondent's personal link opens: that partnership, that period, their own response only. */
    async respondentView(token: string): Promise<TRespondentView> {
      const response = await responses.findResponseByLink(db, hashToken(token));
      if (!response) throw new NotFoundError('Link');
      if (response.quarter_closed) throw new LinkExpiredError();
      const assessment = await findAssessment(db, { kind: 'all' }, response.assessment_id);
      if (!assessment) throw new NotFoundError('Link');
      const [view] = await readResponses(db, [response], null);
      if (!view) throw new NotFoundError('Link');
      // An invitation by email tracks that its link was used (opened).
      const invitedByEmail = await markOpened(db, response.id);
      return {
        partnershipName: assessment.partnership_name,
        periodCode: assessment.period_code,
        dueOn: assessment.due_on,
        status: assessment.status,
        instrumentVersion: assessment.instrument_version,
        response: view,
        invitedByEmail,
      };
    },

    /** An invited respondent saves through their personal link, until the quarter closes. */
    async saveViaLink(token: string, basedOn: number, content: TResponseContent, requestId: string) {
      const response = await responses.findResponseByLink(db, hashToken(token));
      if (response?.quarter_closed) throw new LinkExpiredError();
      const facts = response && (await responseFactsOf(response.id));
      if (!response || !facts) throw new NotFoundError('Link');
      return saveDraft(facts, response.id, basedOn, content, {
        actorPersonId: null,
        action: 'response.saved-via-link',
        requestId,
      });
    },
  };
}
