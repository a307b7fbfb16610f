import type { TImportProblem } from '@koers/shared/history-import';
import { ApiRequestError } from '../../../lib/api-client.ts';

/** The real import refuses a bad file with 400 and one detail per line: `csv.line.5`. */
const LINE_PATH = /^(?:body\.)?csv\.line\.(\d+)$/;

/** The problems of a refused import, as the dry run reports them; empty when the refusal was not about lines. */
export function problemsOfRefusal(error: unknown): TImportProblem[] {
  if (!(error instanceof ApiRequestError) || error.apiError?.code !== 'VALIDATION_FAILED') return [];
  return (error.apiError.details ?? []).flatMap((detail) => {
    const match = LINE_PATH.exec(detail.path);
    return match ? [{ line: Number(match[1]), message: detail.message }] : [];
  });
}
