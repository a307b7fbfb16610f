import { screen, waitFor, within } from '@testing-library/react';
import type { TCurrentUser } from '@koers/shared/auth';
import { beforeAll, describe, expect, it } from 'vitest';
import { BOARD_OVERVIEW, OPEN_PERIOD, TWENTE_ID } from '../../../test/dashboard-fixtures.ts';
import { PROGRAMME_MANAGER } from '../../../test/fixtures.ts';
import { jsonResponse, mockApi, requestedUrls, sessionOf } from '../../../test/mock-api.ts';
import { loadCharts, renderApp } from '../../../test/render-app.tsx';

const BOARD_MEMBER: TCurrentUser = {
  id: '4fa06e5c-8a71-4c2e-9f5d-6e1a9b3c5d03',
  displayName: 'Bram Bestuur',
  email: 'board@demo.koers.nl',
  roles: [],
  access: { isAdmin: false, programmeManagerOf: [], criticalFriendOf: [], boardMemberOf: [TWENTE_ID] },
  secondFactorRequired: false,
};

function api(user: TCurrentUser = BOARD_MEMBER) {
  return mockApi({
    ...sessionOf(user),
    '/api/periods': () => jsonResponse({ items: [] }),
    '/api/board-overview': () => jsonResponse(BOARD_OVERVIEW),
  });
}

const boardRequests = (fetchMock: ReturnType<typeof api>) =>
  requestedUrls(fetchMock).filter((url) => url.pathname === '/api/board-overview');

