import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { TAssessment } from '@koers/shared/assessments';
import { ZBoardOverviewQuery } from '@koers/shared/dashboards';
import { BOARD_OVERVIEW, OPEN_PERIOD, TWENTE_DASHBOARD, TWENTE_ID } from '../../test/dashboard-fixtures.ts';
import { DECLINING_FLAG, queueItem, WEAK_FLAG } from '../../test/follow-up-fixtures.ts';
import { PROGRAMME_MANAGER } from '../../test/fixtures.ts';
import { jsonResponse, mockApi, sessionOf } from '../../test/mock-api.ts';
import { useReopenAssessment } from '../features/assessments/api/reopen-assessment.ts';
import { useSubmitAssessment } from '../features/assessments/api/submit-assessment.ts';
import { useBoardOverview } from '../features/dashboards/api/get-board-overview.ts';
import {
  partnershipDashboardQueryOptions,
  usePartnershipDashboard,
} from '../features/dashboards/api/get-partnership-dashboard.ts';
import { useReviewQueue } from '../features/follow-up/api/get-review-queue.ts';
import { createQueryClient } from '../lib/query-client.ts';

// These pages read from three features; the assessment's mutations reach them through the shared key roots.
const ASSESSMENT_ID = '6bc28a7e-0c93-4e40-9b7f-8a3c1d5e7f01';
const OTHER_PARTNERSHIP_ID = '0b6f2a1e-4c3d-4e8a-9b1f-2a7c5d9e1f04';
const BOARD_QUERY = ZBoardOverviewQuery.parse({});

const SUBMITTED: TAssessment = {
  id: ASSESSMENT_ID,
  partnershipId: TWENTE_ID,
  partnershipName: 'Partnerschap Twente Leert',
  periodId: OPEN_PERIOD.id,
  periodCode: OPEN_PERIOD.code,
  dueOn: '2027-01-21',
  instrumentVersion: 1,
  status: 'submitted',
  submittedAt: '2026-11-22T10:05:00.000Z',
  responses: [],
  submissions: [],
  results: [],
};

/** What the API answers before and after the assessment changes: the change shows in all three. */
const BEFORE = {
  dashboard: TWENTE_DASHBOARD,
  board: BOARD_OVERVIEW,
  queue: { items: [queueItem(WEAK_FLAG)], total: 1 },
};
const AFTER = {
  dashboard: { ...TWENTE_DASHBOARD, period: { id: OPEN_PERIOD.id, code: OPEN_PERIOD.code } },
  board: { ...BOARD_OVERVIEW, period: OPEN_PERIOD },
  queue: { items: [queueItem(WEAK_FLAG), queueItem(DECLINING_FLAG)], total: 2 },
};

function api() {
  let figures = BEFORE;
  const changed = () => {
    figures = AFTER;
  };
  mockApi({
    ...sessionOf(PROGRAMME_MANAGER),
    [`/api/partnerships/${TWENTE_ID}/dashboard`]: () => jsonResponse(figures.dashboard),
    [`/api/partnerships/${OTHER_PARTNERSHIP_ID}/dashboard`]: () => jsonResponse(figures.dashboard),
    '/api/board-overview': () => jsonResponse(figures.board),
    '/api/review-queue': () => jsonResponse(figures.queue),
    [`/api/assessments/${ASSESSMENT_ID}/submission`]: () => {
      changed();
      return jsonResponse(SUBMITTED, 201);
    },
    [`/api/assessments/${ASSESSMENT_ID}/reopening`]: () => {
      changed();
      return jsonResponse({ ...SUBMITTED, status: 'draft', submittedAt: null });
    },
  });
}

/**
 * The partnership's dashboard, the board overview and the review queue are open (as on pages visited
 * before), fresh for a minute by the app's defaults, while the assessment changes.
 */
function renderOpenPages(useChange: () => () => Promise<unknown>) {
  const queryClient = createQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const { result } = renderHook(
    () => ({
      change: useChange(),
      dashboard: usePartnershipDashboard(TWENTE_ID, undefined),
      board: useBoardOverview(BOARD_QUERY),
      queue: useReviewQueue(1),
    }),
    { wrapper },
  );
  return { queryClient, result };
}

const CHANGES = [
  {
    name: 'submitting',
    useChange: () => {
      const submit = useSubmitAssessment(ASSESSMENT_ID);
      return () => submit.mutateAsync();
    },
  },
  {
    name: 'reopening',
    useChange: () => {
      const reopen = useReopenAssessment();
      return () => reopen.mutateAsync({ assessmentId: ASSESSMENT_ID, reason: 'Een score verkeerd ingevuld.' });
    },
  },
];

describe.each(CHANGES)('$name an assessment', ({ useChange }) => {
  it('refreshes the partnership dashboard, the board overview and the review queue', async () => {
    api();
    const { queryClient, result } = renderOpenPages(useChange);
    await waitFor(() => {
      expect(result.current.dashboard.data).toEqual(BEFORE.dashboard);
      expect(result.current.board.data).toEqual(BEFORE.board);
      expect(result.current.queue.data).toEqual(BEFORE.queue);
    });
    // Another partnership's dashboard, seen earlier, does not depend on this assessment.
    const other = partnershipDashboardQueryOptions(OTHER_PARTNERSHIP_ID, undefined);
    await queryClient.fetchQuery(other);

    await act(() => result.current.change());

    // The open pages get the new answers (observers hear of them on the query client's next tick).
    await waitFor(() => {
      expect(result.current.dashboard.data).toEqual(AFTER.dashboard);
      expect(result.current.board.data).toEqual(AFTER.board);
      expect(result.current.queue.data).toEqual(AFTER.queue);
    });
    expect(queryClient.getQueryState(other.queryKey)?.isInvalidated).toBe(false);
  });
});
