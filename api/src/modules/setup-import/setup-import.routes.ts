import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZSetupImport, ZSetupImportResult, ZSetupTemplateQuery } from '@koers/shared/setup-import';
import type { TConfig } from '../../config.ts';
import { contextOf } from '../auth/authorize.ts';
import { createSetupImportService } from './setup-import.service.ts';
import { setupTemplate } from './setup-template.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type TSetupImportRoutesOptions = { config: Pick<TConfig, 'publicUrl'> };

/** Organisations, partnerships and people from one spreadsheet: the admin's set-up. */
export const setupImportRoutes: FastifyPluginAsyncZod<TSetupImportRoutesOptions> = async (fastify, { config }) => {
  const service = createSetupImportService({ db: fastify.db, config });
  fastify.addHook('onRequest', fastify.authenticate);
  const tags = ['organisations'];

  fastify.post(
    '/',
    {
      config: { access: { platform: 'platform:manage' } },
      // A 1 MB spreadsheet in base64 takes 1.4 MB; the default 1 MB body would not hold it.
      bodyLimit: 2_097_152,
      schema: {
        tags,
        operationId: 'importSetup',
        summary:
          'Import organisations, partnerships and people from XLSX or CSV (admin): dryRun lists every problem; the real run is all or nothing',
        body: ZSetupImport,
        response: { 200: ZSetupImportResult },
      },
    },
    async (request) => service.importSetup(contextOf(request), request.body),
  );

  fastify.get(
    '/template',
    {
      config: { access: { platform: 'platform:manage' } },
      schema: {
        tags,
        operationId: 'getSetupImportTemplate',
        summary: 'The set-up workbook to fill in, with a header row, column notes and example rows (admin)',
        querystring: ZSetupTemplateQuery,
        response: { 200: { description: 'The workbook', content: { [XLSX_TYPE]: { schema: z.string() } } } },
      },
    },
    async (request, reply) => {
      const name = request.query.language === 'nl' ? 'koers-inrichting' : 'koers-set-up';
      reply.header('content-disposition', `attachment; filename="${name}.xlsx"`);
      // A Buffer goes out as it is, unserialised; the response schema above only documents it.
      return reply.type(XLSX_TYPE).send((await setupTemplate(request.query.language)) as unknown as string);
    },
  );
};
