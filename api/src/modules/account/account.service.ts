import type { Kysely } from 'kysely';
import type { TLanguagePreference } from '@koers/shared/language';
import type { TAccountExport } from '@koers/shared/people';
import type { TIndicatorAnswer } from '@koers/shared/scale';
import type { TDatabase } from '../../db/schema.ts';
import { NotFoundError } from '../../errors.ts';
import type { TRequestContext } from '../../plugins/auth.ts';
import { listActivityOfPerson } from '../audit/audit.repository.ts';
import { listSignUps } from '../intervision/intervision.repository.ts';
import { listContactRequestsOfPerson } from '../network/contact-requests.repository.ts';
import { approachesByAuthor } from '../good-approaches/good-approaches.repository.ts';
import { toPasskey } from '../passkeys/passkeys.mapper.ts';
import { listPasskeysOfPerson } from '../passkeys/passkeys.repository.ts';
import { countRecoveryCodesLeft, findTotpFactor } from '../second-factor/second-factor.repository.ts';
import { listIdentitiesOfPerson } from '../sign-in-identities/sign-in-identities.repository.ts';
import * as repository from './account.repository.ts';

const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => date?.toISOString() ?? null;

export function createAccountService(db: Kysely<TDatabase>) {
  return {
    /** Everything Koers holds about the signed-in person (GDPR access and portability), read in one snapshot. */
    async export({ actor }: TRequestContext): Promise<TAccountExport> {
      return db
        .transaction()
        .setIsolationLevel('repeatable read')
        .setAccessMode('read only')
        .execute(async (trx) => {
          const me = actor.personId;
          const person = await repository.findPerson(trx, me);
          if (!person?.email) throw new NotFoundError('Person');
          const responses = await repository.listResponses(trx, me);
          const responseIds = responses.map((r) => r.id);
          // One connection in one snapshot: the queries run one after the other.
          const sessions = await repository.listSessions(trx, me);
          const apiTokens = await repository.listApiTokens(trx, me);
          const passkeys = await listPasskeysOfPerson(trx, me);
          const identities = await listIdentitiesOfPerson(trx, me);
          const activity = await listActivityOfPerson(trx, me);
          const answers = await repository.listAnswers(trx, responseIds);
          const notes = await repository.listThemeNotes(trx, responseIds);
          const submissions = await repository.listSubmissions(trx, me);
          const reviews = await repository.listReviews(trx, me);
          const timelineNotes = await repository.listTimelineNotes(trx, me);
          const goodApproaches = await approachesByAuthor(trx, me);
          const actions = await repository.listActions(trx, me);
          const actionNotes = await repository.listActionNotes(trx, me);
          const flagEvents = await repository.listFlagEvents(trx, me);
          const contactRequests = await listContactRequestsOfPerson(trx, me);
          const notices = await repository.listNotices(trx, me);
          const preferences = await repository.listNoticePreferences(trx, me);
          const totp = await findTotpFactor(trx, me);
          const calendarFeed = await repository.findCalendarFeed(trx, me);
          const emails = await repository.listEmails(trx, me);
          const intervisionSignUps = await listSignUps(trx, { personId: me });
          return {
            exportedAt: new Date().toISOString(),
            person: {
              id: person.id,
              displayName: person.display_name,
              email: person.email,
              status: person.status,
              language: person.language,
              createdAt: iso(person.created_at),
            },
            roles: actor.roles,
            sessions: sessions.map((s) => ({
              createdAt: iso(s.created_at),
              lastSeenAt: iso(s.last_seen_at),
              expiresAt: iso(s.expires_at),
              signInMethod: s.sign_in_method,
            })),
            apiTokens: apiTokens.map((t) => ({
              name: t.name,
              createdAt: iso(t.created_at),
              expiresAt: iso(t.expires_at),
              lastUsedAt: isoOrNull(t.last_used_at),
            })),
            passkeys: passkeys.map(toPasskey),
            signInIdentities: identities.map((i) => ({
              provider: i.provider,
              subject: i.subject,
              boundAt: iso(i.created_at),
              lastUsedAt: isoOrNull(i.last_used_at),
            })),
            activity: activity.map((a) => ({
              occurredAt: iso(a.occurred_at),
              action: a.action,
              subjectType: a.subject_type,
              subjectId: a.subject_id,
              partnershipId: a.partnership_id,
              details: a.details,
            })),
            responses: responses.map((r) => ({
              id: r.id,
              assessmentId: r.assessment_id,
              partnershipName: r.partnership_name,
              periodCode: r.period_code,
              perspective: r.perspective,
              organisationId: r.organisation_id,
              respondentName: r.respondent_name,
              answers: Object.fromEntries(
                answers
                  .filter((a) => a.response_id === r.id)
                  .map((a): [string, TIndicatorAnswer] => [
                    a.code,
                    a.dont_know ? 'dont_know' : (a.score as 1 | 2 | 3 | 4),
                  ]),
              ),
              notes: notes
                .filter((n) => n.response_id === r.id)
                .map((n) => ({
                  theme: n.theme_number as 1 | 2 | 3 | 4 | 5,
                  evidence: n.evidence,
                  nextStep: n.next_step,
                  priority: n.priority,
                })),
              updatedAt: iso(r.updated_at),
            })),
            submissions: submissions.map((s) => ({
              assessmentId: s.assessment_id,
              periodCode: s.period_code,
              submittedAt: s.submitted_by === me ? iso(s.submitted_at) : null,
              reopenedAt: s.reopened_by === me ? isoOrNull(s.reopened_at) : null,
              reopenReason: s.reopened_by === me ? s.reopen_reason : null,
            })),
            reviews: reviews.map((r) => ({
              assessmentId: r.assessment_id,
              partnershipName: r.partnership_name,
              periodCode: r.period_code,
              written:
                r.author_id === me
                  ? { summary: r.summary, questionBehind: r.question_behind, themeRemarks: r.theme_remarks }
                  : null,
              response: r.responded_by === me ? r.response_text : null,
              updatedAt: iso(r.updated_at),
            })),
            timelineNotes: timelineNotes.map((n) => ({
              partnershipName: n.partnership_name,
              notedOn: n.noted_on,
              text: n.text,
              createdAt: iso(n.created_at),
            })),
            goodApproaches: goodApproaches.map((g) => ({
              id: g.id,
              partnershipName: g.partnership_name,
              title: g.title,
              context: g.context,
              whatWeDid: g.what_we_did,
              whatItBrought: g.what_it_brought,
              whatItTook: g.what_it_took,
              contact: g.contact,
              status: g.status,
              createdAt: iso(g.created_at),
              updatedAt: iso(g.updated_at),
            })),
            actions: actions.map((a) => ({
              id: a.id,
              partnershipName: a.partnership_name,
              description: a.description,
              dueOn: a.due_on,
              supportType: a.support_type,
              status: a.status,
              createdByMe: a.created_by === me,
              ownedByMe: a.owner_id === me,
            })),
            actionNotes: actionNotes.map((n) => ({
              actionId: n.action_id,
              text: n.text,
              statusChange: n.status_change,
              createdAt: iso(n.created_at),
            })),
            flagEvents: flagEvents.map((e) => ({
              flagId: e.flag_id,
              event: e.event,
              note: e.note,
              occurredAt: iso(e.occurred_at),
            })),
            contactRequests: contactRequests.map((r) => ({
              id: r.id,
              askingPartnershipName: r.asking_name,
              peerPartnershipName: r.peer_name,
              theme: r.theme_number,
              status: r.status,
              askedByMe: r.asked_by === me,
              // Only their own words: the other side's message or reply is not theirs to take along.
              message: r.asked_by === me ? r.message : null,
              answeredByMe: r.answered_by === me,
              reply: r.answered_by === me ? r.reply : null,
              createdAt: iso(r.created_at),
              answeredAt: isoOrNull(r.answered_at),
            })),
            notices: notices.map((n) => ({
              kind: n.kind,
              title: { nl: n.title_nl, en: n.title_en },
              createdAt: iso(n.created_at),
              readAt: isoOrNull(n.read_at),
            })),
            noticePreferences: preferences.map((p) => ({ kind: p.kind, inApp: p.in_app, email: p.email })),
            secondFactor: {
              enrolledAt: isoOrNull(totp?.confirmed_at ?? null),
              recoveryCodesLeft: totp?.confirmed_at ? await countRecoveryCodesLeft(trx, me) : 0,
            },
            calendarFeed: calendarFeed
              ? {
                  language: calendarFeed.language,
                  createdAt: iso(calendarFeed.created_at),
                  renewedAt: isoOrNull(calendarFeed.renewed_at),
                }
              : null,
            emails: emails.map((e) => ({
              kind: e.kind,
              subject: e.subject,
              status: e.status,
              createdAt: iso(e.created_at),
              sentAt: isoOrNull(e.sent_at),
            })),
            intervisionSignUps: intervisionSignUps.map((s) => ({
              roundId: s.round_id,
              partnershipId: s.partnership_id,
              dilemma: s.dilemma,
              case: s.case_text,
              createdAt: iso(s.created_at),
            })),
          };
        });
    },

    /** Recorded by the web app whenever the interface language is set: Koers writes to people in it. */
    async setLanguage({ actor }: TRequestContext, { language }: TLanguagePreference): Promise<TLanguagePreference> {
      await repository.setLanguage(db, actor.personId, language);
      return { language };
    },
  };
}
