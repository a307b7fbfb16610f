import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TNotice } from '@koers/shared/follow-up';
import { PROGRAMME_MANAGER } from '../../../test/fixtures.ts';
import { emptyResponse, jsonResponse, mockApi, requestsTo, sessionOf } from '../../../test/mock-api.ts';
import { renderApp } from '../../../test/render-app.tsx';

const NOTICES: TNotice[] = [
  {
    id: '8de4ac90-2eb5-4062-9d91-ac5e3f7a9001',
    kind: 'action_new',
    title: { nl: 'Nieuwe actie voor jou: peer review', en: 'A new action for you: peer review' },
    link: '/partnerships/0b6f2a1e-4c3d-4e8a-9b1f-2a7c5d9e1f03/actions',
    createdAt: '2026-10-02T09:00:00.000Z',
    readAt: null,
  },
  {
    id: '8de4ac90-2eb5-4062-9d91-ac5e3f7a9002',
    kind: 'review_new',
    title: { nl: 'Nieuwe review van Twente Leert', en: 'New review of Twente Leert' },
    link: '/assessments/9ef5bd01-3fc6-4173-8ea2-bd6f408b0001',
    createdAt: '2026-09-20T09:00:00.000Z',
    readAt: '2026-09-21T09:00:00.000Z',
  },
];

describe('inbox', () => {
  it('shows the unread count in the header and marks a notice read', async () => {
    let notices = NOTICES;
    const inbox = () => jsonResponse({ items: notices, unread: notices.filter((n) => n.readAt === null).length });
    const fetchMock = mockApi({
      ...sessionOf(PROGRAMME_MANAGER),
      '/api/periods': () => jsonResponse({ items: [] }),
      '/api/inbox': inbox,
      [`/api/inbox/${NOTICES[0]?.id}/read`]: () => {
        notices = notices.map((n) => ({ ...n, readAt: n.readAt ?? '2026-10-03T09:00:00.000Z' }));
        return emptyResponse();
      },
    });
    const { user } = await renderApp('/inbox');

    expect(await screen.findByRole('link', { name: 'Meldingen, 1 ongelezen' })).toHaveAttribute('href', '/inbox');
    expect(await screen.findByText('Nieuwe actie voor jou: peer review')).toBeInTheDocument();
    expect(screen.getByText('Nieuwe review van Twente Leert')).toBeInTheDocument();
    const unread = screen.getByText('Nieuwe actie voor jou: peer review').closest('li') as HTMLElement;
    expect(within(unread).getByText('Nieuw')).toBeInTheDocument();
    expect(within(unread).getByRole('link', { name: 'Bekijken: Nieuwe actie voor jou: peer review' })).toHaveAttribute(
      'href',
      NOTICES[0]?.link,
    );

    await user.click(
      within(unread).getByRole('button', { name: 'Markeer als gelezen: Nieuwe actie voor jou: peer review' }),
    );

    expect(requestsTo(fetchMock, `/api/inbox/${NOTICES[0]?.id}/read`)).toEqual([
      expect.objectContaining({ method: 'POST' }),
    ]);
    expect(await screen.findByRole('link', { name: 'Meldingen' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('button', { name: /Markeer als gelezen/ })).not.toBeInTheDocument());
    expect(screen.getByRole('heading', { name: '0 ongelezen' })).toBeInTheDocument();
  });

  it('marks every notice read at once', async () => {
    const fetchMock = mockApi({
      ...sessionOf(PROGRAMME_MANAGER),
      '/api/periods': () => jsonResponse({ items: [] }),
      '/api/inbox': () => jsonResponse({ items: NOTICES, unread: 1 }),
      '/api/inbox/read-all': () => emptyResponse(),
    });
    const { user } = await renderApp('/inbox');
    await user.click(await screen.findByRole('button', { name: 'Alles gelezen' }));
    await waitFor(() => expect(requestsTo(fetchMock, '/api/inbox/read-all')).toHaveLength(1));
  });
});
