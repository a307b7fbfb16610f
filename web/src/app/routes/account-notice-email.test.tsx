import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TCurrentUser } from '@koers/shared/auth';
import type { TNoticeEmailRhythm } from '@koers/shared/follow-up';
import { ADMIN, NOORDERLICHT_ID } from '../../../test/fixtures.ts';
import { jsonResponse, mockApi, requestsTo, sessionOf } from '../../../test/mock-api.ts';
import { renderApp } from '../../../test/render-app.tsx';

const CRITICAL_FRIEND: TCurrentUser = {
  id: '4fa06e5c-8a71-4c2e-9f5d-6e1a9b3c5d03',
  displayName: 'Kees Kritisch',
  email: 'friend@demo.koers.nl',
  roles: [
    {
      id: '5ab17f6d-9b82-4d3f-8a6e-7f2b0c4d6e03',
      role: 'critical_friend',
      partnershipId: NOORDERLICHT_ID,
      partnershipName: 'Partnerschap Noorderlicht',
    },
  ],
  access: { isAdmin: false, programmeManagerOf: [], criticalFriendOf: [NOORDERLICHT_ID], boardMemberOf: [] },
  secondFactorRequired: false,
};

/** The choice as the API keeps it, so the page reads back what it changed. */
function rhythmApi(initial: TNoticeEmailRhythm['rhythm']) {
  let rhythm = initial;
  return {
    '/api/account/second-factor': () => jsonResponse({ enrolled: false, recoveryCodesLeft: 0, required: false }),
    '/api/account/notice-preferences': () => jsonResponse([]),
    '/api/account/notice-email-rhythm': (_url: URL, request: { method: string; body: unknown }) => {
      if (request.method === 'PUT') rhythm = (request.body as TNoticeEmailRhythm).rhythm;
      return jsonResponse({ rhythm });
    },
  };
}

describe('notice emails on the account page: one per notice or a weekly digest', () => {
  afterEach(() => vi.restoreAllMocks());

  it('lets a critical friend choose the weekly digest, and back', async () => {
    const fetchMock = mockApi({ ...sessionOf(CRITICAL_FRIEND), ...rhythmApi('per_notice') });
    const { user } = await renderApp('/account');

    const choice = await screen.findByRole('group', { name: 'E-mail: per melding of één keer per week' });
    const perNotice = await within(choice).findByRole('radio', { name: /^Per melding/ });
    const weekly = within(choice).getByRole('radio', { name: /^Eén keer per week/ });
    expect(perNotice).toBeChecked();
    expect(weekly).not.toBeChecked();

    await user.click(weekly);
    expect(await within(choice).findByRole('status')).toHaveTextContent(
      'Je krijgt voortaan één keer per week een overzicht per e-mail.',
    );
    expect(weekly).toBeChecked();
    expect(requestsTo(fetchMock, '/api/account/notice-email-rhythm').filter((r) => r.method === 'PUT')).toEqual([
      expect.objectContaining({ body: { rhythm: 'weekly' } }),
    ]);

    await user.click(perNotice);
    expect(await within(choice).findByText('Je krijgt weer een e-mail per melding.')).toBeInTheDocument();
    expect(perNotice).toBeChecked();
  });

  it('is not offered to someone without a role in a partnership', async () => {
    const fetchMock = mockApi({ ...sessionOf(ADMIN), ...rhythmApi('per_notice') });
    await renderApp('/account');

    const section = await screen.findByRole('region', { name: 'Meldingen' });
    expect(await within(section).findByRole('button', { name: 'Voorkeuren opslaan' })).toBeInTheDocument();
    expect(within(section).queryByRole('group', { name: /^E-mail/ })).not.toBeInTheDocument();
    expect(requestsTo(fetchMock, '/api/account/notice-email-rhythm')).toEqual([]);
  });
});
