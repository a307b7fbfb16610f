import type { Kysely } from 'kysely';
import { BOARD_PAGE_SIZE } from '@koers/shared/dashboards';
import type { TBoardOverviewExportQuery } from '@koers/shared/exports';
import { roundScore } from '@koers/shared/score-format';
import { THEME_NUMBERS } from '@koers/shared/themes';
import type { TDatabase } from '../../db/schema.ts';
import * as boardOverview from '../dashboards/board-overview.repository.ts';
import { chosenPeriod } from '../dashboards/board-overview.service.ts';
import { fromNumeric } from '../dashboards/numeric.ts';
import { themeNames } from '../instrument/instrument.repository.ts';
import { columns, inPages, type TExportFile } from './export-file.ts';
import { SCENARIO_WORDS, SECTOR_WORDS } from './export-words.ts';

/** Partnerships read per round trip while the file is written: eight screens of the heatmap. */
const ROWS_PER_READ = BOARD_PAGE_SIZE * 8;

/**
 * The board overview's heatmap over every page: each partnership in view after the filters, with its five
 * theme scores for the quarter and its open flags, in the order the screen sorts by.
 */
export async function boardOverviewExport(
  db: Kysely<TDatabase>,
  scope: boardOverview.TBoardScope,
  today: string,
  query: TBoardOverviewExportQuery,
): Promise<TExportFile> {
  const [periods, names] = await Promise.all([boardOverview.boardPeriods(db, scope, today), themeNames(db)]);
  const { period } = chosenPeriod(periods, query.periodId);
  const rows = inPages(ROWS_PER_READ, (page) =>
    boardOverview.heatmapPage(db, scope, { ...query, page, pageSize: ROWS_PER_READ }, period?.id ?? null),
  );
  return {
    fileName: `koers-board-overview-${period?.code ?? 'no-quarter'}-${today}`,
    title: { nl: 'Koers: bestuursoverzicht', en: 'Koers: board overview' },
    about: [
      { key: 'quarter', label: { nl: 'Kwartaal', en: 'Quarter' }, value: period?.code ?? null },
      // An open quarter's scores are not complete yet: the file says so, as the screen does.
      {
        key: 'quarterOpen',
        label: { nl: 'Kwartaal loopt nog', en: 'Quarter still open' },
        value: period?.open ?? null,
      },
      { key: 'sector', label: { nl: 'Sector', en: 'Sector' }, value: query.sector ?? null, words: SECTOR_WORDS },
      {
        key: 'scenario',
        label: { nl: 'Scenario', en: 'Scenario' },
        value: query.scenario ?? null,
        words: SCENARIO_WORDS,
      },
      { key: 'region', label: { nl: 'Regio', en: 'Region' }, value: query.region ?? null },
      { key: 'sort', label: { nl: 'Gesorteerd op', en: 'Sorted by' }, value: `${query.sort} ${query.order}` },
      {
        key: 'scale',
        label: { nl: 'Schaal', en: 'Scale' },
        value: {
          nl: '1 nog niet gestart – 4 verankerd; leeg: geen score',
          en: '1 not started – 4 embedded; empty: no score',
        },
      },
      { key: 'exportedOn', label: { nl: 'Gemaakt op', en: 'Made on' }, value: today },
    ],
    sheets: [
      {
        key: 'partnerships',
        title: { nl: 'Partnerschappen', en: 'Partnerships' },
        columns: columns([
          { key: 'name', header: { nl: 'Partnerschap', en: 'Partnership' }, type: 'text', width: 40 },
          { key: 'region', header: { nl: 'Regio', en: 'Region' }, type: 'text', width: 18 },
          { key: 'sector', header: { nl: 'Sector', en: 'Sector' }, type: 'text', width: 34, words: SECTOR_WORDS },
          {
            key: 'scenario',
            header: { nl: 'Scenario', en: 'Scenario' },
            type: 'text',
            width: 32,
            words: SCENARIO_WORDS,
          },
          { key: 'submitted', header: { nl: 'Ingediend', en: 'Submitted' }, type: 'text', width: 10 },
          ...THEME_NUMBERS.map((theme) => ({
            key: `theme${theme}` as const,
            header: { nl: `${theme} ${names[theme].nl}`, en: `${theme} ${names[theme].en}` },
            type: 'score' as const,
            width: 16,
          })),
          { key: 'openFlags', header: { nl: 'Open signalen', en: 'Open flags' }, type: 'number', width: 12 },
        ]),
        rows: (async function* () {
          for await (const row of rows) {
            yield {
              name: row.name,
              region: row.region,
              sector: row.sector,
              scenario: row.scenario,
              submitted: row.submitted,
              theme1: roundScore(fromNumeric(row.t1)),
              theme2: roundScore(fromNumeric(row.t2)),
              theme3: roundScore(fromNumeric(row.t3)),
              theme4: roundScore(fromNumeric(row.t4)),
              theme5: roundScore(fromNumeric(row.t5)),
              openFlags: Number(row.open_flags),
            };
          }
        })(),
      },
    ],
  };
}
