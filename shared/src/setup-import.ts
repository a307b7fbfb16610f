import { z } from 'zod';
import { ZSpreadsheetFile, ZSpreadsheetProblem } from './spreadsheet-upload.ts';

/**
 * Setting Koers up from a spreadsheet: one workbook with a sheet per kind (or one CSV per kind, told apart by
 * its columns). Rows are one organisation, partnership or person each; names link them, so a partnership's
 * members and a person's partnerships may be in the same file or already in Koers.
 */
export const SETUP_SHEETS = ['organisations', 'partnerships', 'people'] as const;
export const ZSetupSheet = z.enum(SETUP_SHEETS);
export type TSetupSheet = z.infer<typeof ZSetupSheet>;

/** The columns of each sheet, by their canonical (English) name; the Dutch names are read too. */
export const SETUP_COLUMNS = {
  organisations: ['name', 'kind', 'parent'],
  partnerships: ['name', 'region', 'sector', 'scenario', 'members'],
  people: ['name', 'email', 'role', 'partnerships', 'organisation'],
} as const satisfies Record<TSetupSheet, readonly string[]>;
export type TSetupColumn = (typeof SETUP_COLUMNS)[TSetupSheet][number];

/** The columns a row cannot do without; the others depend on what the row says (a school's board, a role's place). */
export const SETUP_REQUIRED_COLUMNS = {
  organisations: ['name', 'kind'],
  partnerships: ['name', 'region', 'sector', 'scenario'],
  people: ['name', 'email', 'role'],
} as const satisfies Record<TSetupSheet, readonly TSetupColumn[]>;

export const SETUP_IMPORT_PROBLEM_CODES = [
  'FILE_EMPTY',
  'SHEET_UNKNOWN',
  'COLUMN_MISSING',
  'VALUE_MISSING',
  'VALUE_TOO_SHORT',
  'VALUE_TOO_LONG',
  'EMAIL_INVALID',
  'KIND_UNKNOWN',
  'SECTOR_UNKNOWN',
  'SCENARIO_UNKNOWN',
  'ROLE_UNKNOWN',
  'PARENT_NOT_A_BOARD',
  'ORGANISATION_UNKNOWN',
  'PARTNERSHIP_UNKNOWN',
  'NAME_AMBIGUOUS',
  'PLACE_MISSING',
  'PLACE_NOT_EXPECTED',
  'DUPLICATE_IN_FILE',
  'ALREADY_EXISTS',
] as const;
export const ZSetupImportProblemCode = z.enum(SETUP_IMPORT_PROBLEM_CODES);
export type TSetupImportProblemCode = z.infer<typeof ZSetupImportProblemCode>;

export const ZSetupImportProblem = ZSpreadsheetProblem(ZSetupImportProblemCode);
export type TSetupImportProblem = z.infer<typeof ZSetupImportProblem>;

export const ZSetupImport = z.object({
  file: ZSpreadsheetFile,
  /** Check only: report every problem, write nothing. */
  dryRun: z.boolean().default(true),
});
export type TSetupImport = z.infer<typeof ZSetupImport>;

export const ZSetupImportResult = z.object({
  dryRun: z.boolean(),
  /** True when everything was written; with any problem, nothing is. */
  imported: z.boolean(),
  /** What the file creates (in a dry run: would create). */
  counts: z.object({
    organisations: z.number().int(),
    partnerships: z.number().int(),
    people: z.number().int(),
  }),
  problems: z.array(ZSetupImportProblem),
});
export type TSetupImportResult = z.infer<typeof ZSetupImportResult>;

export const ZSetupTemplateQuery = z.object({ language: z.enum(['nl', 'en']).default('nl') });
