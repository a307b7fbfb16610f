import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, PROGRAMME_MANAGER } from '../../../test/fixtures.ts';
import { EMPTY_DASHBOARD, TWENTE_DASHBOARD, TWENTE_ID, TWENTE_WITH_PEERS } from '../../../test/dashboard-fixtures.ts';
import { CSRF_TOKEN, jsonResponse, mockApi, requestedUrls, requestsTo, sessionOf } from '../../../test/mock-api.ts';
import { loadCharts, renderApp } from '../../../test/render-app.tsx';
import { i18n } from '../../i18n/i18n.ts';
import { radarPoints, radarTable, trendPoints, trendTable } from '../../features/dashboards/utils/dashboard-data.ts';

const DASHBOARD_PATH = `/api/partnerships/${TWENTE_ID}/dashboard`;
const nl = i18n.getFixedT('nl');
const formatNl = (value: number | string | null) =>
  value === null
    ? '—'
    : typeof value === 'number'
      ? value.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 2 })
      : value;

function cellTexts(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

function api(dashboard = TWENTE_DASHBOARD, user = PROGRAMME_MANAGER) {
  return mockApi({
    ...sessionOf(user),
    '/api/periods': () => jsonResponse({ items: [] }),
    [DASHBOARD_PATH]: () => jsonResponse(dashboard),
  });
}

describe('partnership dashboard', () => {
  beforeAll(loadCharts);

  it('says what moved, in words as well as colour', async () => {
    api();
    await renderApp(`/partnerships/${TWENTE_ID}/dashboard`);

    expect(await screen.findByRole('heading', { level: 1, name: /Partnerschap Twente Leert/ })).toBeInTheDocument();
    expect(screen.getByText('Het meest bewogen sinds 2026-Q2: Data en feedback daalde 0,6.')).toBeInTheDocument();
    const changes = screen.getByRole('region', { name: 'Wat is er veranderd in 2026-Q3?' });
    expect(within(changes).getByText('daalde 0,6 sinds 2026-Q2')).toBeInTheDocument();
  });

  it('shows the radar as a table with exactly the chart’s numbers, and says why peers are missing', async () => {
    const { user } = await renderWith(TWENTE_DASHBOARD);
    const radar = await screen.findByRole('region', { name: 'De vijf thema’s in één beeld' });
    expect(
      within(radar).getByText(
        /De mediaan van vergelijkbare partnerschappen wordt niet getoond: er zijn minder dan 5 vergelijkbare partnerschappen/,
      ),
    ).toBeInTheDocument();

    await user.click(within(radar).getByRole('button', { name: 'Toon als tabel' }));
    const table = within(radar).getByRole('table');
    const expected = radarTable(radarPoints(TWENTE_DASHBOARD, nl), TWENTE_DASHBOARD, nl);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(expected.columns.map((c) => c.label));
    expect(cellTexts(table)).toEqual(expected.rows.map((row) => row.map(formatNl)));
    expect(cellTexts(table)[3]).toEqual(['Data en feedback', '1,67', '2,27']);
  });

  it('adds the peer median to chart and table when enough peers share the scenario', async () => {
    const { user } = await renderWith(TWENTE_WITH_PEERS);
    const radar = await screen.findByRole('region', { name: 'De vijf thema’s in één beeld' });
    expect(within(radar).queryByText(/minder dan 5 vergelijkbare/)).not.toBeInTheDocument();
    expect(within(radar).getByText(/mediaan van 6 partnerschappen met hetzelfde scenario/)).toBeInTheDocument();
    await user.click(within(radar).getByRole('button', { name: 'Toon als tabel' }));
    expect(
      within(radar).getByRole('columnheader', { name: 'Mediaan vergelijkbare partnerschappen' }),
    ).toBeInTheDocument();
  });

  it('shows the trend as a table with every quarter, the questionnaire version and the notes', async () => {
    const { user } = await renderWith(TWENTE_DASHBOARD);
    const trend = await screen.findByRole('region', { name: 'Trend over de kwartalen' });
    expect(within(trend).getByText(/nieuwe versie van de vragenlijst \(2026-Q2\)/)).toBeInTheDocument();
    expect(within(trend).getByText(/Coördinator data vertrokken/)).toBeInTheDocument();

    await user.click(within(trend).getByRole('button', { name: 'Toon als tabel' }));
    const expected = trendTable(
      trendPoints(TWENTE_DASHBOARD.trend, TWENTE_DASHBOARD.notes),
      TWENTE_DASHBOARD.themes,
      'nl',
      nl,
    );
    expect(cellTexts(within(trend).getByRole('table'))).toEqual(expected.rows.map((row) => row.map(formatNl)));
    expect(within(trend).getByRole('button', { name: 'Data en feedback' })).toHaveAttribute('aria-pressed', 'false');
    await user.click(within(trend).getByRole('button', { name: 'Data en feedback' }));
    expect(within(trend).getByRole('button', { name: 'Data en feedback' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('lists the open flags with their reason, as an invitation', async () => {
    await renderWith(TWENTE_DASHBOARD);
    const flags = await screen.findByRole('region', { name: 'Signalen om over te praten' });
    expect(within(flags).getByText(/Een signaal nodigt uit tot een gesprek/)).toBeInTheDocument();
    expect(within(flags).getByText('Nu bespreken')).toBeInTheDocument();
    expect(
      within(flags).getByText('Data en feedback scoort 1,67: een goed moment om samen te kijken wat hier nodig is.'),
    ).toBeInTheDocument();
  });

  it('lets a programme manager add a dated note, then shows the refreshed dashboard', async () => {
    let dashboard = TWENTE_DASHBOARD;
    const fetchMock = mockApi({
      ...sessionOf(PROGRAMME_MANAGER),
      '/api/periods': () => jsonResponse({ items: [] }),
      [DASHBOARD_PATH]: () => jsonResponse(dashboard),
      [`/api/partnerships/${TWENTE_ID}/timeline-notes`]: (_url, request) => {
        const body = request.body as { notedOn: string; text: string };
        const note = { id: '7c1d2e3f-0000-4000-8000-000000000002', ...body, author: 'Priya Manders' };
        dashboard = { ...dashboard, notes: [...dashboard.notes, note] };
        return jsonResponse({ items: dashboard.notes }, 201);
      },
    });
    const { user } = await renderApp(`/partnerships/${TWENTE_ID}/dashboard`);

    const form = await screen.findByRole('region', { name: 'Notitie toevoegen aan de tijdlijn' });
    await user.clear(within(form).getByLabelText('Datum'));
    await user.type(within(form).getByLabelText('Datum'), '2026-05-12');
    await user.type(within(form).getByLabelText('Notitie'), 'Nieuwe stuurgroep gestart');
    await user.click(within(form).getByRole('button', { name: 'Notitie toevoegen' }));

    expect(await within(form).findByText('De notitie staat op de tijdlijn.')).toBeInTheDocument();
    expect(requestsTo(fetchMock, `/api/partnerships/${TWENTE_ID}/timeline-notes`)[0]?.body).toEqual({
      notedOn: '2026-05-12',
      text: 'Nieuwe stuurgroep gestart',
    });
    const trend = screen.getByRole('region', { name: 'Trend over de kwartalen' });
    // The refreshed dashboard is redrawn whole, as a deferred render: it may take as long as the first.
    expect(await within(trend).findByText(/Nieuwe stuurgroep gestart/)).toBeInTheDocument();
  });

  it('says which dates a note may have when the year is mistyped, before sending anything', async () => {
    const fetchMock = mockApi({
      ...sessionOf(PROGRAMME_MANAGER),
      '/api/periods': () => jsonResponse({ items: [] }),
      [DASHBOARD_PATH]: () => jsonResponse(TWENTE_DASHBOARD),
    });
    const { user } = await renderApp(`/partnerships/${TWENTE_ID}/dashboard`);

    const form = await screen.findByRole('region', { name: 'Notitie toevoegen aan de tijdlijn' });
    await user.clear(within(form).getByLabelText('Datum'));
    await user.type(within(form).getByLabelText('Datum'), '0202-05-12');
    await user.type(within(form).getByLabelText('Notitie'), 'Nieuwe stuurgroep gestart');
    await user.click(within(form).getByRole('button', { name: 'Notitie toevoegen' }));

    expect(within(form).getByLabelText('Datum')).toHaveAccessibleDescription('Kies een datum tussen 1900 en 2999.');
    expect(requestsTo(fetchMock, `/api/partnerships/${TWENTE_ID}/timeline-notes`)).toEqual([]);
  });

  it('offers no note form to people who may not write one', async () => {
    api(TWENTE_DASHBOARD, ADMIN);
    await renderApp(`/partnerships/${TWENTE_ID}/dashboard`);
    await screen.findByRole('region', { name: 'Trend over de kwartalen' });
    expect(screen.queryByRole('region', { name: 'Notitie toevoegen aan de tijdlijn' })).not.toBeInTheDocument();
  });

  it('asks for the chosen quarter and keeps it in the address', async () => {
    const fetchMock = api();
    const { user, router } = await renderApp(`/partnerships/${TWENTE_ID}/dashboard`);
    await user.selectOptions(await screen.findByLabelText('Kwartaal'), '2025-Q4');
    const chosen = TWENTE_DASHBOARD.periods.find((p) => p.code === '2025-Q4')?.id;
    await waitFor(() =>
      expect(requestedUrls(fetchMock).some((url) => url.searchParams.get('periodId') === chosen)).toBe(true),
    );
    expect(router.state.location.search).toBe(`?quarter=${chosen}`);
  });

  it('asks for the dashboard of the quarter in the address while the session is still on its way', async () => {
    let answerSession: (() => void) | undefined;
    const sessionAnswered = new Promise<void>((resolve) => (answerSession = resolve));
    const chosen = TWENTE_DASHBOARD.periods.find((p) => p.code === '2025-Q4')?.id;
    const fetchMock = mockApi({
      '/api/auth/session': async () => {
        await sessionAnswered;
        return jsonResponse({ user: PROGRAMME_MANAGER, csrfToken: CSRF_TOKEN });
      },
      '/api/periods': () => jsonResponse({ items: [] }),
      [DASHBOARD_PATH]: () => jsonResponse(TWENTE_DASHBOARD),
    });
    await renderApp(`/partnerships/${TWENTE_ID}/dashboard?quarter=${chosen}`);

    await waitFor(() => expect(requestsTo(fetchMock, DASHBOARD_PATH)).toHaveLength(1));
    expect(
      requestedUrls(fetchMock)
        .find((url) => url.pathname === DASHBOARD_PATH)
        ?.searchParams.get('periodId'),
    ).toBe(chosen);
    answerSession?.();
    expect(await screen.findByRole('heading', { level: 1, name: /Partnerschap Twente Leert/ })).toBeInTheDocument();
    // The page reads the answer the loader asked for; it does not ask again.
    expect(requestsTo(fetchMock, DASHBOARD_PATH)).toHaveLength(1);
  });

  it('explains that there is nothing to show before the first submitted quarter', async () => {
    api(EMPTY_DASHBOARD);
    await renderApp(`/partnerships/${TWENTE_ID}/dashboard`);
    expect(await screen.findByRole('heading', { name: 'Nog geen ingediend kwartaal' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Trend over de kwartalen' })).not.toBeInTheDocument();
  });
});

function renderWith(dashboard: typeof TWENTE_DASHBOARD) {
  api(dashboard);
  return renderApp(`/partnerships/${TWENTE_ID}/dashboard`);
}
