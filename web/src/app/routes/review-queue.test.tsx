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
            queueItem(WEAK_FLAG, { sincePeriodCode: '2026-Q2', actions: { total: 2, open: 1, overdue: 1 } }),
            queueItem(DECLINING_FLAG, { newSinceLastReview: false, lastReviewAt: '2026-09-15T09:00:00.000Z' }),
          ],
          total: 2,
        }),
    });
    await renderApp('/review-queue');

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
    // Carried on from the quarter before: one row for both quarters.
    expect(within(first).getByText(/2026-Q2 t\/m 2026-Q3/)).toBeInTheDocument();

    expect(within(second).getByText('Aandacht')).toBeInTheDocument();
    expect(within(second).getByText('Procesmanagement daalde met 0,6.')).toBeInTheDocument();
    expect(within(second).queryByText('Nieuw sinds laatste review')).not.toBeInTheDocument();
    expect(within(second).getByText('Nog geen acties')).toBeInTheDocument();
    expect(within(second).queryByText(/t\/m/)).not.toBeInTheDocument();
  });

  it('offers the whole queue, every page, as Excel or CSV', async () => {
    mockApi({
      ...sessionOf(CRITICAL_FRIEND),
      '/api/periods': () => jsonResponse({ items: [] }),
      '/api/inbox': () => jsonResponse(EMPTY_INBOX),
      '/api/review-queue': () => jsonResponse({ items: [queueItem(WEAK_FLAG)], total: 1 }),
    });
    await renderApp('/review-queue');
    const downloads = await screen.findByRole('group', { name: 'Download: Reviewwachtrij' });
    expect(within(downloads).getByRole('link', { name: 'CSV (Nederlandse Excel)' })).toHaveAttribute(
      'href',
      '/api/review-queue/export?format=csv&lang=nl',
    );
    expect(within(downloads).getByRole('link', { name: 'Excel (xlsx)' })).toHaveAttribute('download');
  });

  it('shows the reason in English when English is chosen', async () => {
    mockApi({
      ...sessionOf(CRITICAL_FRIEND),
      '/api/periods': () => jsonResponse({ items: [] }),
      '/api/inbox': () => jsonResponse(EMPTY_INBOX),
      '/api/review-queue': () => jsonResponse({ items: [queueItem(WEAK_FLAG)], total: 1 }),
    });
    const { user } = await renderApp('/review-queue');
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'EN, English' }));
    expect(await screen.findByRole('link', { name: 'Data and feedback scores 1.8: weak.' })).toBeInTheDocument();
  });

  it('pages through a long queue, keeping the page in the address', async () => {
    const pagesAsked: (string | null)[] = [];
    mockApi({
      ...sessionOf(CRITICAL_FRIEND),
      '/api/periods': () => jsonResponse({ items: [] }),
      '/api/inbox': () => jsonResponse(EMPTY_INBOX),
      '/api/review-queue': (url) => {
        pagesAsked.push(url.searchParams.get('page'));
        const flag = url.searchParams.get('page') === '2' ? DECLINING_FLAG : WEAK_FLAG;
        return jsonResponse({ items: [queueItem(flag)], total: 60 });
      },
    });
    const { user, router } = await renderApp('/review-queue');
    expect(await screen.findByText('60 open signalen')).toBeInTheDocument();
    const pages = screen.getByRole('navigation', { name: 'Pagina’s van de reviewwachtrij' });
    expect(within(pages).getByText('Pagina 1 van 3')).toBeInTheDocument();
    expect(within(pages).getByRole('button', { name: 'Vorige' })).toBeDisabled();

    await user.click(within(pages).getByRole('button', { name: 'Volgende' }));
    expect(await screen.findByText('Procesmanagement daalde met 0,6.')).toBeInTheDocument();
    expect(within(pages).getByText('Pagina 2 van 3')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?page=2');
    expect(pagesAsked).toEqual(['1', '2']);
  });

  it('points back to the first page when closed flags have left a bookmarked page empty', async () => {
    mockApi({
      ...sessionOf(CRITICAL_FRIEND),
      '/api/periods': () => jsonResponse({ items: [] }),
      '/api/inbox': () => jsonResponse(EMPTY_INBOX),
      '/api/review-queue': (url) =>
        jsonResponse(
          url.searchParams.get('page') === '1' ? { items: [queueItem(WEAK_FLAG)], total: 1 } : { items: [], total: 1 },
        ),
    });
    const { user } = await renderApp('/review-queue?page=4');
    expect(await screen.findByRole('heading', { name: 'Deze pagina is leeg' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Naar de eerste pagina' }));
    expect(await screen.findByRole('link', { name: 'Data en feedback scoort 1,8: zwak.' })).toBeInTheDocument();
  });

  it('offers the queue only to critical friends and admins', async () => {
    mockApi({
      ...sessionOf(PROGRAMME_MANAGER),
      '/api/periods': () => jsonResponse({ items: [] }),
      '/api/inbox': () => jsonResponse(EMPTY_INBOX),
    });
    await renderApp('/review-queue');
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(nav).queryByRole('link', { name: 'Reviewwachtrij' })).not.toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Alleen voor kritische vrienden' })).toBeInTheDocument();
  });
});
