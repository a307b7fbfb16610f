import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { TExportFormat } from '@koers/shared/exports';
import type { TDatabase } from '../../db/schema.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { actorOf } from '../auth/authorize.ts';

type TExportRecord = {
  what: 'board-overview' | 'partnership' | 'review-queue' | 'audit-log';
  format: TExportFormat;
  partnershipId?: string;
  filters?: Record<string, unknown>;
};

/** Data leaving Koers in a file is worth knowing about: who exported what, when, with which filters. */
export async function recordExport(db: Kysely<TDatabase>, request: FastifyRequest, entry: TExportRecord) {
  await recordAudit(db, {
    actorPersonId: actorOf(request).personId,
    action: `export.${entry.what}`,
    partnershipId: entry.partnershipId ?? null,
    subjectType: entry.what,
    subjectId: entry.partnershipId ?? null,
    requestId: request.id,
    details: { format: entry.format, ...(entry.filters ? { filters: entry.filters } : {}) },
  });
}
