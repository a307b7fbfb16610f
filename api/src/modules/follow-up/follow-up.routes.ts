import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZAssessmentParams } from '@koers/shared/assessments';
import {
  ZAction,
  ZActionCreate,
  ZActionParams,
  ZActionProgress,
  ZFlagClosure,
  ZFlagDetail,
  ZFlagParams,
  ZPartnershipSharing,
  ZReviewQueue,
  ZReviewQueueQuery,
  ZReview,
  ZReviewResponse,
  ZReviewWrite,
} from '@koers/shared/follow-up';
import { ZPartnershipParams } from '@koers/shared/partnerships';
import { sendJson } from '../../plugins/read-cache.ts';
import { actorOf, contextOf } from '../auth/authorize.ts';
import { createFollowUpService } from './follow-up.service.ts';

/** Critical-friend follow-up: the review queue, flags, action plans and reviews. */
export const followUpRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const service = createFollowUpService(fastify.db, fastify.readCache);
  fastify.addHook('onRequest', fastify.authenticate);
  const tags = ['follow-up'];

  fastify.get(
    '/review-queue',
    {
      config: { access: { platform: 'review-queue:read' } },
      schema: {
        tags,
        summary: 'Open flags of your partnerships, most severe and oldest first, a page at a time (critical friends)',
        querystring: ZReviewQueueQuery,
        response: { 200: ZReviewQueue },
      },
    },
    async (request, reply) => sendJson(reply, await service.queue(actorOf(request), request.query)),
  );

  fastify.get(
    '/flags/:flagId',
    {
      schema: {
        tags,
        summary: 'A flag with its history and linked actions',
        params: ZFlagParams,
        response: { 200: ZFlagDetail },
      },
    },
    async (request) => service.flag(actorOf(request), request.params.flagId),
  );

  fastify.post(
    '/flags/:flagId/acknowledgement',
    {
      schema: {
        tags,
        summary: 'Acknowledge a flag (critical friend)',
        params: ZFlagParams,
        response: { 200: ZFlagDetail },
      },
    },
    async (request) => service.acknowledge(contextOf(request), request.params.flagId),
  );

  fastify.post(
    '/flags/:flagId/closure',
    {
      config: { access: { partnership: 'review:write', of: 'flag' } },
      schema: {
        tags,
        summary: 'Close a flag: when its actions are done, or with a reason (critical friend)',
        params: ZFlagParams,
        body: ZFlagClosure,
        response: { 200: ZFlagDetail },
      },
    },
    async (request) => service.close(contextOf(request), request.params.flagId, request.body.resolution),
  );

  fastify.get(
    '/partnerships/:partnershipId/actions',
    {
      schema: {
        tags,
        summary: 'A partnership’s action plan',
        params: ZPartnershipParams,
        response: { 200: z.object({ items: z.array(ZAction) }) },
      },
    },
    async (request) => ({ items: await service.actions(actorOf(request), request.params.partnershipId) }),
  );

  fastify.post(
    '/partnerships/:partnershipId/actions',
    {
      config: { access: { partnership: 'follow-up:write', of: 'partnership' } },
      schema: {
        tags,
        summary: 'Add an action, linked to flags (critical friend or programme manager)',
        params: ZPartnershipParams,
        body: ZActionCreate,
        response: { 201: ZAction },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.createAction(contextOf(request), request.params.partnershipId, request.body)),
  );

  fastify.post(
    '/actions/:actionId/progress',
    {
      config: { access: { partnership: 'follow-up:write', of: 'action' } },
      schema: {
        tags,
        summary: 'Add a progress note, optionally changing the status (programme manager or critical friend)',
        params: ZActionParams,
        body: ZActionProgress,
        response: { 200: ZAction },
      },
    },
    async (request) => service.progress(contextOf(request), request.params.actionId, request.body),
  );

  fastify.get(
    '/assessments/:assessmentId/review',
    {
      schema: {
        tags,
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
        summary: 'Write or revise the review of a submitted assessment (critical friend)',
        params: ZAssessmentParams,
        body: ZReviewWrite,
        response: { 200: ZReview },
      },
    },
    async (request) => service.writeReview(contextOf(request), request.params.assessmentId, request.body),
  );

  fastify.post(
    '/assessments/:assessmentId/review/response',
    {
      config: { access: { partnership: 'assessment:edit', of: 'assessment' } },
      schema: {
        tags,
        summary: 'Respond to the review (programme manager)',
        params: ZAssessmentParams,
        body: ZReviewResponse,
        response: { 200: ZReview },
      },
    },
    async (request) => service.respondToReview(contextOf(request), request.params.assessmentId, request.body.text),
  );

  fastify.put(
    '/partnerships/:partnershipId/sharing',
    {
      config: { access: { partnership: 'partnership:share', of: 'partnership' } },
      schema: {
        tags,
        summary:
          'Share narratives and review summaries with the partnership’s board members, or stop (programme manager or admin)',
        params: ZPartnershipParams,
        body: ZPartnershipSharing,
        response: { 200: ZPartnershipSharing },
      },
    },
    async (request) =>
      service.setSharing(contextOf(request), request.params.partnershipId, request.body.sharesWithBoard),
  );
};
