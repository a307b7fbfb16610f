import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZLanguagePreference } from '@koers/shared/language';
import { ZAccountExport } from '@koers/shared/people';
import { contextOf } from '../auth/authorize.ts';
import { createAccountService } from './account.service.ts';

/** The signed-in person's own account. */
export const accountRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const service = createAccountService(fastify.db);
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.get(
    '/export',
    {
      schema: {
        tags: ['account'],
        operationId: 'exportPersonalData',
        summary: 'Everything Koers holds about you, as JSON (GDPR access and portability)',
        response: { 200: ZAccountExport },
      },
    },
    async (request, reply) => {
      reply.header('content-disposition', 'attachment; filename="koers-mijn-gegevens.json"');
      return service.export(contextOf(request));
    },
  );

  fastify.put(
    '/language',
    {
      schema: {
        tags: ['account'],
        operationId: 'setLanguage',
        summary: 'The language Koers writes to you in (notices, the weekly digest, reminders)',
        body: ZLanguagePreference,
        response: { 200: ZLanguagePreference },
      },
    },
    async (request) => service.setLanguage(contextOf(request), request.body),
  );
};
