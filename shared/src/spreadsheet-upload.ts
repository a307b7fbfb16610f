import { z } from 'zod';

/** The largest spreadsheet Koers reads: some thousands of rows, far more than a set-up or a history needs. */
export const SPREADSHEET_MAX_BYTES = 1_048_576;

/**
 * A spreadsheet as uploaded: the file's bytes in base64, so the server sees them as they were saved and can
 * tell XLSX from CSV, and UTF-8 from Windows-1252, itself.
 */
export const ZSpreadsheetFile = z
  .base64()
  .min(1)
  .max(Math.ceil(SPREADSHEET_MAX_BYTES / 3) * 4);

/**
 * One problem found in an uploaded spreadsheet: where (sheet, row as the spreadsheet numbers it, column by its
 * canonical name) and what (a code the web translates, with the values the message needs). Null where a
 * problem concerns the whole file or the whole sheet.
 */
export const ZSpreadsheetProblem = <TCode extends z.ZodType<string>>(code: TCode) =>
  z.object({
    sheet: z.string().nullable(),
    row: z.number().int().nullable(),
    column: z.string().nullable(),
    code,
    params: z.record(z.string(), z.string()),
  });
