import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TPerson } from '@koers/shared/people';
import type { TPersonSignIn } from '@koers/shared/sign-in-identities';
import { ADMIN, ORGANISATIONS, PARTNERSHIP_SUMMARIES } from '../../../../test/fixtures.ts';
import {
  apiErrorResponse,
  emptyResponse,
  jsonResponse,
  mockApi,
  requestsTo,
  sessionOf,
} from '../../../../test/mock-api.ts';
import { renderApp } from '../../../../test/render-app.tsx';

const LOST: TPerson = {
  id: '8de40c9a-2eb5-4a6c-9d91-ac5e3f7a9b01',
  displayName: 'Joost Kwijt',
  email: 'joost@school.nl',
  status: 'active',
  createdAt: '2026-11-22T11:00:00.000Z',
  roles: [{ id: '9ef51dab-3fc6-4b7d-8ea2-bd6f4a8b0c01', role: 'admin' }],
};
const BASE = `/api/people/${LOST.id}`;
const SURF = { name: 'surf', label: 'SURFconext' };

/** The admin API for one person's ways of signing in, holding what changes until it is read again. */
function personApi(person: TPerson, start: TPersonSignIn) {
  let signIn = start;
  return mockApi({
    ...sessionOf(ADMIN),
    '/api/partnerships': () => jsonResponse({ items: PARTNERSHIP_SUMMARIES }),
    '/api/organisations': () => jsonResponse({ items: ORGANISATIONS }),
    '/api/auth/oidc': () => jsonResponse({ items: [SURF] }),
    [`/api/people/${person.id}`]: () => jsonResponse(person),
    [`/api/people/${person.id}/sign-in`]: () => jsonResponse(signIn),
    [`/api/people/${person.id}/second-factor`]: () => {
      signIn = { ...signIn, secondFactor: false };
      return emptyResponse();
    },
    [`/api/people/${person.id}/passkeys`]: () => {
      signIn = { ...signIn, passkeys: 0 };
      return emptyResponse();
    },
    [`/api/people/${person.id}/sign-in-identities`]: (_url, request) => {
      const body = request.body as { provider: string; subject: string };
      if (body.subject === 'van-iemand-anders') {
        return apiErrorResponse(409, 'CONFLICT', 'This subject already belongs to someone', {
          details: [{ path: 'body.subject', message: 'Already belongs to someone else' }],
        });
      }
      const identity = { ...body, createdAt: '2026-12-06T15:00:00.000Z', lastUsedAt: null };
      signIn = { ...signIn, identities: [identity] };
      return jsonResponse(identity, 201);
    },
  });
}

describe("an admin tends someone's ways of signing in", () => {
  it('resets two-step sign-in only after the dialog is confirmed', async () => {
    const fetchMock = personApi(LOST, { identities: [], secondFactor: true, passkeys: 0 });
    const { user } = await renderApp(`/admin/people/${LOST.id}`);

    const part = await screen.findByRole('group', { name: 'Inloggen in twee stappen' });
    expect(within(part).getByText('Deze persoon gebruikt een authenticator-app.')).toBeInTheDocument();
    await user.click(within(part).getByRole('button', { name: 'Inloggen in twee stappen opnieuw instellen…' }));

    let dialog = screen.getByRole('alertdialog', {
      name: 'Inloggen in twee stappen van Joost Kwijt opnieuw instellen?',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(requestsTo(fetchMock, `${BASE}/second-factor`)).toEqual([]);

    await user.click(within(part).getByRole('button', { name: 'Inloggen in twee stappen opnieuw instellen…' }));
    dialog = screen.getByRole('alertdialog', { name: /opnieuw instellen\?$/ });
    await user.click(within(dialog).getByRole('button', { name: 'Ja, opnieuw instellen' }));

    expect(await within(part).findByText(/Inloggen in twee stappen is opnieuw ingesteld/)).toBeInTheDocument();
    expect(requestsTo(fetchMock, `${BASE}/second-factor`).map((r) => r.method)).toEqual(['DELETE']);
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(within(part).queryByRole('button', { name: /opnieuw instellen/ })).not.toBeInTheDocument();
  });

  it('removes the passkeys after the dialog is confirmed', async () => {
    const fetchMock = personApi(LOST, { identities: [], secondFactor: false, passkeys: 2 });
    const { user } = await renderApp(`/admin/people/${LOST.id}`);

    const part = await screen.findByRole('group', { name: 'Passkeys' });
    expect(within(part).getByText('Deze persoon heeft 2 passkeys.')).toBeInTheDocument();
    await user.click(within(part).getByRole('button', { name: 'Passkeys verwijderen…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Alle passkeys van Joost Kwijt verwijderen?' });
    await user.click(within(dialog).getByRole('button', { name: 'Ja, passkeys verwijderen' }));

    expect(await within(part).findByText('De passkeys zijn verwijderd.')).toBeInTheDocument();
    expect(requestsTo(fetchMock, `${BASE}/passkeys`).map((r) => r.method)).toEqual(['DELETE']);
  });

  it("offers no reset on the admin's own page, only the way to their account page", async () => {
    const me: TPerson = { ...LOST, id: ADMIN.id, displayName: ADMIN.displayName };
    personApi(me, { identities: [], secondFactor: true, passkeys: 1 });
    await renderApp(`/admin/people/${ADMIN.id}`);

    const section = await screen.findByRole('region', { name: 'Inloggen' });
    expect(await within(section).findByRole('link', { name: 'Naar Mijn account' })).toHaveAttribute('href', '/account');
    expect(within(section).queryByRole('button', { name: /opnieuw instellen|Passkeys verwijderen/ })).toBeNull();
  });

  it('configures a subject for the first sign-in, and shows a subject someone else holds beside the field', async () => {
    const fetchMock = personApi(LOST, { identities: [], secondFactor: false, passkeys: 0 });
    const { user } = await renderApp(`/admin/people/${LOST.id}`);

    const part = await screen.findByRole('group', { name: 'Account bij de instelling' });
    await user.type(within(part).getByLabelText('Kenmerk (subject)'), 'van-iemand-anders');
    await user.click(within(part).getByRole('button', { name: 'Kenmerk vastleggen' }));
    const field = within(part).getByLabelText('Kenmerk (subject)');
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));

    await user.clear(field);
    await user.type(field, 'joost@school.nl');
    await user.click(within(part).getByRole('button', { name: 'Kenmerk vastleggen' }));
    expect(await within(part).findByText('wacht op de eerste keer inloggen')).toBeInTheDocument();
    expect(within(part).getByText('joost@school.nl')).toBeInTheDocument();
    expect(requestsTo(fetchMock, `${BASE}/sign-in-identities`).map((r) => r.body)).toEqual([
      { provider: 'surf', subject: 'van-iemand-anders' },
      { provider: 'surf', subject: 'joost@school.nl' },
    ]);
  });
});
