import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TSsoRequiredDomain } from '@koers/shared/sign-in-identities';
import { ADMIN, ORGANISATIONS } from '../../../../test/fixtures.ts';
import { jsonResponse, mockApi, requestsTo, sessionOf } from '../../../../test/mock-api.ts';
import { renderApp } from '../../../../test/render-app.tsx';

const NOORDERLICHT = ORGANISATIONS[0]?.id ?? '';
const SURF = { name: 'surf', label: 'SURFconext' };

/** The admin API for SSO-required domains, holding what is posted until it is deleted. */
function organisationsApi(providers: (typeof SURF)[]) {
  let domains: TSsoRequiredDomain[] = [];
  return mockApi({
    ...sessionOf(ADMIN),
    '/api/organisations': () => jsonResponse({ items: ORGANISATIONS }),
    '/api/auth/oidc': () => jsonResponse({ items: providers }),
    '/api/sso-domains': (_url, request) => {
      if (request.method === 'POST') {
        const body = request.body as Omit<TSsoRequiredDomain, 'createdAt'>;
        domains = [...domains, { ...body, createdAt: '2026-12-06T15:00:00.000Z' }];
        return jsonResponse(domains.at(-1), 201);
      }
      return jsonResponse({ items: domains });
    },
    '/api/sso-domains/noorderlicht.nl': () => {
      domains = [];
      return new Response(null, { status: 204 });
    },
  });
}

describe('requiring sign-in through the institution for an email domain', () => {
  it('requires it for a domain, lists it, and allows passwords again', async () => {
    const fetchMock = organisationsApi([SURF]);
    const { user } = await renderApp('/admin/organisations');

    const section = await screen.findByRole('region', { name: 'Inloggen via de instelling verplicht' });
    expect(await within(section).findByText(/Nog geen domeinen/)).toBeInTheDocument();
    await user.type(within(section).getByLabelText('E-maildomein'), '@Noorderlicht.nl');
    await user.selectOptions(within(section).getByLabelText('Organisatie'), 'Hogeschool Noorderlicht');
    expect(within(section).getByLabelText('Inloggen met')).toHaveValue('surf');
    await user.click(within(section).getByRole('button', { name: 'Verplicht stellen' }));

    expect(await within(section).findByRole('rowheader', { name: '@noorderlicht.nl' })).toBeInTheDocument();
    expect(requestsTo(fetchMock, '/api/sso-domains').find((r) => r.method === 'POST')?.body).toEqual({
      domain: 'noorderlicht.nl',
      organisationId: NOORDERLICHT,
      provider: 'surf',
    });
    const row = within(section).getByRole('row', { name: /@noorderlicht\.nl/ });
    expect(within(row).getByText('Hogeschool Noorderlicht')).toBeInTheDocument();
    expect(within(row).getByText('SURFconext')).toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: /^Wachtwoord weer toestaan/ }));
    await waitFor(() => expect(requestsTo(fetchMock, '/api/sso-domains/noorderlicht.nl')[0]?.method).toBe('DELETE'));
    expect(await within(section).findByText(/Nog geen domeinen/)).toBeInTheDocument();
  });

  it('checks the domain before sending it', async () => {
    const fetchMock = organisationsApi([SURF]);
    const { user } = await renderApp('/admin/organisations');

    const section = await screen.findByRole('region', { name: 'Inloggen via de instelling verplicht' });
    await user.type(within(section).getByLabelText('E-maildomein'), 'geen domein');
    await user.click(within(section).getByRole('button', { name: 'Verplicht stellen' }));

    expect(within(section).getByLabelText('E-maildomein')).toHaveAttribute('aria-invalid', 'true');
    expect(requestsTo(fetchMock, '/api/sso-domains').filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('says that a sign-in provider must be configured first, where there is none', async () => {
    organisationsApi([]);
    await renderApp('/admin/organisations');

    const section = await screen.findByRole('region', { name: 'Inloggen via de instelling verplicht' });
    expect(await within(section).findByText(/nog geen inlogdienst van een instelling ingesteld/)).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'Verplicht stellen' })).not.toBeInTheDocument();
  });
});
