import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { TPartnership } from '@koers/shared/partnerships';
import { PROGRAMME_MANAGER } from '../../../test/fixtures.ts';
import { TWENTE_DASHBOARD } from '../../../test/dashboard-fixtures.ts';
import { DECLINING_FLAG, EMPTY_INBOX, PEER_REVIEW_ACTION, TWENTE_ID } from '../../../test/follow-up-fixtures.ts';
import { jsonResponse, mockApi, sessionOf } from '../../../test/mock-api.ts';
import { loadCharts, renderApp } from '../../../test/render-app.tsx';

const TWENTE: TPartnership = {
  id: TWENTE_ID,
  name: 'Partnerschap Twente Leert',
  region: 'Twente',
  sector: 'po',
  scenario: 'A',
  sharesWithBoard: true,
  members: [
    { id: '2c7e3b2f-5d4e-4f9b-8c2a-3b8d6e0f2a01', name: 'Hogeschool Oost-Nederland', kind: 'institute' },
    { id: '2c7e3b2f-5d4e-4f9b-8c2a-3b8d6e0f2a02', name: 'Stichting Openbaar Onderwijs Twente', kind: 'school_board' },
    { id: '2c7e3b2f-5d4e-4f9b-8c2a-3b8d6e0f2a03', name: 'De Esch', kind: 'school' },
    { id: '2c7e3b2f-5d4e-4f9b-8c2a-3b8d6e0f2a04', name: 'Het Twickel', kind: 'school' },
  ],
};

/** The first render loads the route's code and the charts lazily; a busy machine needs more than a second. */
/** Room for that first render and the charts on a machine shared with other work, above vitest's 5 s. */
const TEST_TIMEOUT = 20_000;

/** Twente Leert's quarter with two flags on one theme, so the report must keep them under one heading. */
const DASHBOARD = {
  ...TWENTE_DASHBOARD,
  flags: [
    ...TWENTE_DASHBOARD.flags,
    {
      ...DECLINING_FLAG,
      theme: 4 as const,
      reason: { nl: 'Data en feedback daalde 0,6 sinds 2026-Q2.', en: 'Data and feedback dropped 0.6 since 2026-Q2.' },
    },
  ],
};

function mockReport() {
  mockApi({
    ...sessionOf(PROGRAMME_MANAGER),
    '/api/periods': () => jsonResponse({ items: [] }),
    '/api/inbox': () => jsonResponse(EMPTY_INBOX),
    [`/api/partnerships/${TWENTE_ID}`]: () => jsonResponse(TWENTE),
    [`/api/partnerships/${TWENTE_ID}/dashboard`]: () => jsonResponse(DASHBOARD),
    [`/api/partnerships/${TWENTE_ID}/assessments`]: () => jsonResponse({ items: [] }),
    [`/api/partnerships/${TWENTE_ID}/actions`]: () => jsonResponse({ items: [PEER_REVIEW_ACTION] }),
  });
}

describe('partnership report', () => {
  beforeAll(loadCharts);

  it(
    'opens with who and when, then a summary: the five scores, what changed and each open flag once',
    async () => {
      mockReport();
      await renderApp(`/partnerships/${TWENTE_ID}/report`);

      const heading = await screen.findByRole('heading', { level: 1, name: 'Partnerschap Twente Leert' });
      const title = heading.closest('header');
      expect(title).toHaveTextContent('2026-Q3, vergeleken met 2026-Q2');
      expect(title).toHaveTextContent('Scenario A · Werkplekleren');
      expect(title).toHaveTextContent('Opleidingen: Hogeschool Oost-Nederland');
      expect(title).toHaveTextContent('Schoolbesturen: Stichting Openbaar Onderwijs Twente');
      expect(title).toHaveTextContent('2 scholen');

      const summary = screen.getByRole('region', { name: 'Samenvatting' });
      expect(summary).toHaveTextContent('Sinds 2026-Q2 steeg Belang en doel van de samenwerking het meest (+0,25).');
      expect(summary).toHaveTextContent('De grootste daling zit bij Data en feedback (-0,6).');
      expect(summary).toHaveTextContent('Er staan 2 signalen open');

      const scores = within(summary).getByRole('region', { name: 'Scores op de vijf kernthema’s' });
      const rows = within(within(scores).getByRole('table')).getAllByRole('row').slice(1);
      expect(rows).toHaveLength(5);
      DASHBOARD.themes.forEach((theme, index) => {
        const row = rows[index] as HTMLElement;
        expect(within(row).getByRole('rowheader')).toHaveTextContent(`${theme.theme}. ${theme.name.nl}`);
        const expected =
          theme.score === null
            ? '—'
            : theme.score.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 2 });
        expect(within(row).getAllByRole('cell')[0]).toHaveTextContent(expected);
      });

      // Both flags of theme 4 sit under one heading, and nowhere else on the page.
      const flags = within(summary).getByRole('region', { name: 'Open signalen' });
      const groups = within(flags)
        .getAllByRole('listitem')
        .filter((item) => item.parentElement?.parentElement === flags);
      expect(groups).toHaveLength(1);
      expect(groups[0]).toHaveTextContent(/^4\. Data en feedback/);
      for (const flag of DASHBOARD.flags) {
        expect(screen.getAllByText(flag.reason.nl, { exact: false })).toHaveLength(1);
        expect(within(groups[0] as HTMLElement).getByText(flag.reason.nl, { exact: false })).toBeInTheDocument();
      }

      const plan = screen.getByRole('region', { name: 'Actieplan' });
      expect(within(plan).getByText('Peer review with another partnership')).toBeInTheDocument();
    },
    TEST_TIMEOUT,
  );

  it(
    'opens the print dialog only once both charts are drawn',
    async () => {
      mockReport();
      const drawnWhenPrinted: string[] = [];
      // jsdom has no print dialog; what matters is what is on the page when it would open.
      vi.stubGlobal('print', () => {
        const figures = [...document.querySelectorAll('article [role="img"]')];
        drawnWhenPrinted.push(`${figures.filter((figure) => figure.querySelector('svg')).length}/${figures.length}`);
      });
      await renderApp(`/partnerships/${TWENTE_ID}/report`);

      await userEvent.click(await screen.findByRole('button', { name: 'Print / opslaan als PDF' }));
      await waitFor(() => expect(drawnWhenPrinted).toEqual(['2/2']));
    },
    TEST_TIMEOUT,
  );
});
