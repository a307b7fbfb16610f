import type { Kysely } from 'kysely';
import { formatCalendarDate } from '@koers/shared/calendar';
import type {
  TInvitationBatch,
  TInvitationOverview,
  TInvitationStatus,
  TInvitedRespondent,
} from '@koers/shared/invitations';
import { INVITABLE_PERSPECTIVES } from '@koers/shared/invitations';
import type { TConfig } from '../../config.ts';
import type { TDatabase } from '../../db/schema.ts';
import type { TExecutor } from '../../db/types.ts';
import { ConflictError, NotFoundError } from '../../errors.ts';
import type { TMailer } from '../../mail/mailer.ts';
import { renderRespondentInvitation } from '../../mail/render-email.ts';
import type { TRequestContext } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { authorizePartnership } from '../auth/authorize.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { loadAssessment } from '../assessments/assessment-view.ts';
import type { TAssessmentRow } from '../assessments/assessments.repository.ts';
import { checkMemberOrganisation } from '../assessments/response-rules.ts';
import { insertResponse } from '../assessments/responses.repository.ts';
import { queueEmail } from '../outgoing-email/outgoing-email.repository.ts';
import { reminderOptOutLink } from '../reminders/reminder-links.ts';
import * as invitations from './invitations.repository.ts';

type TDeps = { db: Kysely<TDatabase>; config: Pick<TConfig, 'publicUrl'>; mailer: Pick<TMailer, 'delivers'> };
type TLink = { responseId: string; link: string };

/** How far a respondent is, from what they did last: saving outranks opening, and either shows the email arrived. */
function statusOf(row: invitations.TInvitationRow): TInvitationStatus {
  if (row.withdrawn_at) return 'withdrawn';
  if (row.completed_at) return 'submitted';
  if (row.version > 1) return 'draft';
  if (row.opened_at) return 'opened';
  if (row.email_status === 'bounced') return 'bounced';
  if (row.email_status === 'failed') return 'failed';
  return 'invited';
}

