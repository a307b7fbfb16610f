import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n.ts';
import { BOARD_OVERVIEW } from '../../../../test/dashboard-fixtures.ts';
import { boardTrendPoints, boardTrendTable } from './board-data.ts';

const nl = i18n.getFixedT('nl');

describe('the board trend', () => {
  it('marks the open quarter and says per point how many partnerships it stands on', () => {
    const points = boardTrendPoints(BOARD_OVERVIEW.trend, nl);
    expect(points.at(-1)).toMatchObject({ periodCode: '2026-Q4', mark: 'lopend', detail: 'op 1 partnerschap' });
    expect(points[0]).toMatchObject({ periodCode: '2024-Q4', detail: 'op 12 partnerschappen' });
    expect(points[0]).not.toHaveProperty('mark');

    const table = boardTrendTable(points, nl);
    expect(table.columns.slice(0, 3).map((column) => column.label)).toEqual(['Kwartaal', 'Stand', 'Partnerschappen']);
    expect(table.rows.at(-1)).toEqual(['2026-Q4', 'loopt nog', 1, null, null, null, null, null]);
    expect(table.rows[0]?.slice(0, 3)).toEqual(['2024-Q4', 'compleet', 12]);
  });
});