describe('board overview', () => {
  beforeAll(loadCharts);

  it('shows the heatmap with a number in every scored cell, and who has not submitted', async () => {
    api();
    await renderApp('/board');

    const heatmap = await screen.findByRole('table', { name: /Scores per partnerschap en thema in 2026-Q3/ });
    const twente = within(heatmap).getByRole('row', { name: /Partnerschap Twente Leert/ });
    expect([...twente.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual([
      '3,25',
      '2,9',
      '3,05',
      '1,67',
      '3,0',
      '2 signalen',
    ]);
    expect(within(twente).getByRole('link', { name: 'Partnerschap Twente Leert' })).toHaveAttribute(
      'href',
      `/partnerships/${TWENTE_ID}/dashboard?quarter=${BOARD_OVERVIEW.period?.id}`,
    );
    const missing = screen.getByRole('region', { name: 'Nog niet ingediend voor 2026-Q3' });
    expect(within(missing).getByRole('link', { name: 'Samen Opleiden Amstel-Oost' })).toBeInTheDocument();
  });

  it('sorts by a theme, says so to assistive technology, and asks the API for that order', async () => {
    const fetchMock = api();
    const { user, router } = await renderApp('/board');

    const heatmap = await screen.findByRole('table');
    expect(within(heatmap).getByRole('columnheader', { name: /Partnerschap/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await user.click(within(heatmap).getByRole('button', { name: /Data en feedback/ }));

    await waitFor(() => expect(boardRequests(fetchMock).at(-1)?.searchParams.get('sort')).toBe('theme4'));
    expect(boardRequests(fetchMock).at(-1)?.searchParams.get('order')).toBe('asc');
    expect(within(heatmap).getByRole('columnheader', { name: /Data en feedback/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(within(heatmap).getByRole('columnheader', { name: /Partnerschap/ })).toHaveAttribute('aria-sort', 'none');

    await user.click(within(heatmap).getByRole('button', { name: /Data en feedback/ }));
    await waitFor(() => expect(boardRequests(fetchMock).at(-1)?.searchParams.get('order')).toBe('desc'));
    expect(router.state.location.search).toBe('?sort=theme4&order=desc');
  });

  it('filters by sector, scenario and region, keeping them in the address', async () => {
    const fetchMock = api();
    const { user, router } = await renderApp('/board');

    await user.selectOptions(await screen.findByLabelText('Sector'), 'po');
    await user.selectOptions(screen.getByLabelText('Samenwerkingsscenario'), 'A');
    await user.selectOptions(screen.getByLabelText('Regio'), 'Twente');

    await waitFor(() => {
      const last = boardRequests(fetchMock).at(-1);
      expect([
        last?.searchParams.get('sector'),
        last?.searchParams.get('scenario'),
        last?.searchParams.get('region'),
      ]).toEqual(['po', 'A', 'Twente']);
    });
    expect(router.state.location.search).toBe('?sector=po&scenario=A&region=Twente');
  });

  it('offers the whole filtered heatmap as Excel and as CSV for a Dutch Excel, made by the server', async () => {
    api();
    const { user } = await renderApp('/board?sector=po&region=Twente');
    const downloads = await screen.findByRole('group', { name: /Download: / });
    const excel = within(downloads).getByRole('link', { name: 'Excel (xlsx)' });
    const csv = within(downloads).getByRole('link', { name: 'CSV (Nederlandse Excel)' });
    const query = (link: HTMLElement) => new URL(link.getAttribute('href') ?? '', 'http://koers.test');
    expect(query(excel).pathname).toBe('/api/board-overview/export');
    expect(Object.fromEntries(query(excel).searchParams)).toEqual({
      format: 'xlsx',
      lang: 'nl',
      periodId: BOARD_OVERVIEW.period?.id,
      sector: 'po',
      region: 'Twente',
      sort: 'name',
      order: 'asc',
    });
    expect(query(csv).searchParams.get('format')).toBe('csv');
    expect(excel).toHaveAttribute('download');

    // In English the CSV is standard CSV, and the link says so by asking for English.
    await user.click(screen.getByRole('button', { name: /^EN,/ }));
    const english = await screen.findByRole('link', { name: 'CSV' });
    expect(query(english).searchParams.get('lang')).toBe('en');
  });

  it('shows the trend of averages as a table with exactly the chart’s numbers', async () => {
    api();
    const { user } = await renderApp('/board');
    const trend = await screen.findByRole('region', { name: 'Gemiddelde per thema over de kwartalen' });
    await user.click(within(trend).getByRole('button', { name: 'Toon als tabel' }));
    const rows = within(within(trend).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(BOARD_OVERVIEW.trend.length);
    const cells = (row: HTMLElement | undefined) =>
      [...(row?.querySelectorAll('th, td') ?? [])].map((cell) => cell.textContent);
    expect(cells(rows[0])).toEqual(['2024-Q4', 'compleet', '12', '2,8', '2,7', '2,9', '2,2', '2,9']);
    // The open quarter: marked, with its one submission counted and no average drawn on it.
    expect(cells(rows.at(-1))).toEqual(['2026-Q4', 'loopt nog', '1', '—', '—', '—', '—', '—']);
    expect(within(trend).getByText(/2026-Q4 loopt nog \(1 partnerschap heeft ingediend\)/)).toBeInTheDocument();
  });

  it('opens on the latest closed quarter and lets the open one be chosen', async () => {
    const fetchMock = api();
    const { user, router } = await renderApp('/board');

    const quarter = await screen.findByLabelText('Kwartaal');
    expect(quarter).toHaveDisplayValue('2026-Q3 (laatst afgesloten)');
    expect(within(quarter).getByRole('option', { name: '2026-Q4 (loopt nog)' })).toBeInTheDocument();

    await user.selectOptions(quarter, '2026-Q4 (loopt nog)');
    await waitFor(() => expect(boardRequests(fetchMock).at(-1)?.searchParams.get('periodId')).toBe(OPEN_PERIOD.id));
    expect(router.state.location.search).toBe(`?quarter=${OPEN_PERIOD.id}`);
  });

  it('says why there is no trend line when no quarter has enough partnerships, and keeps the table', async () => {
    const thin = {
      ...BOARD_OVERVIEW,
      trend: BOARD_OVERVIEW.trend.map((quarter) => ({
        ...quarter,
        status: quarter.status === 'open' ? quarter.status : ('thin' as const),
        submitted: 3,
        averages: { 1: null, 2: null, 3: null, 4: null, 5: null },
      })),
    };
    mockApi({
      ...sessionOf(BOARD_MEMBER),
      '/api/periods': () => jsonResponse({ items: [] }),
      '/api/board-overview': () => jsonResponse(thin),
    });
    const { user } = await renderApp('/board');
    const trend = await screen.findByRole('region', { name: 'Gemiddelde per thema over de kwartalen' });
    expect(within(trend).getByText(/Geen kwartaal heeft 5 of meer partnerschappen in beeld/)).toBeInTheDocument();
    expect(within(trend).queryByRole('img')).not.toBeInTheDocument();
    expect(within(trend).queryByRole('button', { name: /Download PNG/ })).not.toBeInTheDocument();
    await user.click(within(trend).getByRole('button', { name: 'Toon als tabel' }));
    const first = within(within(trend).getByRole('table')).getAllByRole('row')[1];
    expect([...(first?.querySelectorAll('th, td') ?? [])].map((cell) => cell.textContent).slice(0, 4)).toEqual([
      '2024-Q4',
      'te weinig partnerschappen',
      '3',
      '—',
    ]);
  });

  it('is not there for a programme manager', async () => {
    api(PROGRAMME_MANAGER);
    await renderApp('/board');
    expect(await screen.findByRole('heading', { name: 'Geen toegang' })).toBeInTheDocument();
  });
});
