import type { Kysely } from 'kysely';
import type { TLanguage } from '@koers/shared/language';
import type { TDatabase } from '../../db/schema.ts';
import type { TAccessScope } from '../auth/access-scope.ts';
import { themeNames } from '../instrument/instrument.repository.ts';
import { toQueueItem } from '../review-queue/review-queue.mapper.ts';
import { queueFlags } from '../review-queue/review-queue.repository.ts';
import { columns, inPages, type TExportFile } from './export-file.ts';
import { FLAG_KIND_WORDS, FLAG_SEVERITY_WORDS, FLAG_STATUS_WORDS } from './export-words.ts';

/** Open flags read per round trip while the file is written. */
const FLAGS_PER_READ = 200;

/** The review queue over every page, in the queue's own order: most severe first, then longest open. */
export async function reviewQueueExport(
  db: Kysely<TDatabase>,
  scope: TAccessScope,
  language: TLanguage,
  today: string,
): Promise<TExportFile> {
  const names = await themeNames(db);
  const rows = inPages(FLAGS_PER_READ, (page) => queueFlags(db, scope, { page, pageSize: FLAGS_PER_READ }));
  return {
    fileName: `koers-review-queue-${today}`,
    title: { nl: 'Koers: reviewwachtrij', en: 'Koers: review queue' },
    about: [
      {
        key: 'holds',
        label: { nl: 'Bevat', en: 'Holds' },
        value: language === 'nl' ? 'Alle open signalen van uw partnerschappen' : 'Every open flag of your partnerships',
      },
      { key: 'exportedOn', label: { nl: 'Gemaakt op', en: 'Made on' }, value: today },
    ],
    sheets: [
      {
        key: 'flags',
        title: { nl: 'Open signalen', en: 'Open flags' },
        columns: columns([
          { key: 'partnership', header: { nl: 'Partnerschap', en: 'Partnership' }, type: 'text', width: 36 },
          { key: 'quarter', header: { nl: 'Kwartaal', en: 'Quarter' }, type: 'text', width: 10 },
          { key: 'since', header: { nl: 'Sinds kwartaal', en: 'Since quarter' }, type: 'text', width: 13 },
          { key: 'theme', header: { nl: 'Thema', en: 'Theme' }, type: 'number', width: 7 },
          { key: 'kind', header: { nl: 'Soort', en: 'Kind' }, type: 'text', width: 24, words: FLAG_KIND_WORDS },
          {
            key: 'severity',
            header: { nl: 'Urgentie', en: 'Urgency' },
            type: 'text',
            width: 14,
            words: FLAG_SEVERITY_WORDS,
          },
          { key: 'status', header: { nl: 'Status', en: 'Status' }, type: 'text', width: 15, words: FLAG_STATUS_WORDS },
          { key: 'raisedAt', header: { nl: 'Gesignaleerd op', en: 'Raised at' }, type: 'datetime', width: 17 },
          { key: 'reason', header: { nl: 'Reden', en: 'Reason' }, type: 'text', width: 60 },
          { key: 'actionsOpen', header: { nl: 'Open acties', en: 'Open actions' }, type: 'number', width: 11 },
          {
            key: 'actionsOverdue',
            header: { nl: 'Acties over tijd', en: 'Actions overdue' },
            type: 'number',
            width: 14,
          },
          { key: 'lastReviewAt', header: { nl: 'Laatste review', en: 'Last review' }, type: 'datetime', width: 17 },
          {
            key: 'newSinceLastReview',
            header: { nl: 'Nieuw sinds review', en: 'New since review' },
            type: 'text',
            width: 16,
          },
        ]),
        rows: (async function* () {
          for await (const row of rows) {
            const item = toQueueItem(row, names);
            yield {
              partnership: item.partnership.name,
              quarter: item.flag.periodCode,
              since: item.sincePeriodCode,
              theme: item.flag.theme,
              kind: item.flag.kind,
              severity: item.flag.severity,
              status: item.flag.status,
              raisedAt: item.flag.raisedAt,
              reason: item.flag.reason[language],
              actionsOpen: item.actions.open,
              actionsOverdue: item.actions.overdue,
              lastReviewAt: item.lastReviewAt,
              newSinceLastReview: item.newSinceLastReview,
            };
          }
        })(),
      },
    ],
  };
}
