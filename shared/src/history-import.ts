import { z } from 'zod';
import { ZText } from './input.ts';
import { ZSpreadsheetFile, ZSpreadsheetProblem } from './spreadsheet-upload.ts';

/**
 * Importing past quarters from a partnership's spreadsheets. The CSV (or the first sheet of an XLSX) has a
 * header row and one row per answer, separated by commas or semicolons:
 *
 *   period,perspective,indicator,answer,respondent
 *   2025-Q3,coordination,1.1,3,
 *   2025-Q3,school,4.2,weet niet,OBS De Esch
 *
 * - period: the quarter, e.g. 2025-Q3. A quarter that already has an assessment is refused.
 * - perspective: coordination, institute, school_board or school (Dutch: coordinatie, opleiding,
 *   schoolbestuur, school).
 * - indicator: the indicator's code in the current questionnaire, e.g. 4.2.
 * - answer: 1, 2, 3 or 4, or "weet niet" / "dont_know".
 * - respondent (optional): tells apart several responses of one perspective in one quarter.
 */
export const HISTORY_IMPORT_COLUMNS = ['period', 'perspective', 'indicator', 'answer', 'respondent'] as const;

export const HISTORY_IMPORT_PROBLEM_CODES = [
  'FILE_EMPTY',
  'COLUMN_MISSING',
  'PERIOD_INVALID',
  'PERIOD_IN_FUTURE',
  'PERIOD_TAKEN',
  'PERSPECTIVE_UNKNOWN',
  'INDICATOR_UNKNOWN',
  'ANSWER_INVALID',
  'ANSWER_TWICE',
] as const;
export const ZHistoryImportProblemCode = z.enum(HISTORY_IMPORT_PROBLEM_CODES);

/** A problem of one cell (or of the header, or of the whole file), by its row as the spreadsheet numbers it. */
export const ZHistoryImportProblem = ZSpreadsheetProblem(ZHistoryImportProblemCode);
export type THistoryImportProblem = z.infer<typeof ZHistoryImportProblem>;

export const ZHistoryImport = z
  .object({
    /** The CSV as text (typed or pasted). */
    csv: ZText.min(1).max(1_000_000).optional(),
    /** Or the file as saved: XLSX (its first sheet), or CSV in UTF-8 or Windows-1252, with commas or semicolons. */
    file: ZSpreadsheetFile.optional(),
    /** Check only: report every problem, write nothing. */
    dryRun: z.boolean().default(true),
  })
  .refine((body) => (body.csv === undefined) !== (body.file === undefined), {
    message: 'Send either csv or file',
    path: ['file'],
  });
export type THistoryImport = z.infer<typeof ZHistoryImport>;

export const ZHistoryImportResult = z.object({
  dryRun: z.boolean(),
  /** True when the quarters were written; with any problem, nothing is. */
  imported: z.boolean(),
  quarters: z.array(z.object({ period: z.string(), responses: z.number().int(), answers: z.number().int() })),
  problems: z.array(ZHistoryImportProblem),
});
export type THistoryImportResult = z.infer<typeof ZHistoryImportResult>;
