import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { PARTNERSHIP_SUMMARIES, PROGRAMME_MANAGER } from '../../../test/fixtures.ts';
import {
  apiErrorResponse,
  CSRF_TOKEN,
  jsonResponse,
  mockApi,
  requestsTo,
  type TMockRequest,
} from '../../../test/mock-api.ts';
import { renderApp } from '../../../test/render-app.tsx';

const NO_DEMO = { demoAccounts: [], demoPassword: null };
/** The token of the session that sign-in opens: another than the one the page held before. */
const SESSION_CSRF_TOKEN = 'csrf-token-of-the-new-session';
const signedInResponse = () => jsonResponse({ user: PROGRAMME_MANAGER, csrfToken: SESSION_CSRF_TOKEN });

/**
 * A small stand-in for the API's sign-in: the session answers who signed in last, and `login` decides
 * how a sign-in attempt ends.
 */
function authApi(login: (request: TMockRequest) => Response, extra: Parameters<typeof mockApi>[0] = {}) {
  let user: typeof PROGRAMME_MANAGER | null = null;
  return mockApi({
    '/api/auth/session': () => jsonResponse({ user, csrfToken: CSRF_TOKEN }),
    '/api/meta': () => jsonResponse(NO_DEMO),
    '/api/auth/login': (_url, request) => {
      const response = login(request);
      if (response.ok) user = PROGRAMME_MANAGER;
      return response;
    },
    '/api/partnerships': () => jsonResponse({ items: PARTNERSHIP_SUMMARIES }),
    '/api/auth/logout': () => {
      user = null;
      return jsonResponse({ providerLogoutUrl: null });
    },
    '/api/auth/oidc': () => jsonResponse({ items: [] }),
    ...extra,
  });
}

async function signIn(user: Awaited<ReturnType<typeof renderApp>>['user'], email: string, password: string) {
  await user.type(await screen.findByLabelText('E-mailadres'), email);
  await user.type(screen.getByLabelText('Wachtwoord'), password);
  await user.click(screen.getByRole('button', { name: 'Inloggen' }));
}

