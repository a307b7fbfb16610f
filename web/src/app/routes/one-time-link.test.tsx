import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  apiErrorResponse,
  emptyResponse,
  jsonResponse,
  mockApi,
  requestsTo,
  sessionOf,
} from '../../../test/mock-api.ts';
import { renderApp } from '../../../test/render-app.tsx';

const TOKEN = 'AbCdEfGhIjKlMnOpQrStUvWxYz_0123456789-';
const LINK_PATH = `/api/auth/one-time-links/${TOKEN}`;

describe('one-time link', () => {
  it('lets an invited person choose a password, then sends them to sign in', async () => {
    const fetchMock = mockApi({
      ...sessionOf(null),
      '/api/meta': () => jsonResponse({ demoAccounts: [], demoPassword: null }),
      '/api/auth/oidc': () => jsonResponse({ items: [] }),
      [LINK_PATH]: (_url, request) =>
        request.method === 'POST'
          ? emptyResponse()
          : jsonResponse({ purpose: 'invitation', displayName: 'Sanne de Vries' }),
    });
    const { router, user } = await renderApp(`/link/${TOKEN}`, { laterPaths: ['/login'] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom bij Koers' })).toBeInTheDocument();
    expect(screen.getByText(/Welkom, Sanne de Vries/)).toBeInTheDocument();

    await user.type(screen.getByLabelText('Nieuw wachtwoord'), 'kort');
    await user.click(screen.getByRole('button', { name: 'Account activeren' }));
    expect(screen.getByLabelText('Nieuw wachtwoord')).toHaveAccessibleDescription(/Vul minstens 8 tekens in\./);

    await user.clear(screen.getByLabelText('Nieuw wachtwoord'));
    await user.type(screen.getByLabelText('Nieuw wachtwoord'), 'een lange zin');
    await user.type(screen.getByLabelText('Herhaal het wachtwoord'), 'een andere zin');
    await user.click(screen.getByRole('button', { name: 'Account activeren' }));
    expect(screen.getByLabelText('Herhaal het wachtwoord')).toHaveAccessibleDescription(
      'De twee wachtwoorden zijn niet hetzelfde.',
    );

    await user.clear(screen.getByLabelText('Herhaal het wachtwoord'));
    await user.type(screen.getByLabelText('Herhaal het wachtwoord'), 'een lange zin');
    await user.click(screen.getByRole('button', { name: 'Account activeren' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(await screen.findByRole('status')).toHaveTextContent('Je wachtwoord is ingesteld.');
    expect(requestsTo(fetchMock, LINK_PATH).at(-1)?.body).toEqual({ password: 'een lange zin' });
  });

  it('shows why the server refused a password that is too easy to guess, beside the field', async () => {
    mockApi({
      ...sessionOf(null),
      '/api/meta': () => jsonResponse({ demoAccounts: [], demoPassword: null }),
      '/api/auth/oidc': () => jsonResponse({ items: [] }),
      [LINK_PATH]: (_url, request) =>
        request.method === 'POST'
          ? apiErrorResponse(400, 'PASSWORD_TOO_WEAK', 'Choose a password that is harder to guess', {
              details: [{ path: 'body.password', message: 'common' }],
            })
          : jsonResponse({ purpose: 'password_reset', displayName: 'Sanne de Vries' }),
    });
    const { user } = await renderApp(`/link/${TOKEN}`);

    await user.type(await screen.findByLabelText('Nieuw wachtwoord'), 'wachtwoord1');
    await user.type(screen.getByLabelText('Herhaal het wachtwoord'), 'wachtwoord1');
    await user.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Nieuw wachtwoord')).toHaveAccessibleDescription(
        /staat op lijsten van veelgebruikte of uitgelekte wachtwoorden/,
      ),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Kies een wachtwoord dat moeilijker te raden is.');
  });

  it('says so when the link has expired or was used', async () => {
    mockApi({
      ...sessionOf(null),
      [LINK_PATH]: () => apiErrorResponse(404, 'NOT_FOUND', 'Link not found'),
    });
    await renderApp(`/link/${TOKEN}`);

    expect(await screen.findByRole('heading', { name: 'Deze link werkt niet meer' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar inloggen' })).toHaveAttribute('href', '/login');
  });
});
