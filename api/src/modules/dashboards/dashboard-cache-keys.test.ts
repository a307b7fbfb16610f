import { describe, expect, it } from 'vitest';
import { ZBoardOverviewQuery } from '@koers/shared/dashboards';
import type { TBoardOverviewView } from './board-overview.service.ts';
import { boardOverviewKey, dashboardKey } from './dashboard-cache-keys.ts';
import type { TDashboardView } from './dashboards.service.ts';

const PARTNERSHIP = '0b5e4c1e-3f0a-4c3e-9d55-6a1f2b7c8d90';
const OTHER = '7c2d9e4a-1b3f-4e6d-8a9c-0d1e2f3a4b5c';
const BOARD_MEMBER = '3e8f1a2b-4c5d-4e6f-8a7b-9c0d1e2f3a4b';

describe('the read-cache keys', () => {
  it('tell dashboards apart by partnership, quarter and whether the viewer may read the narratives', () => {
    const view: TDashboardView = {
      partnershipId: PARTNERSHIP,
      periodId: undefined,
      narratives: { whenShared: true, whenNotShared: false },
    };
    const variants: TDashboardView[] = [
      view,
      { ...view, partnershipId: OTHER },
      { ...view, periodId: OTHER },
      { ...view, narratives: { whenShared: true, whenNotShared: true } },
      { ...view, narratives: { whenShared: false, whenNotShared: false } },
    ];
    expect(new Set(variants.map(dashboardKey)).size).toBe(variants.length);
    expect(dashboardKey({ ...view })).toBe(dashboardKey(view));
  });

  it('tell board overviews apart by the board member, the partnerships in view, the date and the query', () => {
    const view: TBoardOverviewView = {
      scope: { kind: 'partnerships', ids: [PARTNERSHIP], boardMemberId: BOARD_MEMBER },
      today: '2026-12-06',
      query: ZBoardOverviewQuery.parse({}),
    };
    const variants: TBoardOverviewView[] = [
      view,
      { ...view, scope: { kind: 'all' } },
      { ...view, scope: { kind: 'partnerships', ids: [PARTNERSHIP, OTHER], boardMemberId: BOARD_MEMBER } },
      { ...view, scope: { kind: 'partnerships', ids: [], boardMemberId: BOARD_MEMBER } },
      { ...view, scope: { kind: 'partnerships', ids: [PARTNERSHIP], boardMemberId: OTHER } },
      { ...view, today: '2026-12-07' },
      { ...view, query: ZBoardOverviewQuery.parse({ sector: 'po' }) },
      { ...view, query: ZBoardOverviewQuery.parse({ page: '2' }) },
    ];
    expect(new Set(variants.map(boardOverviewKey)).size).toBe(variants.length);
  });
});