describe('sign-in', () => {
  // The sign-in form loads its schema on demand; loaded here, a check waits for the form, not for compiling.
  beforeAll(() => import('@koers/shared/auth'));

  it('sends a visitor without a session to the sign-in page, and back to where they were afterwards', async () => {
    const fetchMock = authApi(() => signedInResponse());
    const { router, user } = await renderApp('/?sector=vo', { laterPaths: ['/login'] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/?sector=vo')}`);
    expect(screen.queryByRole('navigation', { name: 'Hoofdmenu' })).not.toBeInTheDocument();

    await signIn(user, ' PM@demo.koers.nl', 'koers-demo-2026');

    await waitFor(() => expect(router.state.location.search).toBe('?sector=vo'));
    expect(router.state.location.pathname).toBe('/');
    const [login] = requestsTo(fetchMock, '/api/auth/login');
    expect(login?.method).toBe('POST');
    // The shared schema trims and lower-cases the address, as the API does.
    expect(login?.body).toEqual({ email: 'pm@demo.koers.nl', password: 'koers-demo-2026' });
    expect(login?.headers.get('x-csrf-token')).toBe(CSRF_TOKEN);
    expect(await screen.findByRole('button', { name: /Priya Manders/ })).toBeInTheDocument();
    // The router's location moves before the page it leads to is drawn; a menu opened in between would
    // close again when it is (arriving on a page closes the menu), so the test waits for that page.
    await screen.findByRole('heading', { level: 1, name: 'Partnerschappen' });

    // The answer to sign-in brought the new session's token: the next change sends that one.
    await user.click(screen.getByRole('button', { name: /Priya Manders/ }));
    await user.click(screen.getByRole('button', { name: 'Uitloggen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(requestsTo(fetchMock, '/api/auth/logout')[0]?.headers.get('x-csrf-token')).toBe(SESSION_CSRF_TOKEN);
  });

  it('checks the fields before asking the API', async () => {
    const fetchMock = authApi(() => signedInResponse());
    const { user } = await renderApp('/login');

    await user.click(await screen.findByRole('button', { name: 'Inloggen' }));

    const email = screen.getByLabelText('E-mailadres');
    // The schema is loaded on demand (the first page carries no zod), so the check may finish a moment later.
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription('Vul een geldig e-mailadres in, zoals naam@school.nl.');
    expect(email).toHaveFocus();
    expect(screen.getByLabelText('Wachtwoord')).toHaveAccessibleDescription('Vul minstens 1 teken in.');
    expect(requestsTo(fetchMock, '/api/auth/login')).toEqual([]);
  });

  it('says so when the email address and password do not match, and stays on the page', async () => {
    authApi(() => apiErrorResponse(401, 'UNAUTHENTICATED', 'Wrong email address or password'));
    const { router, user } = await renderApp('/login');

    await signIn(user, 'pm@demo.koers.nl', 'verkeerd');

    expect(await screen.findByRole('alert')).toHaveTextContent('Dit e-mailadres en wachtwoord horen niet bij elkaar');
    expect(router.state.location.pathname).toBe('/login');
    // A wrong password is not a session that ended.
    expect(screen.queryByText(/Je sessie is verlopen/)).not.toBeInTheDocument();
  });

  it('tells the person how long to wait after too many attempts', async () => {
    authApi(() =>
      apiErrorResponse(429, 'TOO_MANY_REQUESTS', 'Too many failed sign-in attempts', {
        headers: { 'retry-after': '42' },
      }),
    );
    const { user } = await renderApp('/login');

    await signIn(user, 'pm@demo.koers.nl', 'nog-eens-fout');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Te veel mislukte pogingen. Probeer het over 42 seconden opnieuw.',
    );
  });

  it('lists the demo accounts when there are any, and fills in the form from one', async () => {
    authApi(() => signedInResponse(), {
      '/api/meta': () =>
        jsonResponse({
          demoAccounts: [
            { email: 'admin@demo.koers.nl', role: 'admin', description: 'Beheerder / admin' },
            { email: 'pm@demo.koers.nl', role: 'programme_manager', description: 'Programmamanager' },
          ],
          demoPassword: 'koers-demo-2026',
        }),
    });
    const { user } = await renderApp('/login');

    const demo = await screen.findByRole('region', { name: 'Demo-accounts' });
    expect(within(demo).getByText(/het wachtwoord is koers-demo-2026/)).toBeInTheDocument();
    await user.click(within(demo).getByRole('button', { name: /Programmamanager/ }));

    expect(screen.getByLabelText('E-mailadres')).toHaveValue('pm@demo.koers.nl');
    expect(screen.getByLabelText('Wachtwoord')).toHaveValue('koers-demo-2026');
  });

  it('shows no demo accounts when the API lists none', async () => {
    authApi(() => signedInResponse());
    await renderApp('/login');

    await screen.findByRole('heading', { level: 1, name: 'Inloggen' });
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Demo-accounts' })).not.toBeInTheDocument());
  });

  it('asks for a password-reset link', async () => {
    const fetchMock = authApi(() => signedInResponse(), {
      '/api/auth/password-reset-requests': () => new Response(null, { status: 202 }),
    });
    const { user } = await renderApp('/login');

    await user.click(await screen.findByRole('button', { name: 'Wachtwoord vergeten?' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('E-mailadres'), 'pm@demo.koers.nl');
    await user.click(screen.getByRole('button', { name: 'Stuur mij een link' }));

    expect(await screen.findByText(/Als er een account bij dit e-mailadres hoort/)).toBeInTheDocument();
    expect(requestsTo(fetchMock, '/api/auth/password-reset-requests')[0]?.body).toEqual({ email: 'pm@demo.koers.nl' });
  });
});

describe('session expiry', () => {
  it('sends the person to sign in with an explanation when the API answers 401, and back afterwards', async () => {
    let sessionAlive = true;
    let user: typeof PROGRAMME_MANAGER | null = PROGRAMME_MANAGER;
    mockApi({
      '/api/auth/session': () => jsonResponse({ user, csrfToken: CSRF_TOKEN }),
      '/api/meta': () => jsonResponse(NO_DEMO),
      '/api/partnerships': () =>
        sessionAlive
          ? jsonResponse({ items: PARTNERSHIP_SUMMARIES })
          : apiErrorResponse(401, 'UNAUTHENTICATED', 'Your session has ended; sign in again'),
      '/api/instrument/current': () =>
        apiErrorResponse(401, 'UNAUTHENTICATED', 'Your session has ended; sign in again'),
      '/api/auth/login': () => {
        sessionAlive = true;
        user = PROGRAMME_MANAGER;
        return signedInResponse();
      },
    });
    const view = await renderApp('/', { laterPaths: ['/login'] });
    await screen.findByRole('link', { name: 'Opleidingsschool Noorderlicht' });

    // The session ends on the server (idle timeout); the next page the person opens finds out.
    sessionAlive = false;
    user = null;
    await view.user.click(screen.getByRole('link', { name: 'Vragenlijst' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Je sessie is verlopen, log opnieuw in.');
    expect(view.router.state.location.search).toBe(`?next=${encodeURIComponent('/questionnaire')}`);
    expect(screen.queryByRole('navigation', { name: 'Hoofdmenu' })).not.toBeInTheDocument();

    await signIn(view.user, 'pm@demo.koers.nl', 'koers-demo-2026');
    await waitFor(() => expect(view.router.state.location.pathname).toBe('/questionnaire'));
  });

  it('signs out from the account menu and says so', async () => {
    let user: typeof PROGRAMME_MANAGER | null = PROGRAMME_MANAGER;
    const fetchMock = mockApi({
      '/api/auth/session': () => jsonResponse({ user, csrfToken: CSRF_TOKEN }),
      '/api/meta': () => jsonResponse(NO_DEMO),
      '/api/partnerships': () => jsonResponse({ items: PARTNERSHIP_SUMMARIES }),
      '/api/auth/logout': () => {
        user = null;
        return jsonResponse({ providerLogoutUrl: null });
      },
      '/api/auth/oidc': () => jsonResponse({ items: [] }),
    });
    const view = await renderApp('/', { laterPaths: ['/login'] });

    await view.user.click(await screen.findByRole('button', { name: /Priya Manders/ }));
    await view.user.click(screen.getByRole('button', { name: 'Uitloggen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Je bent uitgelogd.');
    expect(view.router.state.location.search).toBe('');
    expect(requestsTo(fetchMock, '/api/auth/logout')[0]?.headers.get('x-csrf-token')).toBe(CSRF_TOKEN);
  });

  it('offers signing in with each institution’s provider, as a link to where sign-in starts', async () => {
    authApi(() => signedInResponse(), {
      '/api/auth/oidc': () => jsonResponse({ items: [{ name: 'surf', label: 'SURFconext' }] }),
    });
    await renderApp('/login');

    const link = await screen.findByRole('link', { name: 'Inloggen met SURFconext' });
    expect(link).toHaveAttribute('href', '/api/auth/oidc/surf');
    expect(screen.getByText('of met je e-mailadres en wachtwoord')).toBeInTheDocument();
  });

  it('says to use the institution’s account when the API refuses a password for the domain', async () => {
    authApi(() => apiErrorResponse(403, 'SSO_REQUIRED', 'Use "Sign in with SURFconext"'));
    const { user } = await renderApp('/login');

    await signIn(user, 'docent@hogeschool.nl', 'een wachtwoord');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Voor dit e-mailadres log je in met het account van je instelling: kies “Inloggen met …”.',
    );
  });

  it('offers the institution’s own sign-out after signing out of a session that came through it', async () => {
    let user: typeof PROGRAMME_MANAGER | null = PROGRAMME_MANAGER;
    const providerLogoutUrl = 'https://login.hogeschool.nl/logout?client_id=koers';
    mockApi({
      '/api/auth/session': () => jsonResponse({ user, csrfToken: CSRF_TOKEN }),
      '/api/meta': () => jsonResponse(NO_DEMO),
      '/api/partnerships': () => jsonResponse({ items: PARTNERSHIP_SUMMARIES }),
      '/api/auth/logout': () => {
        user = null;
        return jsonResponse({ providerLogoutUrl });
      },
      '/api/auth/oidc': () => jsonResponse({ items: [{ name: 'surf', label: 'SURFconext' }] }),
    });
    const view = await renderApp('/', { laterPaths: ['/login'] });

    await view.user.click(await screen.findByRole('button', { name: /Priya Manders/ }));
    await view.user.click(screen.getByRole('button', { name: 'Uitloggen' }));

    const notice = await screen.findByRole('status');
    expect(notice).toHaveTextContent('Je bent uitgelogd bij Koers.');
    expect(within(notice).getByRole('link', { name: 'Ook uitloggen bij je instelling' })).toHaveAttribute(
      'href',
      providerLogoutUrl,
    );
  });

  it('says so when a sign-in through the institution did not complete, and offers it again', async () => {
    authApi(() => signedInResponse(), {
      '/api/auth/oidc': () => jsonResponse({ items: [{ name: 'surf', label: 'SURFconext' }] }),
    });
    await renderApp('/login?sign-in=failed');

    const notice = await screen.findByText(/^Inloggen via je instelling is niet afgerond/);
    expect(notice.closest('[role="status"]')).not.toBeNull();
    expect(await screen.findByRole('link', { name: 'Inloggen met SURFconext' })).toBeInTheDocument();
  });

  it('tells someone nobody invited that they have no access yet, and whom to ask', async () => {
    authApi(() => signedInResponse());
    await renderApp('/login/no-access');

    expect(await screen.findByRole('heading', { level: 1, name: 'Nog geen toegang' })).toBeInTheDocument();
    expect(
      screen.getByText('Je hebt nog geen toegang tot Koers; vraag je beheerder om een uitnodiging.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Terug naar inloggen' })).toHaveAttribute('href', '/login');
  });
});
