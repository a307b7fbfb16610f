import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZHistoryImport, ZHistoryImportResult } from '@koers/shared/history-import';
import { ZPartnershipParams } from '@koers/shared/partnerships';
import { contextOf } from '../auth/authorize.ts';
import { createImportService } from './imports.service.ts';

export const importRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const service = createImportService(fastify.db);
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.post(
    '/partnerships/:partnershipId/history-imports',
    {
      config: { access: { partnership: 'history:import', of: 'partnership' } },
      // A spreadsheet of a few years fits well within this; the default 1 MB would not leave room for JSON escaping.
      bodyLimit: 2_097_152,
      schema: {
        tags: ['assessments'],
        operationId: 'importHistory',
        summary:
          'Import past quarters from CSV: dryRun reports every bad row with its line; the real run is all or nothing',
        params: ZPartnershipParams,
        body: ZHistoryImport,
        response: { 200: ZHistoryImportResult },
      },
    },
    async (request) => service.importHistory(contextOf(request), request.params.partnershipId, request.body),
  );
};
