import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZAuditEntry, ZAuditQuery } from '@koers/shared/people';
import { authorizePlatform, contextOf } from '../auth/authorize.ts';
import { listAuditEntries } from './audit.repository.ts';

/** The audit log, newest first: admins only. */
export const auditRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.get(
    '/',
    {
      config: { access: { platform: 'audit:read' } },
      schema: {
        tags: ['audit'],
        operationId: 'listAuditRecords',
        summary: 'Who changed what, when (admin)',
        querystring: ZAuditQuery,
        response: { 200: z.object({ items: z.array(ZAuditEntry) }) },
      },
    },
    async (request) => {
      authorizePlatform(contextOf(request).actor, 'audit:read');
      const rows = await listAuditEntries(fastify.db, request.query);
      return {
        items: rows.map((r) => ({
          id: String(r.id),
          occurredAt: r.occurred_at.toISOString(),
          actor: r.actor_person_id ? { id: r.actor_person_id, displayName: r.actor_name ?? '' } : null,
          action: r.action,
          partnershipId: r.partnership_id,
          subjectType: r.subject_type,
          subjectId: r.subject_id,
          requestId: r.request_id,
        })),
      };
    },
  );
};
