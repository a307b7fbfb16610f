import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZReminderOptOutParams } from '@koers/shared/reminders';
import { NotFoundError } from '../../errors.ts';
import { optOutOfReminders } from './reminders.repository.ts';

/** A respondent, through the link in any invitation or reminder, switches reminders off: no session needed. */
export const reminderRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.post(
    '/reminder-opt-outs/:token',
    {
      schema: {
        tags: ['invitations'],
        operationId: 'optOutOfReminders',
        summary: 'Switch reminders off for the invitation this opt-out link belongs to',
        params: ZReminderOptOutParams,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      if (!(await optOutOfReminders(fastify.db, request.params.token))) throw new NotFoundError('Invitation');
      return reply.code(204).send();
    },
  );
};
