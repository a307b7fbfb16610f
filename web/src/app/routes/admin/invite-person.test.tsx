import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TPerson } from '@koers/shared/people';
import { ADMIN, NOORDERLICHT_ID, ORGANISATIONS, PARTNERSHIP_SUMMARIES } from '../../../../test/fixtures.ts';
import {
  apiErrorResponse,
  CSRF_TOKEN,
  jsonResponse,
  mockApi,
  requestsTo,
  sessionOf,
} from '../../../../test/mock-api.ts';
import { renderApp } from '../../../../test/render-app.tsx';

const INVITED: TPerson = {
  id: '6bc28a7e-0c93-4e4a-9b7f-8a3c1d5e7f01',
  displayName: 'Sanne de Vries',
  email: 'sanne@school.nl',
  status: 'invited',
  createdAt: '2026-11-22T11:00:00.000Z',
  roles: [
    {
      id: '7cd39b8f-1da4-4f5b-8c80-9b4d2e6f8a01',
      role: 'critical_friend',
      partnershipId: NOORDERLICHT_ID,
      partnershipName: 'Opleidingsschool Noorderlicht',
    },
  ],
};
const INVITATION_URL = 'http://koers.test/link/abcdefghijklmnopqrstuvwxyz012345';

function inviteApi(invite: () => Response) {
  return mockApi({
    ...sessionOf(ADMIN),
    '/api/partnerships': () => jsonResponse({ items: PARTNERSHIP_SUMMARIES }),
    '/api/organisations': () => jsonResponse({ items: ORGANISATIONS }),
    '/api/people/invitations': invite,
  });
}

describe('inviting a person', () => {
  it('checks every field with the shared rules before sending anything', async () => {
    const fetchMock = inviteApi(() => jsonResponse({ person: INVITED, invitationUrl: null }, 201));
    const { user } = await renderApp('/admin/people/invite');

    await user.click(await screen.findByRole('button', { name: 'Uitnodiging maken' }));

    const name = screen.getByLabelText('Naam');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Vul minstens 2 tekens in.');
    expect(name).toHaveFocus();
    expect(screen.getByLabelText('E-mailadres')).toHaveAccessibleDescription(
      'Vul een geldig e-mailadres in, zoals naam@school.nl.',
    );
    expect(screen.getByLabelText('Rol')).toHaveAccessibleDescription('Maak een keuze.');

    // A role that lives in a partnership needs the partnership.
    await user.selectOptions(screen.getByLabelText('Rol'), 'Kritische vriend');
    await user.click(screen.getByRole('button', { name: 'Uitnodiging maken' }));
    expect(screen.getByLabelText('Partnerschap')).toHaveAccessibleDescription('Maak een keuze.');
    expect(requestsTo(fetchMock, '/api/people/invitations')).toEqual([]);
  });

  it('sends the invitation and shows the one-time link to pass on, with a copy button', async () => {
    const fetchMock = inviteApi(() => jsonResponse({ person: INVITED, invitationUrl: INVITATION_URL }, 201));
    const { user } = await renderApp('/admin/people/invite');

    await user.type(await screen.findByLabelText('Naam'), 'Sanne de Vries');
    await user.type(screen.getByLabelText('E-mailadres'), 'Sanne@School.nl');
    await user.selectOptions(screen.getByLabelText('Rol'), 'Kritische vriend');
    await user.selectOptions(screen.getByLabelText('Partnerschap'), 'Opleidingsschool Noorderlicht');
    await user.click(screen.getByRole('button', { name: 'Nog een rol toevoegen' }));
    await user.selectOptions(screen.getByLabelText('Rol 2'), 'Bestuurder');
    await user.selectOptions(screen.getByLabelText('Organisatie 2'), 'Stichting VO Groningen-Oost');
    await user.click(screen.getByRole('button', { name: 'Uitnodiging maken' }));

    const done = await screen.findByRole('region', { name: 'Sanne de Vries is uitgenodigd' });
    const link = within(done).getByLabelText('Uitnodigingslink');
    expect(link).toHaveValue(INVITATION_URL);
    expect(link).toHaveAttribute('readonly');

    await user.click(within(done).getByRole('button', { name: 'Kopieer link' }));
    // user-event stands in for the clipboard.
    await expect(navigator.clipboard.readText()).resolves.toBe(INVITATION_URL);
    expect(within(done).getByRole('status')).toHaveTextContent('De link is gekopieerd.');

    const [request] = requestsTo(fetchMock, '/api/people/invitations');
    expect(request?.headers.get('x-csrf-token')).toBe(CSRF_TOKEN);
    expect(request?.body).toEqual({
      email: 'sanne@school.nl',
      displayName: 'Sanne de Vries',
      roles: [
        { role: 'critical_friend', partnershipId: NOORDERLICHT_ID },
        { role: 'board_member', organisationId: ORGANISATIONS[1]?.id },
      ],
    });
    expect(within(done).getByRole('link', { name: 'Naar Sanne de Vries' })).toHaveAttribute(
      'href',
      `/admin/people/${INVITED.id}`,
    );
  });

  it('shows the API’s objection beside the field it is about', async () => {
    inviteApi(() =>
      apiErrorResponse(409, 'CONFLICT', 'Someone with this email address already has an account', {
        details: [{ path: 'body.email', message: 'Already in use' }],
      }),
    );
    const { user } = await renderApp('/admin/people/invite');

    await user.type(await screen.findByLabelText('Naam'), 'Sanne de Vries');
    await user.type(screen.getByLabelText('E-mailadres'), 'pm@demo.koers.nl');
    await user.selectOptions(screen.getByLabelText('Rol'), 'Beheerder');
    await user.click(screen.getByRole('button', { name: 'Uitnodiging maken' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Dit botst met wat er al is vastgelegd.');
    const email = screen.getByLabelText('E-mailadres');
    await waitFor(() => expect(email).toHaveAccessibleDescription('Dit is al in gebruik.'));
    expect(email).toHaveFocus();
  });
});
