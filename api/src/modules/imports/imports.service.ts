import type { Kysely } from 'kysely';
import type { THistoryImport, THistoryImportResult } from '@koers/shared/history-import';
import { quarterDates } from '@koers/shared/periods';
import { scoreThemes } from '@koers/shared/scoring';
import type { TDatabase } from '../../db/schema.ts';
import { ConflictError, InvalidInputError } from '../../errors.ts';
import type { TRequestContext } from '../../plugins/auth.ts';
import * as assessments from '../assessments/assessments.repository.ts';
import { replaceResponseContent } from '../assessments/response-content.repository.ts';
import { authorizePartnership } from '../auth/authorize.ts';
import { findInstrumentVersion, instrumentShape } from '../instrument/instrument.repository.ts';
import { readHistoryRows } from './history-rows.ts';
import { readSpreadsheet } from './read-spreadsheet.ts';
import * as repository from './imports.repository.ts';

/** Past quarters from a spreadsheet: a dry run reports every bad row; the real run is all or nothing. */
export function createImportService(db: Kysely<TDatabase>) {
  return {
    async importHistory(
      { actor, requestId }: TRequestContext,
      partnershipId: string,
      input: THistoryImport,
    ): Promise<THistoryImportResult> {
      authorizePartnership(actor, 'history:import', { partnershipId });
      // Typed text goes through the same reader as a file: one way to find the separator and the rows.
      const bytes = input.file === undefined ? Buffer.from(input.csv ?? '', 'utf8') : Buffer.from(input.file, 'base64');
      const [sheet] = (await readSpreadsheet(bytes)).sheets;
      return db.transaction().execute(async (trx) => {
        const instrument = await findInstrumentVersion(trx, 'current');
        if (!instrument) throw new ConflictError('No questionnaire has been published yet');
        const { quarters, problems } = readHistoryRows(
          sheet,
          await repository.indicatorIdsByCode(trx, instrument.id),
          await repository.assessedQuarters(trx, partnershipId),
        );
        const summary = quarters.map((q) => ({
          period: q.period,
          responses: q.responses.length,
          answers: q.responses.reduce((n, r) => n + Object.keys(r.answers).length, 0),
        }));
        if (input.dryRun) return { dryRun: true, imported: false, quarters: summary, problems };
        if (problems.length > 0) {
          throw new InvalidInputError(
            `The file has ${problems.length} problem(s); nothing was imported`,
            problems.map((p) => ({
              path: ['row', p.row, p.column].filter((part) => part !== null).join('.'),
              message: p.code,
            })),
          );
        }

        const shape = await instrumentShape(trx, instrument.id);
        for (const quarter of quarters) {
          const periodId = await repository.ensurePeriod(trx, quarter.period, quarterDates(quarter.period));
          const { id: assessmentId } = await assessments.insertAssessment(trx, partnershipId, periodId, instrument.id);
          for (const response of quarter.responses) {
            const id = await repository.insertImportedResponse(trx, assessmentId, response);
            await replaceResponseContent(trx, id, { answers: response.answers, notes: [] });
          }
          await assessments.recordSubmission(trx, assessmentId, `import-${requestId}`, actor.personId, {
            actorPersonId: actor.personId,
            action: 'history.imported',
            partnershipId,
            subjectType: 'assessment',
            subjectId: assessmentId,
            requestId,
            details: { period: quarter.period },
          });
          await assessments.insertSummaries(
            trx,
            assessments.summaryRows(
              {
                id: assessmentId,
                partnership_id: partnershipId,
                period_id: periodId,
                instrument_version_id: instrument.id,
              },
              scoreThemes(shape, quarter.responses),
              quarter.responses.length,
            ),
          );
        }
        return { dryRun: false, imported: true, quarters: summary, problems };
      });
    },
  };
}
