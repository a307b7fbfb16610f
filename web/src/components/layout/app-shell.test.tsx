import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PARTNERSHIP_SUMMARIES } from '../../../test/fixtures.ts';
import { jsonResponse, mockApi } from '../../../test/mock-api.ts';
import { renderApp } from '../../../test/render-app.tsx';

describe('app shell', () => {
  it('offers a skip link, the main navigation and a main landmark', async () => {
    mockApi({ '/api/partnerships': () => jsonResponse({ items: PARTNERSHIP_SUMMARIES }) });
    renderApp('/');

    const skipLink = await screen.findByRole('link', { name: 'Naar de inhoud' });
    expect(skipLink).toHaveAttribute('href', '#main-content');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');

    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(nav).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Partnerschappen' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Vragenlijst' })).not.toHaveAttribute('aria-current');
  });

  it('switches the interface language, remembers the choice and sets the document language', async () => {
    mockApi({ '/api/partnerships': () => jsonResponse({ items: PARTNERSHIP_SUMMARIES }) });
    const { user } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Partnerschappen' });

    const dutch = screen.getByRole('button', { name: 'Nederlands (NL)' });
    const english = screen.getByRole('button', { name: 'English (EN)' });
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
  });

  it('shows a not-found page for an unknown address', async () => {
    mockApi({});
    renderApp('/nergens');

    expect(await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de partnerschappen' })).toHaveAttribute('href', '/');
  });
});
