import type { Kysely } from 'kysely';
import type { TAuditExportQuery } from '@koers/shared/exports';
import type { TDatabase } from '../../db/schema.ts';
import { listAuditEntriesBetween } from '../audit/audit.repository.ts';
import { columns, type TExportFile } from './export-file.ts';

/** Audit entries read per round trip while the file is written. */
const ENTRIES_PER_READ = 1000;

/** Every entry of the days asked for, oldest first, read in keyset pages (the log only grows at its end). */
async function* entries(db: Kysely<TDatabase>, range: { from: string; to: string }) {
  let afterId: string | null = null;
  for (;;) {
    const page = await listAuditEntriesBetween(db, range, { afterId, limit: ENTRIES_PER_READ });
    yield* page;
    const last = page.at(-1);
    if (!last || page.length < ENTRIES_PER_READ) return;
    afterId = last.id;
  }
}

/** The audit log of a date range, as its admin page shows it: who did what, when, to what. */
export function auditExport(db: Kysely<TDatabase>, query: TAuditExportQuery, today: string): TExportFile {
  return {
    fileName: `koers-audit-log-${query.from}-${query.to}`,
    title: { nl: 'Koers: auditlog', en: 'Koers: audit log' },
    about: [
      { key: 'from', label: { nl: 'Van', en: 'From' }, value: query.from },
      { key: 'to', label: { nl: 'Tot en met', en: 'To' }, value: query.to },
      { key: 'exportedOn', label: { nl: 'Gemaakt op', en: 'Made on' }, value: today },
    ],
    sheets: [
      {
        key: 'entries',
        title: { nl: 'Auditlog', en: 'Audit log' },
        columns: columns([
          { key: 'occurredAt', header: { nl: 'Tijdstip', en: 'Time' }, type: 'datetime', width: 17 },
          { key: 'actor', header: { nl: 'Door', en: 'By' }, type: 'text', width: 24 },
          { key: 'action', header: { nl: 'Handeling', en: 'Action' }, type: 'text', width: 28 },
          { key: 'partnership', header: { nl: 'Partnerschap', en: 'Partnership' }, type: 'text', width: 32 },
          { key: 'subjectType', header: { nl: 'Betreft', en: 'Subject' }, type: 'text', width: 16 },
          { key: 'subjectId', header: { nl: 'Kenmerk', en: 'Subject id' }, type: 'text', width: 38 },
          { key: 'requestId', header: { nl: 'Verzoek', en: 'Request' }, type: 'text', width: 20 },
        ]),
        rows: (async function* () {
          for await (const entry of entries(db, query)) {
            yield {
              occurredAt: entry.occurred_at.toISOString(),
              actor: entry.actor_name,
              action: entry.action,
              partnership: entry.partnership_name,
              subjectType: entry.subject_type,
              subjectId: entry.subject_id,
              requestId: entry.request_id,
            };
          }
        })(),
      },
    ],
  };
}
