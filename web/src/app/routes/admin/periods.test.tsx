import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TPeriod } from '@koers/shared/periods';
import { ADMIN } from '../../../../test/fixtures.ts';
import { jsonResponse, mockApi, requestsTo, sessionOf } from '../../../../test/mock-api.ts';
import { renderApp } from '../../../../test/render-app.tsx';

const PERIOD: TPeriod = {
  id: '5b1f0c2e-7d4a-4c1b-9e3f-6a2d8c0e4f17',
  code: '2027-Q1',
  opensOn: '2027-01-01',
  dueOn: '2027-04-21',
  reminderDays: [7, 2],
  current: true,
};

/** The periods API, holding what is patched. */
function periodsApi() {
  let period = PERIOD;
  return mockApi({
    ...sessionOf(ADMIN),
    '/api/periods': () => jsonResponse({ items: [period] }),
    [`/api/periods/${PERIOD.id}`]: (_url, request) => {
      period = { ...period, ...(request.body as Partial<TPeriod>) };
      return jsonResponse(period);
    },
  });
}

describe('a period’s reminder moments on the periods admin page', () => {
  it('shows them and lets the admin change them', async () => {
    const fetchMock = periodsApi();
    const { user } = await renderApp('/admin/periods');

    const row = await screen.findByRole('row', { name: /2027-Q1/ });
    expect(within(row).getByText('7, 2 dagen vooraf')).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: /^Wijzigen/ }));

    const form = screen.getByRole('form', { name: '2027-Q1' });
    const field = within(form).getByLabelText('Herinneringen');
    expect(field).toHaveValue('7, 2');
    await user.clear(field);
    await user.type(field, '14, 3');
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByText('14, 3 dagen vooraf')).toBeInTheDocument();
    const patch = requestsTo(fetchMock, `/api/periods/${PERIOD.id}`).find((r) => r.method === 'PATCH');
    expect(patch?.body).toMatchObject({ reminderDays: [14, 3] });
  });

  it('refuses what is not a list of days before sending it', async () => {
    const fetchMock = periodsApi();
    const { user } = await renderApp('/admin/periods');
    const row = await screen.findByRole('row', { name: /2027-Q1/ });
    await user.click(within(row).getByRole('button', { name: /^Wijzigen/ }));

    const form = screen.getByRole('form', { name: '2027-Q1' });
    const field = within(form).getByLabelText('Herinneringen');
    await user.clear(field);
    await user.type(field, 'volgende week');
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));

    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(requestsTo(fetchMock, `/api/periods/${PERIOD.id}`).filter((r) => r.method === 'PATCH')).toEqual([]);
  });
});
