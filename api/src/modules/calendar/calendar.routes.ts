import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZCalendarFeed,
  ZCalendarFeedCreated,
  ZCalendarFeedParams,
  ZCalendarFeedRequest,
} from '@koers/shared/calendar-feed';
import { actorOf, contextOf } from '../auth/authorize.ts';
import { FEED_REFRESH_SECONDS } from './calendar-feed.ts';
import { createCalendarService } from './calendar.service.ts';

const tags = ['calendar'];

/**
 * A person's private calendar feed: made, renewed and stopped on their account, and fetched by calendar
 * apps with the secret in its address, without a session (calendar apps cannot sign in).
 */
export const calendarRoutes: FastifyPluginAsyncZod<{ publicUrl: string }> = async (fastify, opts) => {
  const service = createCalendarService(fastify.db, opts.publicUrl);

  fastify.get(
    '/account/calendar-feed',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        operationId: 'getCalendarFeed',
        summary: 'Whether you have a calendar feed (its address is shown only when made)',
        response: { 200: ZCalendarFeed },
      },
    },
    async (request) => service.feed(actorOf(request)),
  );

  fastify.post(
    '/account/calendar-feed',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        operationId: 'renewCalendarFeed',
        summary: 'Make your calendar feed, or renew it: a new secret address; the old one stops working',
        body: ZCalendarFeedRequest,
        response: { 201: ZCalendarFeedCreated },
      },
    },
    async (request, reply) => reply.code(201).send(await service.save(contextOf(request), request.body.language)),
  );

  fastify.delete(
    '/account/calendar-feed',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        operationId: 'stopCalendarFeed',
        summary: 'Stop your calendar feed: its address opens nothing',
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await service.stop(contextOf(request));
      return reply.code(204).send();
    },
  );

  fastify.get(
    '/calendar/:token.ics',
    {
      schema: {
        tags,
        operationId: 'getCalendarFeedIcs',
        summary: 'A calendar feed (iCalendar): due dates of quarters and deadlines of open actions',
        description:
          'The address is the secret: no session needed. An unknown, renewed or stopped address answers 404. ' +
          'Answers carry an ETag; a request with a matching If-None-Match gets 304.',
        params: ZCalendarFeedParams,
        response: {
          200: { description: 'The feed', content: { 'text/calendar': { schema: z.string() } } },
          304: z.undefined().describe('The feed has not changed since the ETag sent'),
        },
      },
    },
    async (request, reply) => {
      const { ics, version } = await service.render(request.params.token);
      const etag = `"${version}"`;
      // Calendar apps poll: they may keep an answer for a while, and ask again cheaply with its ETag.
      reply.header('etag', etag).header('cache-control', `private, max-age=${FEED_REFRESH_SECONDS / 4}`);
      if (request.headers['if-none-match'] === etag) return reply.code(304).send();
      return reply.type('text/calendar; charset=utf-8').send(ics);
    },
  );
};
