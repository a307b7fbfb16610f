import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  IDEMPOTENCY_HEADER,
  ZAssessment,
  ZAssessmentParams,
  ZAssessmentStart,
  ZAssessmentSummary,
  ZIdempotencyKey,
  ZOwnResponseCreate,
  ZReopen,
  ZRespondentInvite,
  ZRespondentInviteResult,
  ZRespondentLinkParams,
  ZRespondentView,
  ZResponseContent,
  ZResponseParams,
  ZVersionHeaders,
} from '@koers/shared/assessments';
import { ZPartnershipParams } from '@koers/shared/partnerships';
import type { TConfig } from '../../config.ts';
import { basedOnVersion, sendVersioned } from '../../http/conditional-request.ts';
import { actorOf, contextOf } from '../auth/authorize.ts';
import { createAssessmentService } from './assessments.service.ts';
import { createDraftSaver } from './draft-saver.ts';
import { createQuestionnaireShapes } from './questionnaire-shapes.ts';
import { createResponseFacts } from './response-facts.ts';
import { createResponseService } from './responses.service.ts';

export type TAssessmentRoutesOptions = { config: Pick<TConfig, 'publicUrl'> };

const ZSaved = z.object({ version: z.number().int(), updatedAt: z.iso.datetime({ offset: true }) });
const ZIdempotencyHeaders = z.looseObject({ [IDEMPOTENCY_HEADER]: ZIdempotencyKey });

