import { describe, expect, it } from 'vitest';
import type { TFlag } from '@koers/shared/dashboards';
import { TWENTE_DASHBOARD } from '../../../../test/dashboard-fixtures.ts';
import { DECLINING_FLAG, WEAK_FLAG } from '../../../../test/follow-up-fixtures.ts';
import { flagsByTheme, largestChanges } from './report-summary.ts';

const themesWith = (changes: (number | null)[]) =>
  TWENTE_DASHBOARD.themes.map((theme, index) => ({ ...theme, change: changes[index] ?? null }));

describe('largestChanges', () => {
  it('names the theme that rose most and the one that dropped most', () => {
    const { rise, drop } = largestChanges(themesWith([0.5, -0.25, 0.08, 0.75, -0.5]));
    expect(rise?.theme).toBe(4);
    expect(drop?.theme).toBe(5);
  });

  it('names none when nothing moved that way, or there is no quarter to compare with', () => {
    expect(largestChanges(themesWith([0, 0.25, 0, 0, 0]))).toEqual({
      rise: expect.objectContaining({ theme: 2 }),
      drop: null,
    });
    expect(largestChanges(themesWith([null, null, null, null, null]))).toEqual({ rise: null, drop: null });
  });
});

describe('flagsByTheme', () => {
  const overdue: TFlag = { ...WEAK_FLAG, id: '6bc28a7e-0c93-4e40-9b7f-8a3c1d5e7f03', theme: null, kind: 'overdue' };
  const weakProcess: TFlag = { ...WEAK_FLAG, id: '6bc28a7e-0c93-4e40-9b7f-8a3c1d5e7f04', theme: 2 };

  it('puts a theme’s flags under one heading, themes in order and the partnership as a whole last', () => {
    const groups = flagsByTheme([overdue, WEAK_FLAG, DECLINING_FLAG, weakProcess]);
    expect(groups.map((group) => group.theme)).toEqual([2, 4, null]);
    expect(groups[0]?.flags).toEqual([DECLINING_FLAG, weakProcess]);
    expect(groups.flatMap((group) => group.flags)).toHaveLength(4);
  });
});
