import type { Kysely } from 'kysely';
import type { TSetupImport, TSetupImportResult } from '@koers/shared/setup-import';
import type { TConfig } from '../../config.ts';
import type { TDatabase } from '../../db/schema.ts';
import { InvalidInputError } from '../../errors.ts';
import type { TRequestContext } from '../../plugins/auth.ts';
import { authorizePlatform } from '../auth/authorize.ts';
import { readSpreadsheet } from '../imports/read-spreadsheet.ts';
import { planSetup } from './plan-setup.ts';
import * as repository from './setup-import.repository.ts';
import { readSetupSheets } from './setup-sheets.ts';
import { writeSetup } from './write-setup.ts';

type TDeps = { db: Kysely<TDatabase>; config: Pick<TConfig, 'publicUrl'> };

/** Setting Koers up from a spreadsheet: a dry run reports every problem; the real run is all or nothing. */
export function createSetupImportService({ db, config }: TDeps) {
  return {
    async importSetup(ctx: TRequestContext, input: TSetupImport): Promise<TSetupImportResult> {
      authorizePlatform(ctx.actor, 'platform:manage');
      const read = readSetupSheets(await readSpreadsheet(Buffer.from(input.file, 'base64')));
      return db.transaction().execute(async (trx) => {
        const existing = await repository.findExisting(trx);
        const { plan, problems: planProblems } = planSetup(read.sheets, existing);
        const problems = [...read.problems, ...planProblems];
        const counts = {
          organisations: plan.organisations.length,
          partnerships: plan.partnerships.length,
          people: plan.people.length,
        };
        if (input.dryRun) return { dryRun: true, imported: false, counts, problems };
        if (problems.length > 0) {
          throw new InvalidInputError(
            `The file has ${problems.length} problem(s); nothing was imported`,
            problems.map((p) => ({
              path: [p.sheet ?? 'file', p.row === null ? null : `row.${p.row}`, p.column].filter(Boolean).join('.'),
              message: p.code,
            })),
          );
        }
        await writeSetup(trx, ctx, config.publicUrl, plan, existing);
        return { dryRun: false, imported: true, counts, problems };
      });
    },
  };
}
