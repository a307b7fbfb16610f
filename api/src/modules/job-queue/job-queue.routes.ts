import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZFailedJobParams, ZQueueOverview, ZUndeliveredEmailParams } from '@koers/shared/job-queue';
import { contextOf } from '../auth/authorize.ts';
import { createJobQueueService } from './job-queue.service.ts';

/** The job queue as admins see it: what failed for good, tried again or set aside. Each change answers with the list. */
export const jobQueueRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const service = createJobQueueService(fastify.db);
  fastify.addHook('onRequest', fastify.authenticate);
  const tags = ['job-queue'];
  const admin = { access: { platform: 'platform:manage' } } as const;
  const response = { 200: ZQueueOverview };

  fastify.get(
    '/job-queue',
    {
      config: admin,
      schema: { tags, operationId: 'getJobQueue', summary: 'Failed jobs and undelivered emails (admin)', response },
    },
    async (request) => service.overview(contextOf(request)),
  );

  fastify.post(
    '/job-queue/failed-jobs/:jobId/retry',
    {
      config: admin,
      schema: {
        tags,
        operationId: 'retryFailedJob',
        summary: 'Run a failed job again, from its first attempt (admin)',
        params: ZFailedJobParams,
        response,
      },
    },
    async (request) => {
      await service.retryJob(contextOf(request), request.params.jobId);
      return service.overview(contextOf(request));
    },
  );

  fastify.delete(
    '/job-queue/failed-jobs/:jobId',
    {
      config: admin,
      schema: {
        tags,
        operationId: 'removeFailedJob',
        summary: 'Remove a failed job from the queue (admin)',
        params: ZFailedJobParams,
        response,
      },
    },
    async (request) => {
      await service.discardJob(contextOf(request), request.params.jobId);
      return service.overview(contextOf(request));
    },
  );

  fastify.post(
    '/job-queue/undelivered-emails/:emailId/retry',
    {
      config: admin,
      schema: {
        tags,
        operationId: 'retryUndeliveredEmail',
        summary: 'Send a failed or bounced email again, with a fresh set of attempts (admin)',
        params: ZUndeliveredEmailParams,
        response,
      },
    },
    async (request) => {
      await service.retryEmail(contextOf(request), request.params.emailId);
      return service.overview(contextOf(request));
    },
  );

  fastify.delete(
    '/job-queue/undelivered-emails/:emailId',
    {
      config: admin,
      schema: {
        tags,
        operationId: 'setAsideUndeliveredEmail',
        summary: 'Set a failed or bounced email aside: kept on record, off this list (admin)',
        params: ZUndeliveredEmailParams,
        response,
      },
    },
    async (request) => {
      await service.discardEmail(contextOf(request), request.params.emailId);
      return service.overview(contextOf(request));
    },
  );
};
