import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { INSTRUMENT, PARTNERSHIP_SUMMARIES, NOORDERLICHT_ID, PROGRAMME_MANAGER } from '../../../test/fixtures.ts';
import { apiErrorResponse, jsonResponse, mockApi, requestedUrls, sessionOf } from '../../../test/mock-api.ts';
import { renderApp } from '../../../test/render-app.tsx';

/** A small stand-in for the API's filtering, so the page can be driven through its filters. */
function partnershipsApi() {
  return mockApi({
    ...sessionOf(PROGRAMME_MANAGER),
    '/api/partnerships': (url) => {
      const sector = url.searchParams.get('sector');
      const search = url.searchParams.get('search')?.toLowerCase();
      const items = PARTNERSHIP_SUMMARIES.filter(
        (p) =>
          (!sector || p.sector === sector) &&
          (!search || p.name.toLowerCase().includes(search) || p.region.toLowerCase().includes(search)),
      );
      return jsonResponse({ items });
    },
  });
}

describe('partnerships page', () => {
  it('lists the partnerships with readable sector, scenario and member count', async () => {
    partnershipsApi();
    await renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Partnerschappen' })).toBeInTheDocument();
    const link = await screen.findByRole('link', { name: 'Opleidingsschool Noorderlicht' });
    expect(link).toHaveAttribute('href', `/partnerships/${NOORDERLICHT_ID}`);

    const row = link.closest('tr');
    if (!row) throw new Error('partnership link is not in a table row');
    expect(within(row).getByText('Groningen')).toBeInTheDocument();
    expect(within(row).getByText('Voortgezet onderwijs (vo)')).toBeInTheDocument();
    expect(within(row).getByText('Scenario C · Samen leren')).toBeInTheDocument();
    expect(within(row).getByText('6 organisaties')).toBeInTheDocument();
    expect(screen.getByText('1 organisatie')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('2 partnerschappen');
    await waitFor(() => expect(document.title).toBe('Partnerschappen · Koers'));
  });

  it('keeps the filters in the URL and sends them to the API', async () => {
    const fetchMock = partnershipsApi();
    const { router, user } = await renderApp('/');
    await screen.findByRole('link', { name: 'Opleidingsschool Noorderlicht' });

    await user.selectOptions(screen.getByLabelText('Sector'), 'Primair onderwijs (po)');
    await waitFor(() => expect(router.state.location.search).toBe('?sector=po'));
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'Opleidingsschool Noorderlicht' })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('link', { name: 'Samen Opleiden Waddenkust' })).toBeInTheDocument();

    // Typed on a stopped clock, so however slowly a busy machine types, the letters fall within the search's
    // pause of 300 ms; then the clock is moved past the pause. Testing Library moves a fake clock itself
    // where it would wait on one, once it sees Jest's name for that.
    vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const typist = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    await typist.type(screen.getByLabelText('Zoek op naam of regio'), 'fries');
    await act(() => vi.advanceTimersByTimeAsync(300));
    vi.useRealTimers();
    await waitFor(() => expect(router.state.location.search).toBe('?sector=po&search=fries'));
    await waitFor(() =>
      expect(requestedUrls(fetchMock).at(-1)?.searchParams.toString()).toBe('sector=po&search=fries'),
    );
    // The debounce means one request for the typed word, not one per letter.
    expect(requestedUrls(fetchMock).filter((url) => url.searchParams.has('search'))).toHaveLength(1);
  });

  it('takes its filters from the URL and ignores values the API would reject', async () => {
    const fetchMock = partnershipsApi();
    await renderApp('/?sector=hbo&scenario=C&search=noord');

    await screen.findByRole('link', { name: 'Opleidingsschool Noorderlicht' });
    expect(screen.getByLabelText('Sector')).toHaveValue('');
    expect(screen.getByLabelText('Samenwerkingsscenario')).toHaveValue('C');
    expect(screen.getByLabelText('Zoek op naam of regio')).toHaveValue('noord');
    const listRequests = requestedUrls(fetchMock).filter((url) => url.pathname === '/api/partnerships');
    expect(listRequests[0]?.searchParams.toString()).toBe('scenario=C&search=noord');
  });

  it('says so when no partnership matches, and clears the filters on request', async () => {
    partnershipsApi();
    const { router, user } = await renderApp('/?search=atlantis');

    expect(await screen.findByRole('heading', { name: 'Geen partnerschappen gevonden' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('0 partnerschappen');

    const clearButtons = screen.getAllByRole('button', { name: 'Filters wissen' });
    const inEmptyState = clearButtons.at(-1);
    if (!inEmptyState) throw new Error('no clear-filters button');
    await user.click(inEmptyState);

    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByRole('link', { name: 'Opleidingsschool Noorderlicht' })).toBeInTheDocument();
    expect(screen.getByLabelText('Zoek op naam of regio')).toHaveValue('');
  });

  it('shows a friendly error with the request id, and recovers on retry', async () => {
    let calls = 0;
    mockApi({
      ...sessionOf(PROGRAMME_MANAGER),
      '/api/partnerships': () => {
        calls += 1;
        return calls === 1
          ? apiErrorResponse(503, 'DATABASE_UNAVAILABLE', 'The database is temporarily unavailable')
          : jsonResponse({ items: PARTNERSHIP_SUMMARIES });
      },
    });
    const { user } = await renderApp('/');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Koers is tijdelijk niet beschikbaar');
    expect(alert).toHaveTextContent('req-test-1234');

    await user.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('link', { name: 'Opleidingsschool Noorderlicht' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('tells the person when the server cannot be reached', async () => {
    mockApi({
      ...sessionOf(PROGRAMME_MANAGER),
      '/api/partnerships': () => {
        throw new TypeError('Failed to fetch');
      },
    });
    await renderApp('/');

    expect(await screen.findByRole('alert')).toHaveTextContent('De server is niet bereikbaar');
  });

  describe('for a programme manager with the quarter open', () => {
    const twenteId = PROGRAMME_MANAGER.access.programmeManagerOf[0] ?? '';
    const period = {
      id: '8de4ac90-2eb5-4a62-9d91-ac5e3f7a9b01',
      code: '2026-Q4',
      opensOn: '2026-10-01',
      dueOn: '2027-01-21',
      current: true,
    };
    const assessmentId = '6bc28a7e-0c93-4e40-9b7f-8a3c1d5e7f01';
    const [first, second, third] = INSTRUMENT.themes.flatMap((theme) => theme.indicators.map((i) => i.id));
    const draft = {
      id: assessmentId,
      periodId: period.id,
      periodCode: period.code,
      status: 'draft',
      submittedAt: null,
      responseCount: 1,
    };
    const detail = {
      ...draft,
      partnershipId: twenteId,
      partnershipName: 'Partnerschap Twente Leert',
      dueOn: period.dueOn,
      instrumentVersion: 1,
      responses: [
        {
          id: '7cd39b8f-1da4-4f51-8c80-9b4d2e6f8a01',
          perspective: 'coordination',
          organisationId: null,
          respondentName: 'Priya Manders',
          mine: true,
          viaLink: false,
          version: 4,
          updatedAt: '2026-11-20T09:00:00.000Z',
          answers: { [first ?? '']: 3, [second ?? '']: 'dont_know', [third ?? '']: 2 },
          notes: [],
        },
      ],
      submissions: [],
      results: [],
    };
    const api = (assessments: unknown[]) =>
      mockApi({
        ...sessionOf(PROGRAMME_MANAGER),
        '/api/partnerships': () => jsonResponse({ items: PARTNERSHIP_SUMMARIES }),
        '/api/periods': () => jsonResponse({ items: [period] }),
        [`/api/partnerships/${twenteId}/assessments`]: () => jsonResponse({ items: assessments }),
        [`/api/assessments/${assessmentId}`]: () => jsonResponse(detail),
        '/api/instrument/versions/1': () => jsonResponse(INSTRUMENT),
        [`/api/partnerships/${twenteId}`]: () =>
          jsonResponse({ id: twenteId, name: 'Partnerschap Twente Leert', members: [] }),
      });

    it('puts the open self-assessment first, one click away, and the period bar leads there too', async () => {
      api([draft]);
      const { router, user } = await renderApp('/', { laterPaths: [`/assessments/${assessmentId}`] });

      // Four requests one after the other (session, period, the partnership's assessments, the assessment).
      const link = await screen.findByRole('link', {
        name: 'Zelfevaluatie 2026-Q4: 3 van 10 beantwoord, inleveren vóór 21 januari 2027',
      });
      expect(link).toHaveAttribute('href', `/assessments/${assessmentId}`);
      // First on the page: before the introduction and the list of partnerships.
      const lead = screen.getByText(/^Alle partnerschappen Samen Opleiden/);
      expect(link.compareDocumentPosition(lead) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(
        screen.getByRole('link', {
          name: 'Huidige periode: 2026-Q4, inleveren vóór 21 januari 2027 Naar je zelfevaluatie',
        }),
      ).toHaveAttribute('href', `/assessments/${assessmentId}`);

      await user.click(link);
      await waitFor(() => expect(router.state.location.pathname).toBe(`/assessments/${assessmentId}`));
    });

    it('offers to start the quarter’s assessment when it has not been started', async () => {
      api([]);
      await renderApp('/');

      expect(
        await screen.findByText('Zelfevaluatie 2026-Q4: nog niet begonnen, inleveren vóór 21 januari 2027'),
      ).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Zelfevaluatie 2026-Q4 starten' })).toBeInTheDocument();
      // Nothing to lead to yet: the period bar stays plain text.
      expect(screen.getByText(/^Huidige periode: 2026-Q4/).closest('a')).toBeNull();
    });

    it('says nothing once the quarter’s assessment is submitted', async () => {
      const fetchMock = api([{ ...draft, status: 'submitted', submittedAt: '2026-12-01T10:00:00.000Z' }]);
      await renderApp('/');
      await screen.findByRole('link', { name: 'Opleidingsschool Noorderlicht' });
      await waitFor(() =>
        expect(requestedUrls(fetchMock).map((url) => url.pathname)).toContain(
          `/api/partnerships/${twenteId}/assessments`,
        ),
      );
      expect(screen.getByText(/^Huidige periode: 2026-Q4/).closest('a')).toBeNull();
      expect(screen.queryByText(/^Zelfevaluatie 2026-Q4/)).not.toBeInTheDocument();
    });
  });
});
