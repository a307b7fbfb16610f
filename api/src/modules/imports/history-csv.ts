import { parse } from 'csv-parse/sync';
import type { TPerspective } from '@koers/shared/assessments';
import type { TImportProblem } from '@koers/shared/history-import';
import { DONT_KNOW, type TIndicatorAnswer } from '@koers/shared/scale';

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

/**
 * Reads the whole file and reports every problem with its line, so one dry run shows all that needs
 * fixing. `indicatorIds` maps indicator codes (4.2) to ids; `takenPeriods` are quarters that already
 * have an assessment for this partnership.
 */
export function readHistoryCsv(
  csv: string,
  indicatorIds: ReadonlyMap<string, string>,
  takenPeriods: ReadonlySet<string>,
): { quarters: TImportedQuarter[]; problems: TImportProblem[] } {
  const problems: TImportProblem[] = [];
  let records: string[][];
  try {
    records = parse(csv, {
      delimiter: [',', ';'],
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { quarters: [], problems: [{ line, message: `The file is not valid CSV: ${(error as Error).message}` }] };
  }
  const [header, ...rows] = records;
  const columns = (header ?? []).map((h) => h.toLowerCase());
  const at = (name: string) => columns.indexOf(name);
  const missing = ['period', 'perspective', 'indicator', 'answer'].filter((c) => at(c) < 0);
  if (missing.length > 0) {
    return {
      quarters: [],
      problems: [{ line: 1, message: `The header row lacks the column(s): ${missing.join(', ')}` }],
    };
  }

  const quarters = new Map<string, Map<string, TImportedResponse>>();
  const thisYear = new Date().getUTCFullYear();
  rows.forEach((row, index) => {
    const line = index + 2;
    const cell = (name: string) => (at(name) >= 0 ? (row[at(name)] ?? '') : '');
    const period = cell('period').toUpperCase();
    const perspective = PERSPECTIVES[cell('perspective').toLowerCase()];
    const code = cell('indicator');
    const answer = parseAnswer(cell('answer'));
    const rowProblems: string[] = [];
    if (!/^\d{4}-Q[1-4]$/.test(period)) rowProblems.push(`period "${cell('period')}" is not a quarter like 2025-Q3`);
    else if (Number(period.slice(0, 4)) > thisYear) rowProblems.push(`period ${period} lies in the future`);
    else if (takenPeriods.has(period)) rowProblems.push(`${period} already has an assessment for this partnership`);
    if (!perspective)
      rowProblems.push(
        `perspective "${cell('perspective')}" is not one of coordination, institute, school_board, school`,
      );
    const indicatorId = indicatorIds.get(code);
    if (!indicatorId) rowProblems.push(`indicator "${code}" is not in the questionnaire`);
    if (answer === undefined) rowProblems.push(`answer "${cell('answer')}" is not 1, 2, 3, 4 or "weet niet"`);
    if (rowProblems.length > 0 || !perspective || !indicatorId || answer === undefined) {
      problems.push({ line, message: rowProblems.join('; ') });
      return;
    }
    const respondent = cell('respondent') || perspective;
    const responses = quarters.get(period) ?? new Map<string, TImportedResponse>();
    quarters.set(period, responses);
    const key = `${perspective}\u0000${respondent}`;
    const response = responses.get(key) ?? { perspective, respondent, answers: {} };
    responses.set(key, response);
    if (response.answers[indicatorId] !== undefined) {
      problems.push({ line, message: `indicator ${code} is answered twice for ${respondent} in ${period}` });
      return;
    }
    response.answers[indicatorId] = answer;
  });
  if (rows.length === 0) problems.push({ line: 1, message: 'The file has no rows under the header' });

  return {
    quarters: [...quarters]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([period, responses]) => ({ period, responses: [...responses.values()] })),
    problems,
  };
}
