import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TRespondentView } from '@koers/shared/assessments';
import { INSTRUMENT } from '../../../test/fixtures.ts';
import { apiErrorResponse, jsonResponse, mockApi, requestsTo, sessionOf } from '../../../test/mock-api.ts';
import { renderApp } from '../../../test/render-app.tsx';

const TOKEN = 'AbCdEfGhIjKlMnOpQrStUvWxYz_0123456789-';
const LINK_PATH = `/api/respond/${TOKEN}`;
const EXPIRED = () => apiErrorResponse(410, 'LINK_EXPIRED', 'This link expired when its quarter closed');

const VIEW: TRespondentView = {
  partnershipName: 'Partnerschap Twente Leert',
  periodCode: '2026-Q4',
  dueOn: '2027-01-21',
  status: 'draft',
  instrumentVersion: 1,
  invitedByEmail: false,
  response: {
    id: '7cd39b8f-1da4-4f51-8c80-9b4d2e6f8a02',
    perspective: 'school',
    organisationId: '0b6f2a1e-4c3d-4e8a-9b1f-2a7c5d9e1f09',
    respondentName: 'Rika Respondent',
    mine: false,
    viaLink: true,
    version: 1,
    updatedAt: '2026-11-22T10:00:00.000Z',
    answers: {},
    notes: [],
  },
};

describe('a respondent’s link', () => {
  // A clock that runs by itself, so requests and renders go on as usual, and that a test can move on.
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says plainly that the quarter has closed when the link has expired', async () => {
    mockApi({
      ...sessionOf(null),
      '/api/meta': () => jsonResponse({ demoAccounts: [], demoPassword: null }),
      [`/api/respond/${TOKEN}`]: () =>
        apiErrorResponse(410, 'LINK_EXPIRED', 'This link expired when its quarter closed'),
    });
    await renderApp(`/respond/${TOKEN}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Dit kwartaal is afgesloten' })).toBeInTheDocument();
    expect(screen.getByText(/daarom opent hij niet meer/)).toBeInTheDocument();
    expect(document.title).toMatch(/^Dit kwartaal is afgesloten/);
  });

  it('tells a link that never existed apart from one that expired', async () => {
    mockApi({
      ...sessionOf(null),
      '/api/meta': () => jsonResponse({ demoAccounts: [], demoPassword: null }),
      [LINK_PATH]: () => apiErrorResponse(404, 'NOT_FOUND', 'Link not found'),
    });
    await renderApp(`/respond/${TOKEN}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Deze link werkt niet' })).toBeInTheDocument();
  });

  it('lets a respondent invited by email say they are done, and thanks them', async () => {
    const fetchMock = mockApi({
      ...sessionOf(null),
      '/api/meta': () => jsonResponse({ demoAccounts: [], demoPassword: null }),
      '/api/instrument/versions/1': () => jsonResponse(INSTRUMENT),
      [LINK_PATH]: () => jsonResponse({ ...VIEW, invitedByEmail: true }),
      [`${LINK_PATH}/completion`]: () => new Response(null, { status: 204 }),
    });
    const { user } = await renderApp(`/respond/${TOKEN}`);

    await user.click(await screen.findByRole('button', { name: 'Ik ben klaar' }));
    expect(await screen.findByText('Dank je wel. De programmamanager ziet dat je klaar bent.')).toBeInTheDocument();
    expect(requestsTo(fetchMock, `${LINK_PATH}/completion`).map((r) => r.method)).toEqual(['POST']);
  });

  it('offers no "done" to a respondent whose link was handed over by hand', async () => {
    mockApi({
      ...sessionOf(null),
      '/api/meta': () => jsonResponse({ demoAccounts: [], demoPassword: null }),
      '/api/instrument/versions/1': () => jsonResponse(INSTRUMENT),
      [LINK_PATH]: () => jsonResponse(VIEW),
    });
    await renderApp(`/respond/${TOKEN}`);

    await screen.findByRole('group', { name: /^1\.1 / });
    expect(screen.queryByRole('button', { name: 'Ik ben klaar' })).not.toBeInTheDocument();
  });

  it('shows the closed quarter when it closes while the respondent is answering', async () => {
    let closed = false;
    const fetchMock = mockApi({
      ...sessionOf(null),
      '/api/meta': () => jsonResponse({ demoAccounts: [], demoPassword: null }),
      '/api/instrument/versions/1': () => jsonResponse(INSTRUMENT),
      [LINK_PATH]: (_url, request) => {
        if (request.method === 'PUT') closed = true;
        return closed ? EXPIRED() : jsonResponse(VIEW);
      },
    });
    const { user } = await renderApp(`/respond/${TOKEN}`);

    const indicator = await screen.findByRole('group', { name: /^1\.1 / });
    await user.click(within(indicator).getByRole('radio', { name: /^3 Functionerend/ }));
    // The answer is saved after the editor's pause of a second; the clock is moved past it.
    await act(() => vi.advanceTimersByTimeAsync(1000));

    expect(await screen.findByRole('heading', { level: 1, name: 'Dit kwartaal is afgesloten' })).toBeInTheDocument();
    expect(requestsTo(fetchMock, LINK_PATH).filter((r) => r.method === 'PUT')).toHaveLength(1);
  });
});
