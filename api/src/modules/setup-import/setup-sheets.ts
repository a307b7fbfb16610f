import {
  SETUP_COLUMNS,
  SETUP_REQUIRED_COLUMNS,
  SETUP_SHEETS,
  type TSetupColumn,
  type TSetupImportProblem,
  type TSetupSheet,
} from '@koers/shared/setup-import';
import type { TSpreadsheet } from '../imports/read-spreadsheet.ts';

/** A row of a set-up sheet: its cells by canonical column, and the number the spreadsheet shows for it. */
export type TSetupRow = { number: number; cell: (column: TSetupColumn) => string };
export type TSetupSheets = Record<TSetupSheet, TSetupRow[]>;

/** Sheet and column names as an admin may write them, in Dutch or English; compared without case or accents. */
const SHEET_NAMES: Record<string, TSetupSheet> = {
  organisations: 'organisations',
  organizations: 'organisations',
  organisaties: 'organisations',
  partnerships: 'partnerships',
  partnerschappen: 'partnerships',
  people: 'people',
  personen: 'people',
  mensen: 'people',
};

const COLUMN_NAMES: Record<string, TSetupColumn> = {
  name: 'name',
  naam: 'name',
  kind: 'kind',
  soort: 'kind',
  parent: 'parent',
  bestuur: 'parent',
  schoolbestuur: 'parent',
  region: 'region',
  regio: 'region',
  sector: 'sector',
  scenario: 'scenario',
  members: 'members',
  leden: 'members',
  email: 'email',
  'e-mail': 'email',
  emailadres: 'email',
  'e-mailadres': 'email',
  role: 'role',
  rol: 'role',
  partnerships: 'partnerships',
  partnerschappen: 'partnerships',
  partnerschap: 'partnerships',
  partnership: 'partnerships',
  organisation: 'organisation',
  organization: 'organisation',
  organisatie: 'organisation',
};

/** Lower case without accents or surrounding space: how names in a spreadsheet are compared. */
export const normalised = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .trim()
    .toLowerCase();

/** A CSV holds one kind of row; its columns tell which (only organisations have a kind, partnerships a scenario...). */
function kindOfColumns(columns: ReadonlySet<TSetupColumn>): TSetupSheet | undefined {
  if (columns.has('email')) return 'people';
  if (columns.has('scenario')) return 'partnerships';
  if (columns.has('kind')) return 'organisations';
  return undefined;
}

/**
 * The set-up sheets of a spreadsheet, with their rows keyed by canonical column. Reports a sheet Koers does
 * not know, a missing column and a file without rows; the values are judged later.
 */
export function readSetupSheets(spreadsheet: TSpreadsheet): { sheets: TSetupSheets; problems: TSetupImportProblem[] } {
  const sheets: TSetupSheets = { organisations: [], partnerships: [], people: [] };
  const problems: TSetupImportProblem[] = [];
  const problem = (p: Omit<TSetupImportProblem, 'params'> & { params?: Record<string, string> }) =>
    problems.push({ params: {}, ...p });

  for (const sheet of spreadsheet.sheets) {
    const [header, ...rows] = sheet.rows.filter((row) => row.cells.some((c) => c !== ''));
    if (!header) continue;
    const columns = header.cells.map((name) => COLUMN_NAMES[normalised(name)]);
    const known = new Set(columns.filter((c) => c !== undefined));
    const kind = spreadsheet.format === 'csv' ? kindOfColumns(known) : SHEET_NAMES[normalised(sheet.name)];
    if (!kind) {
      // A workbook may hold notes of its own; a CSV that is none of the three is a mistake worth telling.
      if (spreadsheet.format === 'csv' || rows.length > 0)
        problem({ sheet: sheet.name, row: null, column: null, code: 'SHEET_UNKNOWN', params: { sheet: sheet.name } });
      continue;
    }
    const missing = SETUP_REQUIRED_COLUMNS[kind].filter((c) => !known.has(c));
    for (const column of missing) problem({ sheet: kind, row: header.number, column, code: 'COLUMN_MISSING' });
    if (missing.length > 0) continue;
    const at = new Map<TSetupColumn, number>(SETUP_COLUMNS[kind].map((c) => [c, columns.indexOf(c)]));
    sheets[kind].push(
      ...rows.map((row) => ({
        number: row.number,
        cell: (column: TSetupColumn) => row.cells[at.get(column) ?? -1]?.trim() ?? '',
      })),
    );
  }
  if (problems.length === 0 && SETUP_SHEETS.every((kind) => sheets[kind].length === 0))
    problem({ sheet: null, row: null, column: null, code: 'FILE_EMPTY' });
  return { sheets, problems };
}
