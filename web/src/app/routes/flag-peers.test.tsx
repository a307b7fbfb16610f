import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TContactRequest, TPeerSuggestion } from '@koers/shared/network';
import {
  CRITICAL_FRIEND,
  EMPTY_INBOX,
  PARTNERSHIP_PEOPLE,
  TWENTE_ID,
  WEAK_FLAG,
  flagDetail,
} from '../../../test/follow-up-fixtures.ts';
import { jsonResponse, mockApi, requestsTo, sessionOf } from '../../../test/mock-api.ts';
import { renderApp } from '../../../test/render-app.tsx';

const RIJNMOND_ID = '7d1e9a3c-5b2f-4c8e-a6d0-3f9b1c7e5a21';
const SUGGESTIONS_PATH = `/api/flags/${WEAK_FLAG.id}/peer-suggestions`;
const ASK_PATH = `/api/flags/${WEAK_FLAG.id}/contact-requests`;

const RIJNMOND: TPeerSuggestion = {
  partnershipId: RIJNMOND_ID,
  name: 'Opleidingsschool Rijnmond',
  region: 'Rotterdam-Rijnmond',
  sector: 'vo',
  scenario: 'A',
  sameScenario: true,
  sizeBand: 'large',
  description: 'Studenten en schoolopleiders evalueren elk blok samen.',
  themesOffered: [2, 4],
  contactRequest: null,
};

const OPEN_REQUEST: TContactRequest = {
  id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  flagId: WEAK_FLAG.id,
  theme: 4,
  status: 'open',
  asking: { partnershipId: TWENTE_ID, name: 'Partnerschap Twente Leert' },
  peer: { partnershipId: RIJNMOND_ID, name: 'Opleidingsschool Rijnmond' },
  askedByName: 'Frank de Vriend',
  message: 'Hoe zetten jullie de blokevaluatie op?',
  reply: null,
  createdAt: '2026-12-01T10:00:00.000Z',
  answeredAt: null,
  contact: null,
};

function api(suggestions: () => TPeerSuggestion[]) {
  return {
    ...sessionOf(CRITICAL_FRIEND),
    '/api/periods': () => jsonResponse({ items: [] }),
    '/api/inbox': () => jsonResponse(EMPTY_INBOX),
    [`/api/partnerships/${TWENTE_ID}/people`]: () => jsonResponse({ items: PARTNERSHIP_PEOPLE }),
    [`/api/flags/${WEAK_FLAG.id}`]: () => jsonResponse(flagDetail()),
    [SUGGESTIONS_PATH]: () => jsonResponse({ items: suggestions() }),
  };
}

describe('flag page: learn from a peer', () => {
  it('lets the critical friend ask a suggested partnership for contact, and then shows it waits for an answer', async () => {
    let suggestion = RIJNMOND;
    const fetchMock = mockApi({
      ...api(() => [suggestion]),
      [ASK_PATH]: () => {
        suggestion = { ...RIJNMOND, contactRequest: OPEN_REQUEST };
        return jsonResponse(OPEN_REQUEST, 201);
      },
    });
    const { user } = await renderApp(`/flags/${WEAK_FLAG.id}`);

    const section = await screen.findByRole('region', { name: 'Leren van een ander partnerschap' });
    expect(await within(section).findByRole('link', { name: 'Opleidingsschool Rijnmond' })).toHaveAttribute(
      'href',
      `/network/${RIJNMOND_ID}`,
    );
    expect(within(section).getByText(/Zelfde scenario/)).toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'Vraag om contact' }));
    const form = within(section).getByRole('form', { name: 'Vraag Opleidingsschool Rijnmond om contact' });
    await user.type(within(form).getByLabelText('Je bericht'), 'Hoe zetten jullie de blokevaluatie op?');
    await user.click(within(form).getByRole('button', { name: 'Verstuur verzoek' }));

    expect(await within(section).findByText('Wacht op antwoord')).toBeInTheDocument();
    expect(requestsTo(fetchMock, ASK_PATH)[0]?.body).toEqual({
      partnershipId: RIJNMOND_ID,
      message: 'Hoe zetten jullie de blokevaluatie op?',
    });
    // While a request is open, no second one is offered.
    expect(within(section).queryByRole('button', { name: 'Vraag om contact' })).not.toBeInTheDocument();
  });

  it('explains that only partnerships that chose to share appear when there is none', async () => {
    mockApi(api(() => []));
    await renderApp(`/flags/${WEAK_FLAG.id}`);

    const section = await screen.findByRole('region', { name: 'Leren van een ander partnerschap' });
    expect(await within(section).findByText(/alleen partnerschappen die zelf kozen/)).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Netwerk' })).toHaveAttribute('href', '/network');
  });
});
