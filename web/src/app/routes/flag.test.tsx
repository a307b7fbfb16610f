import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  CRITICAL_FRIEND,
  DECLINING_FLAG,
  EMPTY_INBOX,
  PARTNERSHIP_PEOPLE,
  PEER_REVIEW_ACTION,
  TWENTE_ID,
  WEAK_FLAG,
  flagDetail,
} from '../../../test/follow-up-fixtures.ts';
import { apiErrorResponse, jsonResponse, mockApi, requestsTo, sessionOf } from '../../../test/mock-api.ts';
import { renderApp } from '../../../test/render-app.tsx';

const FLAG_PATH = `/api/flags/${WEAK_FLAG.id}`;

function baseApi() {
  return {
    ...sessionOf(CRITICAL_FRIEND),
    '/api/periods': () => jsonResponse({ items: [] }),
    '/api/inbox': () => jsonResponse(EMPTY_INBOX),
    [`/api/partnerships/${TWENTE_ID}/people`]: () => jsonResponse({ items: PARTNERSHIP_PEOPLE }),
    // The good approaches beside the flag have a test of their own (good-approaches.test.tsx).
    [`/api/flags/${WEAK_FLAG.id}/good-approaches`]: () => jsonResponse({ items: [] }),
    [`/api/flags/${DECLINING_FLAG.id}/good-approaches`]: () => jsonResponse({ items: [] }),
    '/api/good-approaches': () => jsonResponse({ items: [], total: 0 }),
  };
}

