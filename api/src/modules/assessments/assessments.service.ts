import type { Kysely } from 'kysely';
import { LRUCache } from 'lru-cache';
import type { Pool } from 'pg';
import type {
  TAssessment,
  TAssessmentSummary,
  TPerspective,
  TResponse,
  TResponseContent,
  TRespondentInvite,
  TRespondentView,
} from '@koers/shared/assessments';
import type { TIndicatorAnswer } from '@koers/shared/scale';
import { roundScore } from '@koers/shared/score-format';
import { scoreThemes, type TInstrumentShape } from '@koers/shared/scoring';
import { can } from '@koers/shared/policy';
import type { TConfig } from '../../config.ts';
import type { Database } from '../../db/schema.ts';
import type { Executor } from '../../db/types.ts';
import { ApiError, ConflictError, ForbiddenError, LinkExpiredError, NotFoundError } from '../../errors.ts';
import type { TActor, TRequestContext } from '../../plugins/auth.ts';
import { recordAudit, type TAuditEntry } from '../audit/audit.repository.ts';
import { scopeOf } from '../auth/access-scope.ts';
import { authorizePartnership } from '../auth/authorize.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { raiseFlagsForQuarter } from '../flags/flags.service.ts';
import { findInstrumentVersion, instrumentShape } from '../instrument/instrument.repository.ts';
import { findPeriod } from '../periods/periods.repository.ts';
import * as repository from './assessments.repository.ts';
import { createDraftSaver } from './draft-saver.ts';

/** `pool` runs the draft save, a prepared statement; everything else goes through `db`. */
type Deps = { db: Kysely<Database>; pool: Pool; config: Pick<TConfig, 'publicUrl'> };

export class PreconditionError extends ApiError {}

/**
 * The version a save is based on: its If-Match header, checked by the route's schema (ZVersionTag).
 * Absent, the save could overwrite another's work unseen: 428.
 */
export function requireVersion(basedOn: number | undefined): number {
  if (basedOn === undefined) {
    throw new PreconditionError(428, 'PRECONDITION_REQUIRED', 'Send the version your changes are based on as If-Match');
  }
  return basedOn;
}

export const respondentLink = (publicUrl: string, token: string) => `${publicUrl}/respond/${token}`;

async function readResponses(db: Executor, rows: repository.ResponseRow[], actor: TActor | null): Promise<TResponse[]> {
  const ids = rows.map((r) => r.id);
  const [answers, notes] = await Promise.all([repository.listAnswers(db, ids), repository.listNotes(db, ids)]);
  return rows.map((row) => ({
    id: row.id,
    perspective: row.perspective,
    organisationId: row.organisation_id,
    respondentName: row.respondent_name,
    mine: actor !== null && row.respondent_person_id === actor.personId,
    viaLink: row.link_token_hash !== null,
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
    answers: Object.fromEntries(
      answers
        .filter((a) => a.response_id === row.id)
        .map((a): [string, TIndicatorAnswer] => [
          a.indicator_id,
          a.dont_know ? 'dont_know' : (a.score as 1 | 2 | 3 | 4),
        ]),
    ),
    notes: notes
      .filter((n) => n.response_id === row.id)
      .map((n) => ({
        theme: n.theme_number as 1 | 2 | 3 | 4 | 5,
        evidence: n.evidence,
        nextStep: n.next_step,
        priority: n.priority,
      })),
  }));
}

/** Every answered indicator must belong to the questionnaire version the assessment is pinned to. */
function checkIndicators(shape: TInstrumentShape, content: TResponseContent) {
  const known = new Set(shape.themes.flatMap((t) => t.indicatorIds));
  const unknown = Object.keys(content.answers).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new ApiError(
      400,
      'VALIDATION_FAILED',
      'Some answers are for indicators that are not in this questionnaire',
      unknown.map((id) => ({ path: `body.answers.${id}`, message: 'Not an indicator of this questionnaire version' })),
    );
  }
  const themes = content.notes.map((n) => n.theme);
  if (new Set(themes).size !== themes.length) {
    throw new ApiError(400, 'VALIDATION_FAILED', 'One note per theme', [
      { path: 'body.notes', message: 'A theme appears twice' },
    ]);
  }
}

/**
 * A response counts under a perspective for one organisation: it must be a member of the partnership and
 * of that kind (the coordination perspective speaks for any member), or it would colour another
 * partnership's organisation, or the wrong perspective, with this partnership's scores.
 */
