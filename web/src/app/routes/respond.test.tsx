import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiErrorResponse, jsonResponse, mockApi, sessionOf } from '../../../test/mock-api.ts';
import { renderApp } from '../../../test/render-app.tsx';

const TOKEN = 'AbCdEfGhIjKlMnOpQrStUvWxYz_0123456789-';

describe('a respondent’s link', () => {
  it('says plainly that the quarter has closed when the link has expired', async () => {
    mockApi({
      ...sessionOf(null),
      '/api/meta': () => jsonResponse({ demoAccounts: [], demoPassword: null }),
      [`/api/respond/${TOKEN}`]: () =>
        apiErrorResponse(410, 'LINK_EXPIRED', 'This link expired when its quarter closed'),
    });
    renderApp(`/respond/${TOKEN}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Dit kwartaal is afgesloten' })).toBeInTheDocument();
    expect(screen.getByText(/daarom opent hij niet meer/)).toBeInTheDocument();
    expect(document.title).toMatch(/^Dit kwartaal is afgesloten/);
  });

  it('tells a link that never existed apart from one that expired', async () => {
    mockApi({
      ...sessionOf(null),
      '/api/meta': () => jsonResponse({ demoAccounts: [], demoPassword: null }),
      [`/api/respond/${TOKEN}`]: () => apiErrorResponse(404, 'NOT_FOUND', 'Link not found'),
    });
    renderApp(`/respond/${TOKEN}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Deze link werkt niet' })).toBeInTheDocument();
  });
});
