import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PARTNERSHIP_SUMMARIES, NOORDERLICHT_ID, PROGRAMME_MANAGER } from '../../../test/fixtures.ts';
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
    renderApp('/');

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
    const { router, user } = renderApp('/');
    await screen.findByRole('link', { name: 'Opleidingsschool Noorderlicht' });

    await user.selectOptions(screen.getByLabelText('Sector'), 'Primair onderwijs (po)');
    await waitFor(() => expect(router.state.location.search).toBe('?sector=po'));
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'Opleidingsschool Noorderlicht' })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('link', { name: 'Samen Opleiden Waddenkust' })).toBeInTheDocument();

    await user.type(screen.getByLabelText('Zoek op naam of regio'), 'fries');
    await waitFor(() => expect(router.state.location.search).toBe('?sector=po&search=fries'));
    await waitFor(() =>
      expect(requestedUrls(fetchMock).at(-1)?.searchParams.toString()).toBe('sector=po&search=fries'),
    );
    // The debounce means one request for the typed word, not one per letter.
    expect(requestedUrls(fetchMock).filter((url) => url.searchParams.has('search'))).toHaveLength(1);
  });

  it('takes its filters from the URL and ignores values the API would reject', async () => {
    const fetchMock = partnershipsApi();
    renderApp('/?sector=hbo&scenario=C&search=noord');

    await screen.findByRole('link', { name: 'Opleidingsschool Noorderlicht' });
    expect(screen.getByLabelText('Sector')).toHaveValue('');
    expect(screen.getByLabelText('Samenwerkingsscenario')).toHaveValue('C');
    expect(screen.getByLabelText('Zoek op naam of regio')).toHaveValue('noord');
    const listRequests = requestedUrls(fetchMock).filter((url) => url.pathname === '/api/partnerships');
    expect(listRequests[0]?.searchParams.toString()).toBe('scenario=C&search=noord');
  });

  it('says so when no partnership matches, and clears the filters on request', async () => {
    partnershipsApi();
    const { router, user } = renderApp('/?search=atlantis');

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
    const { user } = renderApp('/');

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
    renderApp('/');

    expect(await screen.findByRole('alert')).toHaveTextContent('De server is niet bereikbaar');
  });
});