describe('flag page', () => {
  it('acknowledges the flag and shows the step in its history', async () => {
    let detail = flagDetail();
    const fetchMock = mockApi({
      ...baseApi(),
      [FLAG_PATH]: () => jsonResponse(detail),
      [`${FLAG_PATH}/acknowledgement`]: () => {
        detail = flagDetail({
          flag: { ...WEAK_FLAG, status: 'acknowledged' },
          history: [
            ...detail.history,
            { event: 'acknowledged', at: '2026-10-02T10:00:00.000Z', actor: 'Frank de Vriend', note: null },
          ],
        });
        return jsonResponse(detail);
      },
    });
    const { user } = await renderApp(`/flags/${WEAK_FLAG.id}`);

    expect(await screen.findByText('Data en feedback scoort 1,8: zwak.')).toBeInTheDocument();
    const history = screen.getByRole('region', { name: 'Verloop' });
    expect(within(history).getAllByRole('listitem')).toHaveLength(1);
    expect(within(history).getByText(/door Koers/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Signaal oppakken' }));

    expect(await screen.findByText('Je hebt het signaal opgepakt.')).toBeInTheDocument();
    expect(requestsTo(fetchMock, `${FLAG_PATH}/acknowledgement`)).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Signaal oppakken' })).not.toBeInTheDocument();
    await waitFor(() => expect(within(history).getAllByRole('listitem')).toHaveLength(2));
    expect(within(history).getByText('Opgepakt')).toBeInTheDocument();
    expect(within(history).getByText(/door Frank de Vriend/)).toBeInTheDocument();
  });

  it('adds an action linked to the flag, owned by the friend unless chosen otherwise', async () => {
    let detail = flagDetail();
    const fetchMock = mockApi({
      ...baseApi(),
      [FLAG_PATH]: () => jsonResponse(detail),
      [`/api/partnerships/${TWENTE_ID}/actions`]: () => {
        detail = flagDetail({ actions: [PEER_REVIEW_ACTION] });
        return jsonResponse(PEER_REVIEW_ACTION, 201);
      },
    });
    const { user } = await renderApp(`/flags/${WEAK_FLAG.id}`);

    const form = await screen.findByRole('region', { name: 'Actie toevoegen' });
    // Without the required fields nothing is sent.
    await user.click(within(form).getByRole('button', { name: 'Actie toevoegen' }));
    expect(within(form).getByLabelText('Wat gaat er gebeuren?')).toHaveAttribute('aria-invalid', 'true');
    // An empty date says what is wanted.
    expect(within(form).getByLabelText('Uiterlijk klaar op')).toHaveAccessibleDescription('Vul een datum in.');
    expect(requestsTo(fetchMock, `/api/partnerships/${TWENTE_ID}/actions`)).toHaveLength(0);

    await user.type(within(form).getByLabelText('Wat gaat er gebeuren?'), 'Peer review with another partnership');
    await user.selectOptions(within(form).getByLabelText('Soort ondersteuning'), 'peer_review');
    await waitFor(() => expect(within(form).getByLabelText('Eigenaar')).toHaveValue(CRITICAL_FRIEND.id));
    await user.selectOptions(within(form).getByLabelText('Eigenaar'), 'Priya Manders — programmamanager');
    await user.type(within(form).getByLabelText('Uiterlijk klaar op'), '2027-01-15');
    await user.click(within(form).getByRole('button', { name: 'Actie toevoegen' }));

    expect(await within(form).findByText('De actie is toegevoegd.')).toBeInTheDocument();
    expect(requestsTo(fetchMock, `/api/partnerships/${TWENTE_ID}/actions`)[0]?.body).toEqual({
      theme: 4,
      description: 'Peer review with another partnership',
      ownerId: PARTNERSHIP_PEOPLE[0]?.id,
      dueOn: '2027-01-15',
      supportType: 'peer_review',
      flagIds: [WEAK_FLAG.id],
      goodApproachIds: [],
      peerPartnershipId: null,
    });
    const actions = screen.getByRole('region', { name: 'Acties bij dit signaal' });
    expect(
      await within(actions).findByRole('heading', { name: 'Peer review with another partnership' }),
    ).toBeInTheDocument();
    expect(within(actions).getByText('Peer review met een ander partnerschap')).toBeInTheDocument();
  });

  it('shows the API’s reason beside the field when the flag cannot close yet', async () => {
    mockApi({
      ...baseApi(),
      [FLAG_PATH]: () => jsonResponse(flagDetail({ actions: [PEER_REVIEW_ACTION] })),
      [`${FLAG_PATH}/closure`]: () =>
        apiErrorResponse(409, 'CONFLICT', 'Close a flag when its actions are done, or say why it is resolved', {
          details: [{ path: 'body.resolution', message: 'Give a reason, or finish the linked actions first' }],
        }),
    });
    const { user } = await renderApp(`/flags/${WEAK_FLAG.id}`);

    const form = await screen.findByRole('region', { name: 'Signaal afronden' });
    await user.click(within(form).getByRole('button', { name: 'Signaal afronden' }));

    const field = within(form).getByLabelText('Hoe is het opgelost?');
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription(/Verplicht als niet alle acties klaar zijn\./);
    expect(within(form).getByRole('alert')).toHaveTextContent('Dit botst met wat er al is vastgelegd.');
    await waitFor(() => expect(field).toHaveFocus());
  });

  it('shows what a flag carried on over quarters showed in each of them', async () => {
    mockApi({
      ...baseApi(),
      [FLAG_PATH]: () =>
        jsonResponse(
          flagDetail({
            readings: [
              {
                periodCode: '2026-Q2',
                severity: 'attention',
                reason: { nl: 'Data en feedback scoort 2,2.', en: 'Data and feedback scores 2.2.' },
                recordedAt: '2026-07-10T09:00:00.000Z',
              },
              {
                periodCode: '2026-Q3',
                severity: 'high',
                reason: WEAK_FLAG.reason,
                recordedAt: '2026-10-01T09:00:00.000Z',
              },
            ],
          }),
        ),
    });
    await renderApp(`/flags/${WEAK_FLAG.id}`);

    const readings = await screen.findByRole('region', { name: 'Per kwartaal' });
    const items = within(readings).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^2026-Q2.*Aandacht.*Data en feedback scoort 2,2\.$/),
      expect.stringMatching(/^2026-Q3.*Nu bespreken.*Data en feedback scoort 1,8: zwak\.$/),
    ]);
  });

  it('names the other flags an action answers by their kind and theme', async () => {
    const action = {
      ...PEER_REVIEW_ACTION,
      flags: [
        { id: WEAK_FLAG.id, kind: WEAK_FLAG.kind, theme: WEAK_FLAG.theme },
        { id: DECLINING_FLAG.id, kind: DECLINING_FLAG.kind, theme: DECLINING_FLAG.theme },
      ],
    };
    mockApi({ ...baseApi(), [FLAG_PATH]: () => jsonResponse(flagDetail({ actions: [action] })) });
    await renderApp(`/flags/${WEAK_FLAG.id}`);

    const actions = await screen.findByRole('region', { name: 'Acties bij dit signaal' });
    // This page's own flag needs no link back to it.
    expect(within(actions).getByRole('link', { name: 'Dalend (Procesmanagement)' })).toHaveAttribute(
      'href',
      `/flags/${DECLINING_FLAG.id}`,
    );
    expect(within(actions).queryByRole('link', { name: /Zwak thema/ })).not.toBeInTheDocument();
  });
  it('plans a peer review with another partnership the friend works with, and shows how far that side is', async () => {
    const amstelId = '0b6f2a1e-4c3d-4e8a-9b1f-2a7c5d9e1f07';
    const friendOfTwo = {
      ...CRITICAL_FRIEND,
      roles: [
        ...CRITICAL_FRIEND.roles,
        {
          id: '5ab17f6d-9b82-4d3f-8a6e-7f2b0c4d6e09',
          role: 'critical_friend' as const,
          partnershipId: amstelId,
          partnershipName: 'Samen Opleiden Amstel-Oost',
        },
      ],
      access: { ...CRITICAL_FRIEND.access, criticalFriendOf: [TWENTE_ID, amstelId] },
    };
    const planned = {
      ...PEER_REVIEW_ACTION,
      peerReview: {
        partnership: { id: amstelId, name: 'Samen Opleiden Amstel-Oost' },
        actionId: '7cd39b8f-1da4-4f51-8c80-9b4d2e6f8a99',
        status: 'in_progress' as const,
      },
    };
    let detail = flagDetail();
    const fetchMock = mockApi({
      ...baseApi(),
      ...sessionOf(friendOfTwo),
      [FLAG_PATH]: () => jsonResponse(detail),
      [`/api/partnerships/${TWENTE_ID}/actions`]: () => {
        detail = flagDetail({ actions: [planned] });
        return jsonResponse(planned, 201);
      },
    });
    const { user } = await renderApp(`/flags/${WEAK_FLAG.id}`);

    const form = await screen.findByRole('region', { name: 'Actie toevoegen' });
    expect(within(form).queryByLabelText('Met welk partnerschap?')).not.toBeInTheDocument();
    await user.type(within(form).getByLabelText('Wat gaat er gebeuren?'), 'Peer review op data');
    await user.selectOptions(within(form).getByLabelText('Soort ondersteuning'), 'peer_review');
    const peer = within(form).getByLabelText('Met welk partnerschap?');
    // Only the other partnership the friend works with; not Twente itself.
    expect(
      within(peer)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Geen ander partnerschap', 'Samen Opleiden Amstel-Oost']);
    await user.selectOptions(peer, amstelId);
    await user.type(within(form).getByLabelText('Uiterlijk klaar op'), '2027-02-01');
    await user.click(within(form).getByRole('button', { name: 'Actie toevoegen' }));

    await waitFor(() => expect(requestsTo(fetchMock, `/api/partnerships/${TWENTE_ID}/actions`)).toHaveLength(1));
    expect(requestsTo(fetchMock, `/api/partnerships/${TWENTE_ID}/actions`)[0]?.body).toMatchObject({
      supportType: 'peer_review',
      peerPartnershipId: amstelId,
    });
    const actions = screen.getByRole('region', { name: 'Acties bij dit signaal' });
    expect(await within(actions).findByText('Samen Opleiden Amstel-Oost (daar: Bezig)')).toBeInTheDocument();
  });
});