async function checkMemberOrganisation(
  db: Executor,
  partnershipId: string,
  perspective: TPerspective,
  organisationId: string | null,
  { message }: { message: string },
) {
  const member = organisationId
    ? await db
        .selectFrom('partnership_member as m')
        .innerJoin('organisation as o', 'o.id', 'm.organisation_id')
        .select('o.kind')
        .where('m.partnership_id', '=', partnershipId)
        .where('m.organisation_id', '=', organisationId)
        .executeTakeFirst()
    : undefined;
  if (!member || (perspective !== 'coordination' && member.kind !== perspective)) {
    throw new ApiError(400, 'VALIDATION_FAILED', message, [
      { path: 'body.organisationId', message: 'Choose a member organisation of this kind' },
    ]);
  }
}

export function createAssessmentService({ db, pool, config }: Deps) {
  // Assessments are pinned to published questionnaire versions, which the database keeps unchanged.
  const shapes = new LRUCache<string, TInstrumentShape>({
    max: 100,
    fetchMethod: (instrumentVersionId) => instrumentShape(db, instrumentVersionId),
  });
  const shapeOf = async (instrumentVersionId: string) => {
    const shape = await shapes.fetch(instrumentVersionId);
    if (!shape) throw new NotFoundError('Questionnaire version');
    return shape;
  };

  async function load(actor: TActor, assessmentId: string) {
    const assessment = await repository.findAssessment(db, scopeOf(actor), assessmentId);
    if (!assessment) throw new NotFoundError('Assessment');
    return assessment;
  }

  async function view(actor: TActor, assessment: repository.AssessmentRow): Promise<TAssessment> {
    const resource = { partnershipId: assessment.partnership_id, sharesNarratives: assessment.shares_with_board };
    // A draft is the partnership's work in progress: only those who work on it (or follow it up) see its
    // scores. Board members see submitted quarters only, and individual responses (narrative and personal)
    // only when the partnership shares its narratives with them.
    const seesDrafts = can(actor.access, 'partnership:read-narrative', { partnershipId: assessment.partnership_id });
    const submittedOnly = assessment.status === 'draft' && !seesDrafts;
    const narrative = !submittedOnly && can(actor.access, 'partnership:read-narrative', resource);
    const rows = submittedOnly ? [] : await repository.listResponses(db, assessment.id);
    const responses = await readResponses(db, rows, actor);
    const shape = await shapeOf(assessment.instrument_version_id);
    const results = submittedOnly
      ? []
      : scoreThemes(shape, responses).map((s) => ({
          theme: s.theme,
          score: roundScore(s.score),
          coverage: s.coverage,
          perspectives: Object.fromEntries(
            Object.entries(s.perspectives).map(([k, v]) => [k, roundScore(v as number | null)]),
          ),
          perspectiveSpread: roundScore(s.perspectiveSpread),
        }));
    const submissions = await repository.listSubmissions(db, assessment.id);
    return {
      id: assessment.id,
      partnershipId: assessment.partnership_id,
      partnershipName: assessment.partnership_name,
      periodId: assessment.period_id,
      periodCode: assessment.period_code,
      dueOn: assessment.due_on,
      instrumentVersion: assessment.instrument_version,
      status: assessment.status,
      submittedAt: assessment.submitted_at?.toISOString() ?? null,
      responses: narrative ? responses : [],
      submissions: submissions.map((s) => ({
        id: s.id,
        submittedAt: s.submitted_at.toISOString(),
        submittedBy: s.submitted_by,
        reopenedAt: s.reopened_at?.toISOString() ?? null,
        reopenedBy: s.reopened_by,
        reopenReason: s.reopen_reason,
      })),
      results,
    };
  }

  // Autosave calls come every few seconds per open questionnaire: what they need to know about a response
  // before writing never changes, so it is read once per response and instance.
  const responseFacts = new LRUCache<string, repository.ResponseFacts>({
    max: 10_000,
    fetchMethod: (responseId) => repository.findResponseFacts(db, responseId),
  });

  const saveDraftTogether = createDraftSaver(pool);

  /**
   * Saves a whole response if it is still at the version the edit started from, with its audit row.
   * When it changes nothing, the response as it is now tells why.
   */
  async function saveDraft(
    facts: repository.ResponseFacts,
    responseId: string,
    basedOn: number,
    content: TResponseContent,
    audit: Pick<TAuditEntry, 'actorPersonId' | 'action' | 'requestId'>,
  ) {
    checkIndicators(await shapeOf(facts.instrument_version_id), content);
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
    const now = await repository.findResponseState(db, responseId);
    if (!now) throw new NotFoundError('Response');
    if (now.status === 'submitted')
      throw new ConflictError('This assessment has been submitted and can no longer change');
    throw new PreconditionError(412, 'PRECONDITION_FAILED', 'Someone saved this response after you opened it', [
      { path: 'headers.if-match', message: `Your version is ${basedOn}; the saved version is ${now.version}` },
    ]);
  }

  return {
    async get(actor: TActor, assessmentId: string): Promise<TAssessment> {
      return view(actor, await load(actor, assessmentId));
    },

    async listForPartnership(actor: TActor, partnershipId: string): Promise<TAssessmentSummary[]> {
      authorizePartnership(actor, 'partnership:read', { partnershipId });
      const rows = await repository.listAssessmentsOfPartnership(db, partnershipId);
      return rows.map((r) => ({
        id: r.id,
        periodId: r.period_id,
        periodCode: r.period_code,
        status: r.status,
        submittedAt: r.submitted_at?.toISOString() ?? null,
        responseCount: Number(r.response_count),
      }));
    },

    /** Opens the partnership's assessment for a period, with the manager's own response; idempotent. */
    async start({ actor, requestId }: TRequestContext, partnershipId: string, periodId: string) {
      authorizePartnership(actor, 'assessment:edit', { partnershipId });
      const { id, created } = await db.transaction().execute(async (trx) => {
        if (!(await findPeriod(trx, periodId))) throw new NotFoundError('Period');
        const existing = await repository.findAssessmentFor(trx, partnershipId, periodId);
        if (existing) return { id: existing.id, created: false };
        const instrument = await findInstrumentVersion(trx, 'current');
        if (!instrument) throw new ConflictError('No questionnaire has been published yet');
        const { id } = await repository.insertAssessment(trx, partnershipId, periodId, instrument.id);
        await repository.insertResponse(trx, {
          assessment_id: id,
          perspective: 'coordination',
          organisation_id: null,
          respondent_person_id: actor.personId,
          respondent_name: actor.displayName,
          link_token_hash: null,
        });
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'assessment.started',
          partnershipId,
          subjectType: 'assessment',
          subjectId: id,
          requestId,
        });
        return { id, created: true };
      });
      return { assessment: await view(actor, await load(actor, id)), created };
    },

    /** Another programme manager of the partnership adds their own response to the assessment. */
    async addOwnResponse(
      { actor, requestId }: TRequestContext,
      assessmentId: string,
      input: { perspective: TPerspective; organisationId: string | null },
    ): Promise<TAssessment> {
      const assessment = await load(actor, assessmentId);
      authorizePartnership(actor, 'assessment:edit', { partnershipId: assessment.partnership_id });
      await db.transaction().execute(async (trx) => {
        if (input.organisationId !== null || input.perspective !== 'coordination') {
          await checkMemberOrganisation(trx, assessment.partnership_id, input.perspective, input.organisationId, {
            message: 'A response speaks for one of the partnership’s own member organisations',
          });
        }
        const { id } = await repository.insertResponse(trx, {
          assessment_id: assessmentId,
          perspective: input.perspective,
          organisation_id: input.organisationId,
          respondent_person_id: actor.personId,
          respondent_name: actor.displayName,
          link_token_hash: null,
        });
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'response.added',
          partnershipId: assessment.partnership_id,
          subjectType: 'response',
          subjectId: id,
          requestId,
        });
      });
      return view(actor, assessment);
    },

    async saveOwnResponse(
      { actor, requestId }: TRequestContext,
      assessmentId: string,
      responseId: string,
      ifMatch: number | undefined,
      content: TResponseContent,
    ) {
      const basedOn = requireVersion(ifMatch);
      const facts = await responseFacts.fetch(responseId);
      if (facts?.assessment_id !== assessmentId) {
        await load(actor, assessmentId);
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
      const assessment = await load(actor, assessmentId);
      authorizePartnership(actor, 'assessment:edit', { partnershipId: assessment.partnership_id });
      const { token, hash } = newToken();
      const responseId = await db.transaction().execute(async (trx) => {
        await checkMemberOrganisation(trx, assessment.partnership_id, invite.perspective, invite.organisationId, {
          message: 'Invite respondents from the partnership’s own member organisations',
        });
        const { id } = await repository.insertResponse(trx, {
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
      const row = await repository.findResponse(db, assessmentId, responseId);
      const [response] = row ? await readResponses(db, [row], actor) : [];
      if (!response) throw new NotFoundError('Response');
      return { response, link: respondentLink(config.publicUrl, token) };
    },

    /**
     * Submits once per idempotency key: a double click or a retried request finds the submission its
     * first attempt made. Scores are computed and stored as summaries in the same transaction.
     */
    async submit({ actor, requestId }: TRequestContext, assessmentId: string, key: string) {
      const assessment = await load(actor, assessmentId);
      authorizePartnership(actor, 'assessment:edit', { partnershipId: assessment.partnership_id });
      const shape = await shapeOf(assessment.instrument_version_id);
      const created = await db.transaction().execute(async (trx) => {
        const locked = await repository.lockAssessment(trx, assessmentId);
        if (!locked) throw new NotFoundError('Assessment');
        const earlier = await repository.findSubmissionByKey(trx, assessmentId, key);
        if (earlier && earlier.reopened_at === null) return false;
        if (earlier) throw new ConflictError('This submission was reopened since; submit again with a new key');
        if (locked.status === 'submitted') throw new ConflictError('This assessment has already been submitted');
        const rows = await repository.listResponses(trx, assessmentId);
        const responses = await readResponses(trx, rows, actor);
        const scores = scoreThemes(shape, responses);
        if (scores.every((s) => s.score === null))
          throw new ConflictError('Score at least one indicator before submitting');
        await repository.insertSubmission(trx, assessmentId, key, actor.personId);
        await repository.writeSummaries(trx, assessment, scores, responses.length);
        await repository.setSubmitted(trx, assessmentId);
        await raiseFlagsForQuarter(trx, assessment.partnership_id, assessment.period_id);
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'assessment.submitted',
          partnershipId: assessment.partnership_id,
          subjectType: 'assessment',
          subjectId: assessmentId,
          requestId,
        });
        return true;
      });
      return { assessment: await view(actor, await load(actor, assessmentId)), created };
    },

    async reopen({ actor, requestId }: TRequestContext, assessmentId: string, reason: string): Promise<TAssessment> {
      const assessment = await load(actor, assessmentId);
      authorizePartnership(actor, 'assessment:reopen', { partnershipId: assessment.partnership_id });
      await db.transaction().execute(async (trx) => {
        const locked = await repository.lockAssessment(trx, assessmentId);
        if (locked?.status !== 'submitted') throw new ConflictError('Only a submitted assessment can be reopened');
        await repository.reopen(trx, assessmentId, actor.personId, reason);
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'assessment.reopened',
          partnershipId: assessment.partnership_id,
          subjectType: 'assessment',
          subjectId: assessmentId,
          requestId,
          details: { reason },
        });
      });
      return view(actor, await load(actor, assessmentId));
    },

    /** What a respondent's personal link opens: that partnership, that period, their own response only. */
    async respondentView(token: string): Promise<TRespondentView> {
      const response = await repository.findResponseByLink(db, hashToken(token));
      if (!response) throw new NotFoundError('Link');
      if (response.quarter_closed) throw new LinkExpiredError();
      const assessment = await repository.findAssessment(db, { kind: 'all' }, response.assessment_id);
      if (!assessment) throw new NotFoundError('Link');
      const [view] = await readResponses(db, [response], null);
      if (!view) throw new NotFoundError('Link');
      return {
        partnershipName: assessment.partnership_name,
        periodCode: assessment.period_code,
        dueOn: assessment.due_on,
        status: assessment.status,
        instrumentVersion: assessment.instrument_version,
        response: view,
      };
    },

    async saveViaLink(token: string, ifMatch: number | undefined, content: TResponseContent, requestId: string) {
      const basedOn = requireVersion(ifMatch);
      const response = await repository.findResponseByLink(db, hashToken(token));
      if (response?.quarter_closed) throw new LinkExpiredError();
      const facts = response && (await responseFacts.fetch(response.id));
      if (!response || !facts) throw new NotFoundError('Link');
      return saveDraft(facts, response.id, basedOn, content, {
        actorPersonId: null,
        action: 'response.saved-via-link',
        requestId,
      });
    },
  };
}