/** Respondents invited by email to an assessment: inviting (one or a pasted list), tracking, resending, withdrawing. */
export function createInvitationService({ db, config, mailer }: TDeps) {
  /** With a mail server, emails the personal link, in the transaction that made it. */
  async function sendLink(
    trx: Parameters<typeof queueEmail>[0],
    assessment: TAssessmentRow,
    to: { responseId: string; name: string; email: string; locale: 'nl' | 'en'; optOutToken: string },
    token: string,
  ): Promise<TLink> {
    const link = `${config.publicUrl}/respond/${token}`;
    if (mailer.delivers) {
      await queueEmail(trx, {
        kind: 'respondent_invitation',
        personId: null,
        responseId: to.responseId,
        recipientEmail: to.email,
        locale: to.locale,
        ...renderRespondentInvitation(to.locale, {
          name: to.name,
          partnership: assessment.partnership_name,
          period: assessment.period_code,
          dueOn: formatCalendarDate(assessment.due_on, to.locale),
          link,
          optOutLink: reminderOptOutLink(config.publicUrl, to.optOutToken),
        }),
      });
    }
    return { responseId: to.responseId, link };
  }

  async function editable({ actor }: TRequestContext, assessmentId: string) {
    const assessment = await loadAssessment(db, actor, assessmentId);
    authorizePartnership(actor, 'assessment:edit', { partnershipId: assessment.partnership_id });
    return assessment;
  }

  async function overview(executor: TExecutor, assessmentId: string, links: TLink[]): Promise<TInvitationOverview> {
    const rows = await invitations.listInvitations(executor, assessmentId);
    const respondents: TInvitedRespondent[] = rows.map((row) => ({
      responseId: row.response_id,
      name: row.respondent_name,
      email: row.email,
      perspective: row.perspective as TInvitedRespondent['perspective'],
      organisationId: row.organisation_id,
      locale: row.locale,
      status: statusOf(row),
      invitedAt: row.invited_at.toISOString(),
    }));
    const rates = INVITABLE_PERSPECTIVES.map((perspective) => {
      const counted = respondents.filter((r) => r.perspective === perspective && r.status !== 'withdrawn');
      return {
        perspective,
        invited: counted.length,
        submitted: counted.filter((r) => r.status === 'submitted').length,
      };
    });
    // Links are handed over only when no email carries them.
    return { respondents, rates, emailed: mailer.delivers, links: mailer.delivers ? [] : links };
  }

  return {
    async list(context: TRequestContext, assessmentId: string) {
      await editable(context, assessmentId);
      return overview(db, assessmentId, []);
    },

    async invite(context: TRequestContext, assessmentId: string, batch: TInvitationBatch) {
      const assessment = await editable(context, assessmentId);
      if (assessment.status === 'submitted') throw new ConflictError('This assessment has been submitted');
      const links = await db.transaction().execute(async (trx) => {
        const made: TLink[] = [];
        for (const [index, invite] of batch.invitations.entries()) {
          await checkMemberOrganisation(trx, assessment.partnership_id, invite.perspective, invite.organisationId, {
            message: `Invitation ${index + 1}: invite respondents from the partnership’s own member organisations`,
          });
          const { token, hash } = newToken();
          const { id } = await insertResponse(trx, {
            assessment_id: assessmentId,
            perspective: invite.perspective,
            organisation_id: invite.organisationId,
            respondent_person_id: null,
            respondent_name: invite.name,
            link_token_hash: hash,
          });
          const { optOutToken } = await invitations.insertInvitation(trx, {
            response_id: id,
            assessment_id: assessmentId,
            email: invite.email,
            locale: invite.locale,
          });
          made.push(await sendLink(trx, assessment, { responseId: id, optOutToken, ...invite }, token));
          await recordAudit(trx, {
            actorPersonId: context.actor.personId,
            action: 'respondent.invited',
            partnershipId: assessment.partnership_id,
            subjectType: 'response',
            subjectId: id,
            requestId: context.requestId,
            details: { perspective: invite.perspective, byEmail: mailer.delivers },
          });
        }
        return made;
      });
      return overview(db, assessmentId, links);
    },

    /** A fresh link, emailed again: the earlier one stops working. */
    async resend(context: TRequestContext, assessmentId: string, responseId: string) {
      const assessment = await editable(context, assessmentId);
      const link = await db.transaction().execute(async (trx) => {
        const invitation = await invitations.lockInvitation(trx, assessmentId, responseId);
        if (!invitation) throw new NotFoundError('Invitation');
        if (invitation.withdrawn_at) throw new ConflictError('This invitation was withdrawn');
        const { token, hash } = newToken();
        await invitations.replaceLink(trx, responseId, hash);
        const sent = await sendLink(
          trx,
          assessment,
          {
            responseId,
            name: invitation.respondent_name,
            email: invitation.email,
            locale: invitation.locale,
            optOutToken: invitation.opt_out_token,
          },
          token,
        );
        await recordAudit(trx, {
          actorPersonId: context.actor.personId,
          action: 'respondent.reinvited',
          partnershipId: assessment.partnership_id,
          subjectType: 'response',
          subjectId: responseId,
          requestId: context.requestId,
        });
        return sent;
      });
      return overview(db, assessmentId, [link]);
    },

    /** The link stops working; what the respondent saved stays part of the assessment. */
    async withdraw(context: TRequestContext, assessmentId: string, responseId: string) {
      const assessment = await editable(context, assessmentId);
      await db.transaction().execute(async (trx) => {
        const invitation = await invitations.lockInvitation(trx, assessmentId, responseId);
        if (!invitation) throw new NotFoundError('Invitation');
        if (invitation.withdrawn_at) return;
        await invitations.withdraw(trx, responseId, newToken().hash);
        await recordAudit(trx, {
          actorPersonId: context.actor.personId,
          action: 'respondent.withdrawn',
          partnershipId: assessment.partnership_id,
          subjectType: 'response',
          subjectId: responseId,
          requestId: context.requestId,
        });
      });
      return overview(db, assessmentId, []);
    },

    /** The respondent, through their link, says they are done. */
    async complete(token: string): Promise<void> {
      const response = await invitations.findResponseIdByLink(db, hashToken(token));
      if (!response || !(await invitations.markCompleted(db, response.id))) throw new NotFoundError('Invitation');
    },
  };
}