/** The quarterly self-assessment: start, fill in (with version checks), invite respondents, submit, reopen. */
export const assessmentRoutes: FastifyPluginAsyncZod<TAssessmentRoutesOptions> = async (fastify, { config }) => {
  // What is read once and kept (questionnaire shapes, a response's fixed facts) and the batching of draft
  // saves live here, beside the services, so that the services hold the rules only.
  const shapeOf = createQuestionnaireShapes(fastify.db);
  const assessments = createAssessmentService({ db: fastify.db, shapeOf });
  const responses = createResponseService({
    db: fastify.db,
    config,
    shapeOf,
    responseFactsOf: createResponseFacts(fastify.db),
    saveDraftTogether: createDraftSaver(fastify.pg.pool),
  });
  const tags = ['assessments'];
  const signedIn = { onRequest: fastify.authenticate };

  fastify.get(
    '/partnerships/:partnershipId/assessments',
    {
      ...signedIn,
      schema: {
        tags,
        operationId: 'listAssessments',
        summary: 'A partnership’s assessments, newest period first',
        params: ZPartnershipParams,
        response: { 200: z.object({ items: z.array(ZAssessmentSummary) }) },
      },
    },
    async (request) => ({
      items: await assessments.listForPartnership(actorOf(request), request.params.partnershipId),
    }),
  );

  fastify.post(
    '/partnerships/:partnershipId/assessments',
    {
      config: { access: { partnership: 'assessment:edit', of: 'partnership' } },
      ...signedIn,
      schema: {
        tags,
        operationId: 'startAssessment',
        summary: 'Start (or find) the assessment of a period, with your own response (programme manager)',
        params: ZPartnershipParams,
        body: ZAssessmentStart,
        response: { 200: ZAssessment, 201: ZAssessment },
      },
    },
    async (request, reply) => {
      const { assessment, created } = await assessments.start(
        contextOf(request),
        request.params.partnershipId,
        request.body.periodId,
      );
      return reply.code(created ? 201 : 200).send(assessment);
    },
  );

  fastify.get(
    '/assessments/:assessmentId',
    {
      ...signedIn,
      schema: {
        tags,
        operationId: 'getAssessment',
        summary: 'One assessment with its responses, scores and submission history',
        params: ZAssessmentParams,
        response: { 200: ZAssessment },
      },
    },
    async (request) => assessments.get(actorOf(request), request.params.assessmentId),
  );

  fastify.post(
    '/assessments/:assessmentId/responses',
    {
      config: { access: { partnership: 'assessment:edit', of: 'assessment' } },
      ...signedIn,
      schema: {
        tags,
        operationId: 'addResponse',
        summary: 'Add your own response (programme manager)',
        params: ZAssessmentParams,
        body: ZOwnResponseCreate,
        response: { 201: ZAssessment },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await assessments.addOwnResponse(contextOf(request), request.params.assessmentId, request.body)),
  );

  fastify.put(
    '/assessments/:assessmentId/responses/:responseId',
    {
      config: { access: { partnership: 'assessment:edit', of: 'assessment' } },
      ...signedIn,
      schema: {
        tags,
        operationId: 'saveResponse',
        summary:
          'Save your response in full; If-Match names the version it is based on (412 when stale, 428 when missing)',
        params: ZResponseParams,
        headers: ZVersionHeaders,
        body: ZResponseContent,
        response: { 200: ZSaved },
      },
    },
    async (request, reply) => {
      const basedOn = basedOnVersion(request.headers);
      const saved = await responses.saveOwnResponse(
        contextOf(request),
        request.params.assessmentId,
        request.params.responseId,
        basedOn,
        request.body,
      );
      return sendVersioned(reply, saved);
    },
  );

  fastify.post(
    '/assessments/:assessmentId/respondents',
    {
      config: { access: { partnership: 'assessment:edit', of: 'assessment' } },
      ...signedIn,
      schema: {
        tags,
        operationId: 'inviteRespondent',
        summary: 'Invite a respondent of a member organisation; returns their personal link (programme manager)',
        params: ZAssessmentParams,
        body: ZRespondentInvite,
        response: { 201: ZRespondentInviteResult },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await responses.inviteRespondent(contextOf(request), request.params.assessmentId, request.body)),
  );

  fastify.post(
    '/assessments/:assessmentId/submission',
    {
      config: { access: { partnership: 'assessment:edit', of: 'assessment' } },
      ...signedIn,
      schema: {
        tags,
        operationId: 'submitAssessment',
        summary: 'Submit: closes the responses; repeating with the same Idempotency-Key returns the same submission',
        params: ZAssessmentParams,
        headers: ZIdempotencyHeaders,
        response: { 200: ZAssessment, 201: ZAssessment },
      },
    },
    async (request, reply) => {
      const { assessment, created } = await assessments.submit(
        contextOf(request),
        request.params.assessmentId,
        request.headers[IDEMPOTENCY_HEADER],
      );
      return reply.code(created ? 201 : 200).send(assessment);
    },
  );

  fastify.post(
    '/assessments/:assessmentId/reopening',
    {
      config: { access: { partnership: 'assessment:reopen', of: 'assessment' } },
      ...signedIn,
      schema: {
        tags,
        operationId: 'reopenAssessment',
        summary: 'Reopen a submitted assessment, with a reason (admin or the partnership’s critical friend)',
        params: ZAssessmentParams,
        body: ZReopen,
        response: { 200: ZAssessment },
      },
    },
    async (request) => assessments.reopen(contextOf(request), request.params.assessmentId, request.body.reason),
  );

  fastify.get(
    '/respond/:token',
    {
      schema: {
        tags,
        operationId: 'getRespondentResponse',
        summary: 'What an invited respondent’s personal link opens',
        params: ZRespondentLinkParams,
        response: { 200: ZRespondentView },
      },
    },
    async (request) => responses.respondentView(request.params.token),
  );

  fastify.put(
    '/respond/:token',
    {
      config: { access: { link: 'respondent' } },
      schema: {
        tags,
        operationId: 'saveRespondentResponse',
        summary: 'Save an invited respondent’s response in full, with If-Match',
        params: ZRespondentLinkParams,
        headers: ZVersionHeaders,
        body: ZResponseContent,
        response: { 200: ZSaved },
      },
    },
    async (request, reply) => {
      const basedOn = basedOnVersion(request.headers);
      return sendVersioned(reply, await responses.saveViaLink(request.params.token, basedOn, request.body, request.id));
    },
  );
};
