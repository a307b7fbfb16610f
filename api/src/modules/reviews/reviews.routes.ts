import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZAssessmentParams } from '@koers/shared/assessments';
import { ZReview, ZReviewResponse, ZReviewWrite } from '@koers/shared/follow-up';
import { actorOf, contextOf } from '../auth/authorize.ts';
import { createReviewService } from './reviews.service.ts';

/** The critical friend's review of an assessment and the programme manager's response. */
export const reviewRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const service = createReviewService(fastify.db);
  fastify.addHook('onRequest', fastify.authenticate);
  const tags = ['follow-up'];

  fastify.get(
    '/assessments/:assessmentId/review',
    {
      schema: {
        tags,
        operationId: 'getReview',
        summary: 'The critical friend’s review of an assessment, if any',
        params: ZAssessmentParams,
        response: { 200: z.object({ review: ZReview.nullable() }) },
      },
    },
    async (request) => ({ review: await service.review(actorOf(request), request.params.assessmentId) }),
  );

  fastify.put(
    '/assessments/:assessmentId/review',
    {
      config: { access: { partnership: 'review:write', of: 'assessment' } },
      schema: {
        tags,
        operationId: 'saveReview',
        summary: 'Write or revise the review of a submitted assessment (critical friend)',
        params: ZAssessmentParams,
        body: ZReviewWrite,
        response: { 200: ZReview },
      },
    },
    async (request) => service.write(contextOf(request), request.params.assessmentId, request.body),
  );

  fastify.post(
    '/assessments/:assessmentId/review/response',
    {
      config: { access: { partnership: 'assessment:edit', of: 'assessment' } },
      schema: {
        tags,
        operationId: 'respondToReview',
        summary: 'Respond to the review (programme manager)',
        params: ZAssessmentParams,
        body: ZReviewResponse,
        response: { 200: ZReview },
      },
    },
    async (request) => service.respond(contextOf(request), request.params.assessmentId, request.body.text),
  );
};
