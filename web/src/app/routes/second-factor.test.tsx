import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TCurrentUser } from '@koers/shared/auth';
import { ADMIN, PARTNERSHIP_SUMMARIES, PROGRAMME_MANAGER } from '../../../test/fixtures.ts';
import { apiErrorResponse, CSRF_TOKEN, jsonResponse, mockApi, requestsTo } from '../../../test/mock-api.ts';
import { renderApp } from '../../../test/render-app.tsx';

const RECOVERY_CODES = Array.from({ length: 10 }, (_, i) => `abcd-efgh-jkmn-pq${String(i).padStart(2, '0')}`);

describe('two-step sign-in', () => {
  beforeAll(() => import('@koers/shared/auth'));

  it('asks for the code from the app after the password, or a recovery code instead', async () => {
    let user: TCurrentUser | null = null;
    const fetchMock = mockApi({
      '/api/auth/session': () => jsonResponse({ user, csrfToken: CSRF_TOKEN }),
      '/api/meta': () => jsonResponse({ demoAccounts: [], demoPassword: null }),
      '/api/auth/login': () => jsonResponse({ secondStep: 'totp' }, 202),
      '/api/auth/login/second-factor': (_url, request) => {
        const { code } = request.body as { code: string };
        if (code !== 'abcd-efgh-jkmn-pq00') return apiErrorResponse(401, 'UNAUTHENTICATED', 'That code is not correct');
        user = PROGRAMME_MANAGER;
        return jsonResponse({ user, csrfToken: 'new-session-token' });
      },
      '/api/partnerships': () => jsonResponse({ items: PARTNERSHIP_SUMMARIES }),
    });
    const { router, user: person } = await renderApp('/login');

    await person.type(await screen.findByLabelText('E-mailadres'), 'pm@demo.koers.nl');
    await person.type(screen.getByLabelText('Wachtwoord'), 'een lang wachtwoord');
    await person.click(screen.getByRole('button', { name: 'Inloggen' }));

    const code = await screen.findByLabelText('Code uit je app');
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    expect(code).toHaveAttribute('inputmode', 'numeric');
    await waitFor(() => expect(code).toHaveFocus());
    await person.type(code, '000000');
    await person.click(screen.getByRole('button', { name: 'Inloggen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Deze code klopt niet of is al gebruikt.');
    expect(router.state.location.pathname).toBe('/login');

    await person.click(screen.getByRole('button', { name: 'Gebruik een herstelcode' }));
    const recovery = await screen.findByLabelText('Herstelcode');
    await waitFor(() => expect(recovery).toHaveFocus());
    await person.type(recovery, 'abcd-efgh-jkmn-pq00');
    await person.click(screen.getByRole('button', { name: 'Inloggen' }));

    await screen.findByRole('heading', { level: 1, name: 'Partnerschappen' });
    expect(requestsTo(fetchMock, '/api/auth/login/second-factor').map((r) => r.body)).toEqual([
      { code: '000000' },
      { code: 'abcd-efgh-jkmn-pq00' },
    ]);
  });

  it('sends an admin without a second factor from Beheer to set one up, then lets them in', async () => {
    let user: TCurrentUser = {
      ...ADMIN,
      access: { ...ADMIN.access, isAdmin: false },
      secondFactorRequired: true,
    };
    let enrolled = false;
    const fetchMock = mockApi({
      '/api/auth/session': () => jsonResponse({ user, csrfToken: CSRF_TOKEN }),
      '/api/account/second-factor': () =>
        jsonResponse({ enrolled, recoveryCodesLeft: enrolled ? 10 : 0, required: !enrolled }),
      '/api/account/second-factor/enrolment': () =>
        jsonResponse({
          secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
          otpauthUri: 'otpauth://totp/Koers:admin%40demo.koers.nl?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
          qrCode: 'data:image/svg+xml;base64,PHN2Zy8+',
        }),
      '/api/account/second-factor/enrolment/confirmation': () => {
        enrolled = true;
        user = ADMIN;
        return jsonResponse({ recoveryCodes: RECOVERY_CODES });
      },
    });
    const { router, user: person } = await renderApp('/admin/people');

    await screen.findByRole('heading', { level: 1, name: 'Inloggen in twee stappen' });
    expect(router.state.location.pathname).toBe('/account/second-factor');
    expect(await screen.findByText(/Als beheerder kun je veel zien en veranderen in Koers/)).toBeInTheDocument();

    await person.click(screen.getByRole('button', { name: 'Authenticator-app instellen' }));
    expect(await screen.findByRole('img', { name: /QR-code/ })).toHaveAttribute(
      'src',
      'data:image/svg+xml;base64,PHN2Zy8+',
    );
    expect(screen.getByText('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP')).toBeInTheDocument();
    await person.type(screen.getByLabelText('Code uit je app'), '123456');
    await person.click(screen.getByRole('button', { name: 'Bevestigen' }));

    const codes = await screen.findByRole('list', { name: 'Herstelcodes' });
    expect(
      within(codes)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(RECOVERY_CODES);
    expect(requestsTo(fetchMock, '/api/account/second-factor/enrolment/confirmation')[0]?.body).toEqual({
      code: '123456',
    });
    // The session is fetched again: with the second factor in place, Beheer is open.
    await person.click(screen.getByRole('button', { name: 'Ik heb ze bewaard' }));
    expect(await screen.findByText('Inloggen in twee stappen staat aan.', { exact: false })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Herstelcodes' })).not.toBeInTheDocument();
    await waitFor(() => expect(requestsTo(fetchMock, '/api/auth/session').length).toBeGreaterThan(1));
  });
});
