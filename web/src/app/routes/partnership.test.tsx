import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NOORDERLICHT, NOORDERLICHT_ID, PROGRAMME_MANAGER } from '../../../test/fixtures.ts';
import { apiErrorResponse, jsonResponse, mockApi, requestedUrls, sessionOf } from '../../../test/mock-api.ts';
import { renderApp } from '../../../test/render-app.tsx';

describe('partnership page', () => {
  it('shows the partnership with its members grouped by kind', async () => {
    mockApi({
      ...sessionOf(PROGRAMME_MANAGER),
      [`/api/partnerships/${NOORDERLICHT_ID}`]: () => jsonResponse(NOORDERLICHT),
    });
    await renderApp(`/partnerships/${NOORDERLICHT_ID}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Opleidingsschool Noorderlicht' })).toBeInTheDocument();
    expect(screen.getByText('Groningen')).toBeInTheDocument();
    expect(screen.getByText('Scenario C · Samen leren')).toBeInTheDocument();

    const groups = [
      ['Opleidingen', ['Hogeschool Noorderlicht', 'Rijksuniversiteit Stad en Ommeland']],
      ['Schoolbesturen', ['Stichting VO Groningen-Oost']],
      ['Scholen', ['Zernike College', 'Ommeland Lyceum', 'Praktijkschool De Hunze']],
    ] as const;
    for (const [kind, names] of groups) {
      const group = screen.getByRole('region', { name: new RegExp(`^${kind}`) });
      expect(
        within(group)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual(names);
    }
    await waitFor(() => expect(document.title).toBe('Opleidingsschool Noorderlicht · Koers'));

    // Everything of the partnership the person may read, as one file made by the server.
    const everything = screen.getByRole('region', { name: 'Download alles' });
    const links = within(everything).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Excel (xlsx)', `/api/partnerships/${NOORDERLICHT_ID}/export?format=xlsx&lang=nl`],
      ['JSON', `/api/partnerships/${NOORDERLICHT_ID}/export?format=json&lang=nl`],
    ]);
  });

  it('says the partnership was not found when the API does not know it', async () => {
    mockApi({
      ...sessionOf(PROGRAMME_MANAGER),
      [`/api/partnerships/${NOORDERLICHT_ID}`]: () => apiErrorResponse(404, 'NOT_FOUND', 'Partnership not found'),
    });
    await renderApp(`/partnerships/${NOORDERLICHT_ID}`);

    expect(await screen.findByRole('heading', { name: 'Partnerschap niet gevonden' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Alle partnerschappen' })).toHaveAttribute('href', '/');
  });

  it('does not ask the API about an id that cannot exist', async () => {
    const fetchMock = mockApi({ ...sessionOf(PROGRAMME_MANAGER) });
    await renderApp('/partnerships/not-a-uuid');

    expect(await screen.findByRole('heading', { name: 'Partnerschap niet gevonden' })).toBeInTheDocument();
    // The shell asks for the current period and the inbox on every page, and records the person's
    // language; nothing asks about the partnership.
    expect(requestedUrls(fetchMock).map((url) => url.pathname)).toEqual(
      expect.arrayContaining(['/api/auth/session', '/api/inbox', '/api/periods', '/api/account/language']),
    );
    expect(requestedUrls(fetchMock)).toHaveLength(4);
  });
});
