import type { TPerspective } from '@koers/shared/assessments';
import type { THistoryImportProblem } from '@koers/shared/history-import';
import { DONT_KNOW, type TIndicatorAnswer } from '@koers/shared/scale';
import type { TSheet } from './read-spreadsheet.ts';

export type TImportedResponse = {
  perspective: TPerspective;
  respondent: string;
  answers: Record<string, TIndicatorAnswer>;
};
export type TImportedQuarter = { period: string; responses: TImportedResponse[] };

const PERSPECTIVES: Record<string, TPerspective> = {
  coordination: 'coordination',
  coordinatie: 'coordination',
  coördinatie: 'coordination',
  institute: 'institute',
  opleiding: 'institute',
  school_board: 'school_board',
  schoolbestuur: 'school_board',
  bestuur: 'school_board',
  school: 'school',
};

function parseAnswer(raw: string): TIndicatorAnswer | undefined {
  const value = raw.trim().toLowerCase();
  if (['1', '2', '3', '4'].includes(value)) return Number(value) as 1 | 2 | 3 | 4;
  if (['weet niet', 'dont_know', "don't know", 'dont know'].includes(value)) return DONT_KNOW;
  return undefined;
}

type TProblemCode = THistoryImportProblem['code'];

/**
 * Reads the whole sheet and reports every problem with its row and column, so one dry run shows all that
 * needs fixing. `indicatorIds` maps indicator codes (4.2) to ids; `takenPeriods` are quarters that already
 * have an assessment for this partnership.
 */
export function readHistoryRows(
  sheet: TSheet | undefined,
  indicatorIds: ReadonlyMap<string, string>,
  takenPeriods: ReadonlySet<string>,
): { quarters: TImportedQuarter[]; problems: THistoryImportProblem[] } {
  const problems: THistoryImportProblem[] = [];
  const problem = (row: number | null, column: string | null, code: TProblemCode, params = {}) =>
    problems.push({ sheet: null, row, column, code, params });
  const [header, ...rows] = (sheet?.rows ?? []).filter((row) => row.cells.some((cell) => cell !== ''));
  const columns = (header?.cells ?? []).map((h) => h.trim().toLowerCase());
  const at = (name: string) => columns.indexOf(name);
  const missing = ['period', 'perspective', 'indicator', 'answer'].filter((c) => at(c) < 0);
  if (!header) problem(null, null, 'FILE_EMPTY');
  else for (const column of missing) problem(header.number, column, 'COLUMN_MISSING', { column });
  if (!header || missing.length > 0) return { quarters: [], problems };

  const quarters = new Map<string, Map<string, TImportedResponse>>();
  const thisYear = new Date().getUTCFullYear();
  for (const row of rows) {
    const line = row.number;
    const before = problems.length;
    const cell = (name: string) => (at(name) >= 0 ? (row.cells[at(name)] ?? '').trim() : '');
    const period = cell('period').toUpperCase();
    const perspective = PERSPECTIVES[cell('perspective').toLowerCase()];
    const code = cell('indicator');
    const answer = parseAnswer(cell('answer'));
    if (!/^\d{4}-Q[1-4]$/.test(period)) problem(line, 'period', 'PERIOD_INVALID', { value: cell('period') });
    else if (Number(period.slice(0, 4)) > thisYear) problem(line, 'period', 'PERIOD_IN_FUTURE', { value: period });
    else if (takenPeriods.has(period)) problem(line, 'period', 'PERIOD_TAKEN', { value: period });
    if (!perspective) problem(line, 'perspective', 'PERSPECTIVE_UNKNOWN', { value: cell('perspective') });
    const indicatorId = indicatorIds.get(code);
    if (!indicatorId) problem(line, 'indicator', 'INDICATOR_UNKNOWN', { value: code });
    if (answer === undefined) problem(line, 'answer', 'ANSWER_INVALID', { value: cell('answer') });
    if (problems.length > before || !perspective || !indicatorId || answer === undefined) continue;

    const respondent = cell('respondent') || perspective;
    const responses = quarters.get(period) ?? new Map<string, TImportedResponse>();
    quarters.set(period, responses);
    const key = `${perspective}\u0000${respondent}`;
    const response = responses.get(key) ?? { perspective, respondent, answers: {} };
    responses.set(key, response);
    if (response.answers[indicatorId] !== undefined) {
      problem(line, 'indicator', 'ANSWER_TWICE', { code, respondent, period });
      continue;
    }
    response.answers[indicatorId] = answer;
  }
  if (rows.length === 0) problem(header.number, null, 'FILE_EMPTY');

  return {
    quarters: [...quarters]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([period, responses]) => ({ period, responses: [...responses.values()] })),
    problems,
  };
}
