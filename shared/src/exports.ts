import { z } from 'zod';
import { ZLanguage } from './language.ts';
import { ZBoardOverviewQuery } from './dashboards.ts';
import { ZDate } from './input.ts';

/**
 * What an export is written as: Excel with typed cells; CSV in the dialect of the file's language (Dutch
 * Excel reads semicolons and decimal commas, English reads commas and points); JSON for other software.
 */
export const EXPORT_FORMATS = ['xlsx', 'csv', 'json'] as const;
export const ZExportFormat = z.enum(EXPORT_FORMATS);
export type TExportFormat = z.infer<typeof ZExportFormat>;

/**
 * Every export names its format and may name its language: a download link cannot send headers, so the
 * web app writes the language of its interface into the link; without it, the browser's Accept-Language.
 */
const ZExportOptions = z.object({ format: ZExportFormat.default('xlsx'), lang: ZLanguage.optional() });

/** The board overview's filters and order, without paging: the export holds every page. */
export const ZBoardOverviewExportQuery = ZBoardOverviewQuery.omit({ page: true, pageSize: true }).extend(
  ZExportOptions.shape,
);
export type TBoardOverviewExportQuery = z.infer<typeof ZBoardOverviewExportQuery>;

/**
 * A partnership's record has a sheet per kind (scores, answers, flags...): one CSV table cannot hold it,
 * so it is Excel or JSON.
 */
export const PARTNERSHIP_EXPORT_FORMATS = ['xlsx', 'json'] as const;
export const ZPartnershipExportQuery = ZExportOptions.extend({
  format: z
    .enum(PARTNERSHIP_EXPORT_FORMATS, 'A partnership’s record has a sheet per kind: choose xlsx or json')
    .default('xlsx'),
});
export type TPartnershipExportQuery = z.infer<typeof ZPartnershipExportQuery>;

export const ZReviewQueueExportQuery = ZExportOptions;
export type TReviewQueueExportQuery = z.infer<typeof ZReviewQueueExportQuery>;

/** The longest span of the audit log one export holds: a year, which a busy platform writes in a few files. */
export const AUDIT_EXPORT_MAX_DAYS = 366;

const DAY_MS = 86_400_000;

/** The audit log from one day up to and including another. */
export const ZAuditExportQuery = ZExportOptions.extend({ from: ZDate, to: ZDate }).superRefine((query, context) => {
  if (query.from > query.to) {
    context.addIssue({ code: 'custom', path: ['to'], message: 'The end date lies before the start date' });
    return;
  }
  const days = (Date.parse(query.to) - Date.parse(query.from)) / DAY_MS + 1;
  if (days > AUDIT_EXPORT_MAX_DAYS) {
    context.addIssue({
      code: 'custom',
      path: ['to'],
      message: `Export at most ${AUDIT_EXPORT_MAX_DAYS} days of the audit log at once`,
    });
  }
});
export type TAuditExportQuery = z.infer<typeof ZAuditExportQuery>;
