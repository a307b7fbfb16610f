import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiErrorResponse, jsonResponse, mockApi, requestsTo, sessionOf } from '../../../test/mock-api.ts';
import { renderApp } from '../../../test/render-app.tsx';

const TOKEN = 'a'.repeat(64);
const OPT_OUT = `/api/reminder-opt-outs/${TOKEN}`;

describe('switching reminders off through the link in an email', () => {
  it('asks for a click (a mail scanner opening the link changes nothing), then says it worked', async () => {
    const fetchMock = mockApi({
      ...sessionOf(null),
      '/api/meta': () => jsonResponse({ demoAccounts: [], demoPassword: null }),
      [OPT_OUT]: () => new Response(null, { status: 204 }),
    });
    const { user } = await renderApp(`/reminders/opt-out/${TOKEN}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Herinneringen uitzetten' })).toBeInTheDocument();
    expect(requestsTo(fetchMock, OPT_OUT)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Zet herinneringen uit' }));

    expect(await screen.findByRole('status')).toHaveTextContent(/Gelukt: u ontvangt over deze uitnodiging geen/);
    expect(requestsTo(fetchMock, OPT_OUT).map((r) => r.method)).toEqual(['POST']);
  });

  it('says so when the link is unknown', async () => {
    mockApi({
      ...sessionOf(null),
      '/api/meta': () => jsonResponse({ demoAccounts: [], demoPassword: null }),
      [OPT_OUT]: () => apiErrorResponse(404, 'NOT_FOUND', 'Invitation not found'),
    });
    const { user } = await renderApp(`/reminders/opt-out/${TOKEN}`);
    await user.click(await screen.findByRole('button', { name: 'Zet herinneringen uit' }));
    expect(await screen.findByText(/Deze link klopt niet/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Zet herinneringen uit' })).not.toBeInTheDocument();
  });

  it('tells a link that cannot be one without asking the API', async () => {
    const fetchMock = mockApi({
      ...sessionOf(null),
      '/api/meta': () => jsonResponse({ demoAccounts: [], demoPassword: null }),
    });
    await renderApp('/reminders/opt-out/kapot');
    expect(await screen.findByText(/Deze link klopt niet/)).toBeInTheDocument();
    expect(requestsTo(fetchMock, '/api/reminder-opt-outs/kapot')).toEqual([]);
  });
});
