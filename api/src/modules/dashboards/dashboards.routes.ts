import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZBoardOverview,
  ZBoardOverviewQuery,
  ZDashboardQuery,
  ZPartnershipDashboard,
  ZTimelineNote,
  ZTimelineNoteCreate,
} from '@koers/shared/dashboards';
import { ZPartnershipParams } from '@koers/shared/partnerships';
import { CATALOGUE_SCOPE, partnershipScopes } from '../../db/data-scopes.ts';
import { actorOf, contextOf } from '../auth/authorize.ts';
import { dashboardJson } from './dashboard-json.ts';
import { createDashboardService } from './dashboards.service.ts';
import { createBoardOverviewService } from './board-overview.service.ts';
import { boardOverviewKey, dashboardKey } from './dashboard-cache-keys.ts';

/** Dashboards, the board overview and timeline notes. */
export const dashboardRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const service = createDashboardService(fastify.db);
  const boardOverview = createBoardOverviewService(fastify.db);
  fastify.addHook('onRequest', fastify.authenticate);
  const tags = ['dashboards'];

  fastify.get(
    '/partnerships/:partnershipId/dashboard',
    {
      config: { access: { partnership: 'partnership:read', of: 'partnership' } },
      schema: {
        tags,
        operationId: 'getPartnershipDashboard',
        summary:
          'A partnership’s themes for a quarter (default: the latest submitted) against the previous one and its peers, with trends, flags and notes',
        params: ZPartnershipParams,
        querystring: ZDashboardQuery,
        response: { 200: ZPartnershipDashboard },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      // Decided before a cached answer can be sent.
      const view = service.viewOf(actor, request.params.partnershipId, request.query.periodId);
      return reply.cachedJson(
        dashboardKey(view),
        // None named before: the service names each scope it depends on (the partnership, the catalogue and
        // the peers it compares with, which follow from its own data) with the version read with its data.
        [],
        // Its parts are encoded by this schema's parts (`dashboard-json.ts`).
        ZPartnershipDashboard,
        async (nameScope) => dashboardJson(await service.dashboard(actor, view, nameScope)),
      );
    },
  );

  fastify.get(
    '/partnerships/:partnershipId/timeline-notes',
    {
      schema: {
        tags,
        operationId: 'listTimelineNotes',
        summary: 'Dated notes that give the trend its story',
        params: ZPartnershipParams,
        response: { 200: z.object({ items: z.array(ZTimelineNote) }) },
      },
    },
    async (request) => ({ items: await service.timelineNotes(actorOf(request), request.params.partnershipId) }),
  );

  fastify.post(
    '/partnerships/:partnershipId/timeline-notes',
    {
      config: { access: { partnership: 'timeline-note:write', of: 'partnership' } },
      schema: {
        tags,
        operationId: 'addTimelineNote',
        summary: 'Add a dated note (programme manager or critical friend)',
        params: ZPartnershipParams,
        body: ZTimelineNoteCreate,
        response: { 201: z.object({ items: z.array(ZTimelineNote) }) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send({ items: await service.addTimelineNote(contextOf(request), request.params.partnershipId, request.body) }),
  );

  fastify.get(
    '/board-overview',
    {
      config: { access: { platform: 'board-overview:read' } },
      schema: {
        tags,
        operationId: 'getBoardOverview',
        summary:
          'Heatmap of partnerships x themes for a quarter (default: the latest closed one with submissions), theme averages over time with the partnerships behind each and whether the quarter is open, and who has not submitted (board members, admins)',
        querystring: ZBoardOverviewQuery,
        response: { 200: ZBoardOverview },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      // Decided before a cached answer can be sent.
      const view = boardOverview.viewOf(actor, request.query);
      return reply.cachedJson(
        boardOverviewKey(view),
        [...partnershipScopes(view.scope), CATALOGUE_SCOPE],
        ZBoardOverview,
        (_nameScope, asOf) => boardOverview.overview(view, asOf),
      );
    },
  );
};
