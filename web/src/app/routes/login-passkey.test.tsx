import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PARTNERSHIP_SUMMARIES, PROGRAMME_MANAGER } from '../../../test/fixtures.ts';
import { apiErrorResponse, CSRF_TOKEN, jsonResponse, mockApi, requestsTo } from '../../../test/mock-api.ts';
import { renderApp } from '../../../test/render-app.tsx';

// The browser's side of the ceremony (navigator.credentials.get) does not exist in jsdom: the WebAuthn
// browser library stands in for it here; the browser suite runs it for real (test/e2e/passkeys.test.ts).
const startAuthentication = vi.hoisted(() => vi.fn());
vi.mock('@simplewebauthn/browser', () => ({ startAuthentication }));

const OPTIONS = { challenge: 'a-challenge-from-the-api', rpId: 'koers.test', userVerification: 'required' };
const ANSWER = { id: 'credential', rawId: 'credential', type: 'public-key', response: {}, clientExtensionResults: {} };

function passkeyApi(signIn: () => Response) {
  let user: typeof PROGRAMME_MANAGER | null = null;
  return mockApi({
    '/api/auth/session': () => jsonResponse({ user, csrfToken: CSRF_TOKEN }),
    '/api/meta': () => jsonResponse({ demoAccounts: [], demoPassword: null }),
    '/api/auth/passkey/options': () => jsonResponse(OPTIONS),
    '/api/auth/passkey': () => {
      const response = signIn();
      if (response.ok) user = PROGRAMME_MANAGER;
      return response;
    },
    '/api/partnerships': () => jsonResponse({ items: PARTNERSHIP_SUMMARIES }),
  });
}

describe('signing in with a passkey', () => {
  // A browser that knows WebAuthn; jsdom does not.
  beforeEach(() => vi.stubGlobal('PublicKeyCredential', function PublicKeyCredential() {}));
  afterEach(() => {
    vi.unstubAllGlobals();
    startAuthentication.mockReset();
  });

  it('hands the API’s options to the browser, sends back its answer, and lands signed in', async () => {
    startAuthentication.mockResolvedValue(ANSWER);
    const fetchMock = passkeyApi(() => jsonResponse({ user: PROGRAMME_MANAGER, csrfToken: 'csrf-of-the-session' }));
    const { user } = await renderApp('/login');

    await user.click(await screen.findByRole('button', { name: 'Inloggen met een passkey' }));

    expect(await screen.findByRole('navigation', { name: 'Hoofdmenu' })).toBeInTheDocument();
    expect(startAuthentication).toHaveBeenCalledWith({ optionsJSON: OPTIONS });
    expect(requestsTo(fetchMock, '/api/auth/passkey').map((r) => r.body)).toEqual([{ response: ANSWER }]);
  });

  it('says so when Koers refuses the passkey, and offers the password', async () => {
    startAuthentication.mockResolvedValue(ANSWER);
    passkeyApi(() => apiErrorResponse(401, 'UNAUTHENTICATED', 'This passkey could not sign you in'));
    const { user } = await renderApp('/login');

    await user.click(await screen.findByRole('button', { name: 'Inloggen met een passkey' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Met deze passkey kon je niet inloggen. Misschien is hij verwijderd; log dan in met je wachtwoord.',
    );
    expect(screen.getByLabelText('Wachtwoord')).toBeInTheDocument();
  });

  it('invites another try when the browser’s dialog was closed, without asking Koers to sign in', async () => {
    startAuthentication.mockRejectedValue(new DOMException('The operation was aborted.', 'NotAllowedError'));
    const fetchMock = passkeyApi(() => jsonResponse({ user: PROGRAMME_MANAGER, csrfToken: 'unused' }));
    const { user } = await renderApp('/login');

    await user.click(await screen.findByRole('button', { name: 'Inloggen met een passkey' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Het inloggen met een passkey is niet afgerond. Probeer het gerust nog eens, of log in met je wachtwoord.',
    );
    expect(requestsTo(fetchMock, '/api/auth/passkey')).toEqual([]);
  });
});
