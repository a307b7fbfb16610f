import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TCurrentUser } from '@koers/shared/auth';
import type { TApiToken } from '@koers/shared/api-tokens';
import { PROGRAMME_MANAGER } from '../../../test/fixtures.ts';
import { emptyResponse, jsonResponse, mockApi, requestsTo, sessionOf } from '../../../test/mock-api.ts';
import { renderApp } from '../../../test/render-app.tsx';

const SECRET = `koers_pat_${'Q'.repeat(43)}`;
const BI: TApiToken = {
  id: '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e01',
  name: 'Power BI stuurgroep',
  createdAt: '2026-11-02T09:00:00.000Z',
  expiresAt: '2027-01-31T09:00:00.000Z',
  lastUsedAt: '2026-11-20T07:30:00.000Z',
};

/** The token endpoints as a small in-memory store, so the page reads back what it changed. */
function tokenApi(initial: TApiToken[]) {
  let tokens = [...initial];
  return {
    '/api/account/notice-preferences': () => jsonResponse([]),
    '/api/account/api-tokens': (_url: URL, request: { method: string; body: unknown }) => {
      if (request.method === 'GET') return jsonResponse({ items: tokens });
      const { name } = request.body as { name: string };
      const token = { ...BI, id: '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e02', name, lastUsedAt: null };
      tokens = [token, ...tokens];
      return jsonResponse({ token, secret: SECRET }, 201);
    },
    [`/api/account/api-tokens/${BI.id}`]: () => {
      tokens = tokens.filter((t) => t.id !== BI.id);
      return emptyResponse(204);
    },
  };
}

describe('API tokens on the account page', () => {
  afterEach(() => vi.restoreAllMocks());

  it('creates a token, shows it once with a warning, and lists it without the secret', async () => {
    const fetchMock = mockApi({ ...sessionOf(PROGRAMME_MANAGER), ...tokenApi([BI]) });
    const { user } = await renderApp('/account');

    const section = await screen.findByRole('region', { name: 'API-sleutels' });
    expect(await within(section).findByRole('rowheader', { name: 'Power BI stuurgroep' })).toBeInTheDocument();
    await user.type(within(section).getByRole('textbox', { name: /Naam/ }), 'Tableau bestuur');
    await user.selectOptions(within(section).getByRole('combobox', { name: /Geldig/ }), '1 jaar');
    await user.click(within(section).getByRole('button', { name: 'Sleutel maken' }));

    const shown = await within(section).findByRole('textbox', { name: 'Je nieuwe API-sleutel “Tableau bestuur”' });
    expect(shown).toHaveValue(SECRET);
    expect(within(section).getByText(/kan hem niet nog eens laten zien/)).toBeInTheDocument();
    expect(requestsTo(fetchMock, '/api/account/api-tokens').filter((r) => r.method === 'POST')).toEqual([
      expect.objectContaining({ body: { name: 'Tableau bestuur', expiresInDays: 365 } }),
    ]);
    expect(await within(section).findByRole('rowheader', { name: 'Tableau bestuur' })).toBeInTheDocument();
    expect(within(section).getByRole('row', { name: /Tableau bestuur/ })).toHaveTextContent('Nog niet gebruikt');

    // Once stored, the secret is gone from the page for good.
    await user.click(within(section).getByRole('button', { name: 'Ik heb de sleutel bewaard' }));
    expect(screen.queryByDisplayValue(SECRET)).not.toBeInTheDocument();
    expect(document.body.textContent).not.toContain(SECRET);
  });

  it('revokes a token after asking', async () => {
    const fetchMock = mockApi({ ...sessionOf(PROGRAMME_MANAGER), ...tokenApi([BI]) });
    const { user } = await renderApp('/account');

    const section = await screen.findByRole('region', { name: 'API-sleutels' });
    await user.click(await within(section).findByRole('button', { name: 'Intrekken: Power BI stuurgroep' }));
    const dialog = screen.getByRole('alertdialog', { name: 'API-sleutel intrekken?' });
    expect(dialog).toHaveTextContent('Koppelingen die “Power BI stuurgroep” gebruiken');
    await user.click(within(dialog).getByRole('button', { name: 'Intrekken' }));

    expect(await screen.findByText('De sleutel “Power BI stuurgroep” is ingetrokken.')).toBeInTheDocument();
    expect(requestsTo(fetchMock, `/api/account/api-tokens/${BI.id}`).map((r) => r.method)).toEqual(['DELETE']);
    expect(await within(section).findByText('Je hebt nog geen API-sleutels.')).toBeInTheDocument();
  });

  it('is not there for a critical friend, who has no tokens to make', async () => {
    const friend: TCurrentUser = {
      ...PROGRAMME_MANAGER,
      roles: [{ ...PROGRAMME_MANAGER.roles[0], role: 'critical_friend' } as TCurrentUser['roles'][number]],
      access: {
        ...PROGRAMME_MANAGER.access,
        programmeManagerOf: [],
        criticalFriendOf: PROGRAMME_MANAGER.access.programmeManagerOf,
      },
    };
    const fetchMock = mockApi({ ...sessionOf(friend), ...tokenApi([]) });
    await renderApp('/account');

    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn account' })).toBeInTheDocument();
    await waitFor(() => expect(requestsTo(fetchMock, '/api/account/notice-preferences')).toHaveLength(1));
    expect(screen.queryByRole('region', { name: 'API-sleutels' })).not.toBeInTheDocument();
    expect(requestsTo(fetchMock, '/api/account/api-tokens')).toEqual([]);
  });
});
