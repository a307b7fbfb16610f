import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZInstrumentVersion } from '@koers/shared/instrument';
import { createInstrumentService } from './instrument.service.ts';

export const instrumentRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const service = createInstrumentService(fastify.db);
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.get(
    '/current',
    {
      schema: {
        tags: ['instrument'],
        summary: 'The questionnaire in use: the newest published version with its themes and indicators',
        response: { 200: ZInstrumentVersion },
      },
    },
    async () => service.get('current'),
  );

  fastify.get(
    '/versions/:version',
    {
      schema: {
        tags: ['instrument'],
        summary: 'One version of the questionnaire',
        params: z.object({ version: z.coerce.number().int().positive().max(1_000_000) }),
        response: { 200: ZInstrumentVersion },
      },
    },
    async (request) => service.get(request.params.version),
  );
};
