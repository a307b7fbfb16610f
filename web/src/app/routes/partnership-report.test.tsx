import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PROGRAMME_MANAGER } from '../../../test/fixtures.ts';
import { TWENTE_DASHBOARD } from '../../../test/dashboard-fixtures.ts';
import { EMPTY_INBOX, PEER_REVIEW_ACTION, TWENTE_ID } from '../../../test/follow-up-fixtures.ts';
import { jsonResponse, mockApi, sessionOf } from '../../../test/mock-api.ts';
import { renderApp } from '../../../test/render-app.tsx';

describe('partnership report', () => {
  it('puts the five theme scores, the open flags and the action plan on one printable page', async () => {
    mockApi({
      ...sessionOf(PROGRAMME_MANAGER),
      '/api/periods': () => jsonResponse({ items: [] }),
      '/api/inbox': () => jsonResponse(EMPTY_INBOX),
      [`/api/partnerships/${TWENTE_ID}/dashboard`]: () => jsonResponse(TWENTE_DASHBOARD),
      [`/api/partnerships/${TWENTE_ID}/assessments`]: () => jsonResponse({ items: [] }),
      [`/api/partnerships/${TWENTE_ID}/actions`]: () => jsonResponse({ items: [PEER_REVIEW_ACTION] }),
    });
    renderApp(`/partnerships/${TWENTE_ID}/report`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Partnerschap Twente Leert' })).toBeInTheDocument();
    const scores = screen.getByRole('region', { name: 'Scores op de vijf kernthema’s' });
    const rows = within(within(scores).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(5);
    TWENTE_DASHBOARD.themes.forEach((theme, index) => {
      const row = rows[index] as HTMLElement;
      expect(within(row).getByRole('rowheader')).toHaveTextContent(`${theme.theme}. ${theme.name.nl}`);
      const expected =
        theme.score === null
          ? '—'
          : theme.score.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 2 });
      expect(within(row).getAllByRole('cell')[0]).toHaveTextContent(expected);
    });

    const flags = screen.getByRole('region', { name: 'Open signalen' });
    for (const flag of TWENTE_DASHBOARD.flags) expect(within(flags).getByText(flag.reason.nl)).toBeInTheDocument();
    const plan = screen.getByRole('region', { name: 'Actieplan' });
    expect(within(plan).getByText('Peer review with another partnership')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print / opslaan als PDF' })).toBeInTheDocument();
  });
});
