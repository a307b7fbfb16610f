import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZNotice, ZNoticeEmailRhythm, ZNoticeParams, ZNoticePreferences } from '@koers/shared/follow-up';
import { actorOf } from '../auth/authorize.ts';
import { createNoticeService } from './notices.service.ts';

/** The signed-in person's inbox and the notices they want. */
export const noticeRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const service = createNoticeService(fastify.db);
  fastify.addHook('onRequest', fastify.authenticate);
  const tags = ['notices'];

  fastify.get(
    '/inbox',
    {
      schema: {
        tags,
        operationId: 'listNotices',
        summary: 'Your notices, newest first',
        response: { 200: z.object({ items: z.array(ZNotice), unread: z.number().int() }) },
      },
    },
    async (request) => service.inbox(actorOf(request)),
  );

  fastify.post(
    '/inbox/:noticeId/read',
    {
      schema: {
        tags,
        operationId: 'markNoticeRead',
        summary: 'Mark a notice read',
        params: ZNoticeParams,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await service.markRead(actorOf(request), request.params.noticeId);
      return reply.code(204).send();
    },
  );

  fastify.post(
    '/inbox/read-all',
    {
      schema: {
        tags,
        operationId: 'markAllNoticesRead',
        summary: 'Mark every notice read',
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await service.markRead(actorOf(request), 'all');
      return reply.code(204).send();
    },
  );

  fastify.get(
    '/account/notice-preferences',
    {
      schema: {
        tags,
        operationId: 'getNoticePreferences',
        summary: 'Which notices you receive, in the app and by email',
        response: { 200: ZNoticePreferences },
      },
    },
    async (request) => service.preferences(actorOf(request)),
  );

  fastify.put(
    '/account/notice-preferences',
    {
      schema: {
        tags,
        operationId: 'setNoticePreferences',
        summary: 'Choose which notices you receive',
        body: ZNoticePreferences,
        response: { 200: ZNoticePreferences },
      },
    },
    async (request) => service.setPreferences(actorOf(request), request.body),
  );

  fastify.get(
    '/account/notice-email-rhythm',
    {
      schema: {
        tags,
        operationId: 'getNoticeEmailRhythm',
        summary: 'Whether your notices come by email one by one or once a week in a digest',
        response: { 200: ZNoticeEmailRhythm },
      },
    },
    async (request) => service.emailRhythm(actorOf(request)),
  );

  fastify.put(
    '/account/notice-email-rhythm',
    {
      schema: {
        tags,
        operationId: 'setNoticeEmailRhythm',
        summary: 'Choose an email per notice or a weekly digest',
        body: ZNoticeEmailRhythm,
        response: { 200: ZNoticeEmailRhythm },
      },
    },
    async (request) => service.setEmailRhythm(actorOf(request), request.body),
  );
};
