import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ADMIN, PARTNERSHIP_SUMMARIES, PROGRAMME_MANAGER } from '../../../test/fixtures.ts';
import { jsonResponse, mockApi, requestsTo, sessionOf } from '../../../test/mock-api.ts';
import { renderApp } from '../../../test/render-app.tsx';

describe('app shell', () => {
  it('offers a skip link, the main navigation and a main landmark', async () => {
    mockApi({
      ...sessionOf(PROGRAMME_MANAGER),
      '/api/partnerships': () => jsonResponse({ items: PARTNERSHIP_SUMMARIES }),
    });
    await renderApp('/');

    const skipLink = await screen.findByRole('link', { name: 'Naar de inhoud' });
    expect(skipLink).toHaveAttribute('href', '#main-content');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');

    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    expect(nav).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Partnerschappen' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Vragenlijst' })).not.toHaveAttribute('aria-current');
  });

  it('switches the interface language, remembers the choice and sets the document language', async () => {
    const api = mockApi({
      ...sessionOf(PROGRAMME_MANAGER),
      '/api/partnerships': () => jsonResponse({ items: PARTNERSHIP_SUMMARIES }),
    });
    const { user } = await renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Partnerschappen' });

    const dutch = screen.getByRole('button', { name: 'NL, Nederlands' });
    const english = screen.getByRole('button', { name: 'EN, English' });
    expect(dutch).toHaveAttribute('aria-pressed', 'true');
    expect(english).toHaveAttribute('aria-pressed', 'false');
    expect(document.documentElement).toHaveAttribute('lang', 'nl');

    await user.click(english);

    expect(screen.getByRole('heading', { level: 1, name: 'Partnerships' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main menu' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Questionnaire' })).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(within(table).getByText('Secondary education (vo)')).toBeInTheDocument();
    expect(within(table).getByText('6 organisations')).toBeInTheDocument();
    expect(english).toHaveAttribute('aria-pressed', 'true');
    expect(dutch).toHaveAttribute('aria-pressed', 'false');
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(localStorage.getItem('koers.language')).toBe('en');
    await waitFor(() => expect(document.title).toBe('Partnerships · Koers'));
    // Koers writes to the person in the language they use: recorded when signed in, and at the switch.
    await waitFor(() =>
      expect(requestsTo(api, '/api/account/language').map((r) => [r.method, r.body])).toEqual([
        ['PUT', { language: 'nl' }],
        ['PUT', { language: 'en' }],
      ]),
    );
  });

  it('shows an admin the Beheer section with its nine parts', async () => {
    mockApi({
      ...sessionOf(ADMIN),
      '/api/partnerships': () => jsonResponse({ items: PARTNERSHIP_SUMMARIES }),
      '/api/people': () => jsonResponse({ items: [] }),
    });
    const { user } = await renderApp('/', { laterPaths: ['/admin/people'] });

    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Partnerschappen', 'Bestuursoverzicht', 'Reviewwachtrij', 'Leernetwerk', 'Vragenlijst', 'Beheer']);

    await user.click(within(nav).getByRole('link', { name: 'Beheer' }));
    const adminNav = await screen.findByRole('navigation', { name: 'Beheer' });
    expect(
      within(adminNav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Organisaties',
      'Partnerschappen beheren',
      'Mensen',
      'Importeren',
      'Periodes',
      'Vragenlijstversies',
      'Signaalregels',
      'Wachtrij',
      'Auditlog',
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Mensen' })).toBeInTheDocument();
  });

  it('shows a programme manager no Beheer, and no admin pages even by address', async () => {
    mockApi({
      ...sessionOf(PROGRAMME_MANAGER),
      '/api/partnerships': () => jsonResponse({ items: PARTNERSHIP_SUMMARIES }),
    });
    await renderApp('/');

    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Partnerschappen', 'Leernetwerk', 'Vragenlijst']);
    expect(screen.queryByRole('link', { name: 'Beheer' })).not.toBeInTheDocument();

    cleanup();
    await renderApp('/admin/people');
    expect(await screen.findByRole('heading', { name: 'Geen toegang' })).toBeInTheDocument();
  });

  it('opens the account menu with the person’s name, and closes it with Escape', async () => {
    mockApi({
      ...sessionOf(PROGRAMME_MANAGER),
      '/api/partnerships': () => jsonResponse({ items: PARTNERSHIP_SUMMARIES }),
    });
    const { user } = await renderApp('/');

    const trigger = await screen.findByRole('button', { name: /Priya Manders/ });
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('link', { name: 'Mijn account' })).not.toBeInTheDocument();

    await user.click(trigger);
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('pm@demo.koers.nl')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Mijn account' })).toHaveAttribute('href', '/account');
    expect(screen.getByRole('button', { name: 'Uitloggen' })).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(trigger).toHaveFocus();
  });

  it('keeps the account menu open through a redirect, and closes it when the person goes elsewhere', async () => {
    mockApi({
      ...sessionOf(PROGRAMME_MANAGER),
      '/api/partnerships': () => jsonResponse({ items: PARTNERSHIP_SUMMARIES }),
    });
    const { router, user } = await renderApp('/', { laterPaths: ['/account'] });
    const trigger = await screen.findByRole('button', { name: /Priya Manders/ });
    await user.click(trigger);

    // As a page does that puts its address right while it loads.
    await act(() => router.navigate('/?sort=name', { replace: true }));
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: 'Uitloggen' })).toBeVisible();

    await user.click(screen.getByRole('link', { name: 'Mijn account' }));
    // The account page loads after the click: wait for the address to move, then for the menu to close.
    await waitFor(() => expect(router.state.location.pathname).toBe('/account'));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /Priya Manders/ })).toHaveAttribute('aria-expanded', 'false'),
    );
  });

  it('shows a not-found page for an unknown address', async () => {
    mockApi({ ...sessionOf(PROGRAMME_MANAGER) });
    await renderApp('/nergens');

    expect(await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de partnerschappen' })).toHaveAttribute('href', '/');
  });
});
