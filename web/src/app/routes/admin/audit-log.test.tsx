import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ADMIN } from '../../../../test/fixtures.ts';
import { jsonResponse, mockApi, sessionOf } from '../../../../test/mock-api.ts';
import { renderApp } from '../../../../test/render-app.tsx';

describe('audit log page', () => {
  it('downloads the log of a chosen date range, and refuses a range the server would refuse', async () => {
    mockApi({
      ...sessionOf(ADMIN),
      '/api/periods': () => jsonResponse({ items: [] }),
      '/api/audit-log': () => jsonResponse({ items: [] }),
      '/api/partnerships': () => jsonResponse({ items: [] }),
      '/api/people': () => jsonResponse({ items: [] }),
    });
    const { user } = await renderApp('/admin/audit-log');
    const section = await screen.findByRole('region', { name: 'Auditlog downloaden' });
    const from = within(section).getByLabelText('Van');
    const to = within(section).getByLabelText('Tot en met');
    await user.clear(from);
    await user.type(from, '2026-01-01');
    await user.clear(to);
    await user.type(to, '2026-03-31');
    expect(within(section).getByRole('link', { name: 'CSV (Nederlandse Excel)' })).toHaveAttribute(
      'href',
      '/api/audit-log/export?format=csv&lang=nl&from=2026-01-01&to=2026-03-31',
    );

    // The end before the start: no link to a file that would only hold an error, and the field says why.
    await user.clear(to);
    await user.type(to, '2025-12-31');
    expect(within(section).queryByRole('link')).not.toBeInTheDocument();
    expect(within(section).getByText(/niet vóór de begindatum/)).toBeInTheDocument();
  });
});
