import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TContactRequest, TContactRequestList, TNetworkPortrait } from '@koers/shared/network';
import { PROGRAMME_MANAGER } from '../../../test/fixtures.ts';
import { EMPTY_INBOX, TWENTE_ID } from '../../../test/follow-up-fixtures.ts';
import { jsonResponse, mockApi, requestsTo, sessionOf } from '../../../test/mock-api.ts';
import { renderApp } from '../../../test/render-app.tsx';

const PORTRAIT_PATH = `/api/partnerships/${TWENTE_ID}/portrait`;
const REQUESTS_PATH = `/api/partnerships/${TWENTE_ID}/contact-requests`;
const REQUEST_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const ANSWER_PATH = `${REQUESTS_PATH}/${REQUEST_ID}/answer`;

const DRAFT: TNetworkPortrait = {
  partnershipId: TWENTE_ID,
  name: 'Partnerschap Twente Leert',
  region: 'Twente',
  sector: 'po',
  scenario: 'A',
  members: [],
  description: 'Samen leren in Twente.',
  sizeBand: 'medium',
  themesNow: [4],
  themesOffered: [3],
  contactName: 'Priya Manders',
  contactPersonId: PROGRAMME_MANAGER.id,
  publishedAt: null,
  updatedAt: '2026-12-01T10:00:00.000Z',
};

const INCOMING: TContactRequest = {
  id: REQUEST_ID,
  flagId: '6bc28a7e-0c93-4e40-9b7f-8a3c1d5e7f09',
  theme: 3,
  status: 'open',
  asking: { partnershipId: '7d1e9a3c-5b2f-4c8e-a6d0-3f9b1c7e5a21', name: 'Opleidingsschool Rijnmond' },
  peer: { partnershipId: TWENTE_ID, name: 'Partnerschap Twente Leert' },
  askedByName: 'Ricardo Martina',
  message: 'Hoe organiseren jullie intervisie tussen schoolopleiders?',
  reply: null,
  createdAt: '2026-12-01T10:00:00.000Z',
  answeredAt: null,
  contact: null,
};

describe('a partnership’s network portrait page', () => {
  it('lets the programme manager publish the draft and accept a contact request, after which the contact shows', async () => {
    let portrait = DRAFT;
    let requests: TContactRequestList = { incoming: [INCOMING], outgoing: [] };
    const fetchMock = mockApi({
      ...sessionOf(PROGRAMME_MANAGER),
      '/api/periods': () => jsonResponse({ items: [] }),
      '/api/inbox': () => jsonResponse(EMPTY_INBOX),
      [PORTRAIT_PATH]: () => jsonResponse({ portrait }),
      [`${PORTRAIT_PATH}/publication`]: () => {
        portrait = { ...DRAFT, publishedAt: '2026-12-02T10:00:00.000Z' };
        return jsonResponse({ portrait });
      },
      [REQUESTS_PATH]: () => jsonResponse(requests),
      [ANSWER_PATH]: () => {
        const answered: TContactRequest = {
          ...INCOMING,
          status: 'accepted',
          reply: 'Graag, bel me.',
          answeredAt: '2026-12-02T11:00:00.000Z',
          contact: { name: 'Ricardo Martina', email: 'rijnmond@demo.koers.nl' },
        };
        requests = { incoming: [answered], outgoing: [] };
        return jsonResponse(answered);
      },
    });
    const { user } = await renderApp(`/partnerships/${TWENTE_ID}/portrait`);

    const editor = await screen.findByRole('region', { name: 'Jullie portret' });
    expect(within(editor).getByText('Concept: nog niet gepubliceerd.')).toBeInTheDocument();
    const now = within(editor).getByRole('group', { name: 'Thema’s waar jullie nu aan werken' });
    expect(within(now).getByLabelText('Data en feedback')).toBeChecked();
    expect(within(now).getByLabelText('Samenwerken en leren')).not.toBeChecked();
    await user.click(within(editor).getByRole('button', { name: 'Publiceren in het netwerk' }));
    expect(await within(editor).findByRole('button', { name: 'Uit het netwerk halen' })).toBeInTheDocument();
    expect(requestsTo(fetchMock, `${PORTRAIT_PATH}/publication`)[0]?.method).toBe('PUT');

    const requestsSection = screen.getByRole('region', { name: 'Contactverzoeken' });
    expect(
      await within(requestsSection).findByText('Opleidingsschool Rijnmond vraagt om contact over Samenwerken en leren'),
    ).toBeInTheDocument();
    expect(within(requestsSection).queryByRole('link', { name: /@/ })).not.toBeInTheDocument();
    await user.type(within(requestsSection).getByLabelText('Reactie'), 'Graag, bel me.');
    await user.click(within(requestsSection).getByRole('button', { name: 'Accepteren' }));

    expect(await within(requestsSection).findByRole('link', { name: 'rijnmond@demo.koers.nl' })).toHaveAttribute(
      'href',
      'mailto:rijnmond@demo.koers.nl',
    );
    expect(requestsTo(fetchMock, ANSWER_PATH)[0]?.body).toEqual({ accept: true, reply: 'Graag, bel me.' });
  });
});
