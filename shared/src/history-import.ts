import { z } from 'zod';
import { ZText } from './input.ts';

/**
 * Importing past quarters from a partnership's spreadsheets. The CSV has a header row and one row per
 * answer, separated by commas or semicolons:
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

export const ZHistoryImport = z.object({
  csv: ZText.min(1).max(1_000_000),
  /** Check only: report every problem, write nothing. */
  dryRun: z.boolean().default(true),
});
export type THistoryImport = z.infer<typeof ZHistoryImport>;

export const ZImportProblem = z.object({ line: z.number().int(), message: z.string() });
export type TImportProblem = z.infer<typeof ZImportProblem>;

export const ZHistoryImportResult = z.object({
  dryRun: z.boolean(),
  /** True when the quarters were written; with any problem, nothing is. */
  imported: z.boolean(),
  quarters: z.array(z.object({ period: z.string(), responses: z.number().int(), answers: z.number().int() })),
  problems: z.array(ZImportProblem),
});
export type THistoryImportResult = z.infer<typeof ZHistoryImportResult>;
