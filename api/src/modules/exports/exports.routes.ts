import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZAuditExportQuery,
  ZBoardOverviewExportQuery,
  ZPartnershipExportQuery,
  ZReviewQueueExportQuery,
} from '@koers/shared/exports';
import { ZPartnershipParams } from '@koers/shared/partnerships';
import { createQuestionnaireShapes } from '../assessments/questionnaire-shapes.ts';
import { actorOf, authorizePlatform } from '../auth/authorize.ts';
import { createBoardOverviewService } from '../dashboards/board-overview.service.ts';
import { createReviewQueueService } from '../review-queue/review-queue.service.ts';
import { auditExport } from './audit-export.ts';
import { boardOverviewExport } from './board-overview-export.ts';
import { exportLanguage } from './export-language.ts';
import { recordExport } from './record-export.ts';
import { partnershipExportOf } from './partnership-export.ts';
import { reviewQueueExport } from './review-queue-export.ts';
import { sendExport } from './send-export.ts';

/** A download: the file itself, streamed. */
const download = (description: string) => ({
  description,
  content: {
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string() },
    'text/csv': { schema: z.string() },
    'application/json': { schema: z.string() },
  },
});

const FORMATS_NOTE =
  'format=xlsx (typed cells, a first sheet with the filters), csv (semicolons, decimal commas and dd-mm-yyyy when the language is nl; commas, points and ISO dates when en; UTF-8 with BOM) or json. lang=nl|en, else Accept-Language.';

/**
 * Exports as files, made by the server over the whole filtered set and streamed while the database is read.
 * Each reads through the same access rules as the screen it mirrors, and the audit log records who exported
 * what.
 */
export const exportRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const boardOverview = createBoardOverviewService(fastify.db);
  const reviewQueue = createReviewQueueService(fastify.db);
  const partnershipExport = partnershipExportOf(fastify.db, createQuestionnaireShapes(fastify.db));
  fastify.addHook('onRequest', fastify.authenticate);
  const tags = ['exports'];
  const today = () => new Date().toISOString().slice(0, 10);

  fastify.get(
    '/board-overview/export',
    {
      config: { access: { platform: 'board-overview:read' } },
      schema: {
        tags,
        operationId: 'exportBoardOverview',
        summary: 'The board overview over every page, with its filters, as a file (board members, admins)',
        description: FORMATS_NOTE,
        querystring: ZBoardOverviewExportQuery,
        response: { 200: download('The heatmap of every partnership in view for the quarter') },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { format, lang, ...filters } = request.query;
      const language = exportLanguage(request, lang);
      const view = boardOverview.viewOf(actor, { ...filters, page: 1, pageSize: 1 });
      const file = await boardOverviewExport(fastify.db, view.scope, view.today, request.query);
      await recordExport(fastify.db, request, { what: 'board-overview', format, filters });
      return sendExport(reply, file, format, language);
    },
  );

  fastify.get(
    '/partnerships/:partnershipId/export',
    {
      config: { access: { partnership: 'partnership:read', of: 'partnership' } },
      schema: {
        tags,
        operationId: 'exportPartnership',
        summary:
          'A partnership’s complete record, as far as you may read it: per quarter its scores, answers, evidence and next steps, flags with their history, reviews, actions and timeline notes',
        description: 'format=xlsx (a sheet per kind) or json; lang=nl|en, else Accept-Language.',
        params: ZPartnershipParams,
        querystring: ZPartnershipExportQuery,
        response: { 200: download('The record, a sheet (or JSON array) per kind') },
      },
    },
    async (request, reply) => {
      const { partnershipId } = request.params;
      const { format, lang } = request.query;
      const language = exportLanguage(request, lang);
      const file = await partnershipExport.file(actorOf(request), partnershipId, language, today());
      await recordExport(fastify.db, request, { what: 'partnership', format, partnershipId });
      return sendExport(reply, file, format, language);
    },
  );

  fastify.get(
    '/review-queue/export',
    {
      config: { access: { platform: 'review-queue:read' } },
      schema: {
        tags,
        operationId: 'exportReviewQueue',
        summary: 'Every open flag of your review queue, as a file (critical friends, admins)',
        description: FORMATS_NOTE,
        querystring: ZReviewQueueExportQuery,
        response: { 200: download('The open flags, most severe and oldest first') },
      },
    },
    async (request, reply) => {
      const { format, lang } = request.query;
      const language = exportLanguage(request, lang);
      const file = await reviewQueueExport(fastify.db, reviewQueue.scopeOf(actorOf(request)), language, today());
      await recordExport(fastify.db, request, { what: 'review-queue', format });
      return sendExport(reply, file, format, language);
    },
  );

  fastify.get(
    '/audit-log/export',
    {
      config: { access: { platform: 'audit:read' } },
      schema: {
        tags,
        operationId: 'exportAuditLog',
        summary: 'The audit log of a date range (at most a year), as a file (admin)',
        description: FORMATS_NOTE,
        querystring: ZAuditExportQuery,
        response: { 200: download('The entries of the days from `from` to `to`, oldest first') },
      },
    },
    async (request, reply) => {
      authorizePlatform(actorOf(request), 'audit:read');
      const { format, lang, from, to } = request.query;
      const language = exportLanguage(request, lang);
      await recordExport(fastify.db, request, { what: 'audit-log', format, filters: { from, to } });
      return sendExport(reply, auditExport(fastify.db, request.query, today()), format, language);
    },
  );
};
