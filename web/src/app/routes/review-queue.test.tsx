import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PROGRAMME_MANAGER } from '../../../test/fixtures.ts';
import {
  CRITICAL_FRIEND,
  DECLINING_FLAG,
  EMPTY_INBOX,
  WEAK_FLAG,
  queueItem,
} from '../../../test/follow-up-fixtures.ts';
import { jsonResponse, mockApi, sessionOf } from '../../../test/mock-api.ts';
import { renderApp } from '../../../test/render-app.tsx';

describe('review queue', () => {
  it('lists the open flags in the API’s order, with severity in words and overdue actions standing out', async () => {
    mockApi({
      ...sessionOf(CRITICAL_FRIEND),
      '/api/periods': () => jsonResponse({ items: [] }),
      '/api/inbox': () => jsonResponse(EMPTY_INBOX),
      '/api/review-queue': () =>
        jsonResponse({
          items: [
            queueItem(WEAK_FLAG, { actions: { total: 2, open: 1, overdue: 1 } }),
            queueItem(DECLINING_FLAG, { newSinceLastReview: false, lastReviewAt: '2026-09-15T09:00:00.000Z' }),
          ],
        }),
    });
    renderApp('/review-queue');

    expect(await screen.findByRole('heading', { level: 1, name: 'Reviewwachtrij' })).toBeInTheDocument();
    const rows = within(await screen.findByRole('table'))
      .getAllByRole('row')
      .slice(1);
    expect(rows).toHaveLength(2);

    const [first, second] = rows as [HTMLElement, HTMLElement];
    expect(within(first).getByRole('link', { name: 'Data en feedback scoort 1,8: zwak.' })).toHaveAttribute(
      'href',
      `/flags/${WEAK_FLAG.id}`,
    );
    expect(within(first).getByText('Nu bespreken')).toBeInTheDocument();
    expect(within(first).getByText('Data en feedback')).toBeInTheDocument();
    expect(within(first).getByText('Nieuw sinds laatste review')).toBeInTheDocument();
    expect(within(first).getByText('1 open van 2')).toBeInTheDocument();
    expect(within(first).getByText('1 over tijd')).toBeInTheDocument();

    expect(within(second).getByText('Aandacht')).toBeInTheDocument();
    expect(within(second).getByText('Procesmanagement daalde met 0,6.')).toBeInTheDocument();
    expect(within(second).queryByText('Nieuw sinds laatste review')).not.toBeInTheDocument();
    expect(within(second).getByText('Nog geen acties')).toBeInTheDocument();
  });

  it('shows the reason in English when English is chosen', async () => {
    mockApi({
      ...sessionOf(CRITICAL_FRIEND),
      '/api/periods': () => jsonResponse({ items: [] }),
      '/api/inbox': () => jsonResponse(EMPTY_INBOX),
      '/api/review-queue': () => jsonResponse({ items: [queueItem(WEAK_FLAG)] }),
    });
    const { user } = renderApp('/review-queue');
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'English (EN)' }));
    expect(await screen.findByRole('link', { name: 'Data and feedback scores 1.8: weak.' })).toBeInTheDocument();
  });

  it('offers the queue only to critical friends and admins', async () => {
    mockApi({
      ...sessionOf(PROGRAMME_MANAGER),
      '/api/periods': () => jsonResponse({ items: [] }),
      '/api/inbox': () => jsonResponse(EMPTY_INBOX),
    });
    renderApp('/review-queue');
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(nav).queryByRole('link', { name: 'Reviewwachtrij' })).not.toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Alleen voor kritische vrienden' })).toBeInTheDocument();
  });
});
