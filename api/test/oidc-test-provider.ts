import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration } from 'oidc-provider';

/** The claims a test account presents; its key is what one types at the provider's login prompt. */
export type TTestAccountClaims = Record<string, string | boolean>;

export type TTestRelyingParty = {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
};

const RELEASED_CLAIMS = ['email', 'email_verified', 'eduperson_principal_name', 'schac_home_organization'];

/**
 * A real OpenID Connect provider (the certified `oidc-provider`) on a local port, for tests. Its issuer
 * is known before the relying party is, so Koers can be configured with it first; `register` then adds
 * Koers as its client. Login goes through its development prompt (any login, any password); consent is
 * taken as given, as an institution's provider does for its own applications.
 */
export async function startOidcTestProvider(accounts: Record<string, TTestAccountClaims>) {
  let provider: Provider | undefined;
  const server = http.createServer((req, res) => {
    if (provider) return void provider.callback()(req, res);
    res.writeHead(503).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    issuer,
    register(client: TTestRelyingParty): void {
      const configuration: Configuration = {
        clients: [
          {
            client_id: client.clientId,
            client_secret: client.clientSecret,
            redirect_uris: [client.redirectUri],
            post_logout_redirect_uris: [client.postLogoutRedirectUri],
          },
        ],
        claims: { openid: ['sub'], email: RELEASED_CLAIMS },
        cookies: { keys: ['koers-test-provider-cookie-key'] },
        // Lifetimes of its own, so it does not remind every test that it uses the defaults.
        ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
        features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
        findAccount: (_ctx, id) => {
          const claims = accounts[id];
          if (!claims) return undefined;
          return { accountId: id, claims: () => ({ sub: id, ...claims }) };
        },
        loadExistingGrant: async (ctx) => {
          const accountId = ctx.oidc.session?.accountId;
          const clientId = ctx.oidc.client?.clientId;
          if (!accountId || !clientId) return undefined;
          const grant = new ctx.oidc.provider.Grant({ accountId, clientId });
          grant.addOIDCScope('openid email');
          await grant.save();
          return grant;
        },
      };
      provider = new Provider(issuer, configuration);
    },
    /**
     * What a browser does at the provider, done by code: follows the authorization URL to the login
     * prompt, signs in as `login`, and returns the URL the provider sends the browser back to Koers with.
     */
    async signIn(authorizationUrl: string, login: string): Promise<URL> {
      const cookies = new Map<string, string>();
      const step = async (url: URL, init: RequestInit = {}) => {
        const response = await fetch(url, {
          ...init,
          redirect: 'manual',
          headers: { ...init.headers, cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
        });
        for (const line of response.headers.getSetCookie()) {
          const [pair = ''] = line.split(';');
          const at = pair.indexOf('=');
          cookies.set(pair.slice(0, at), pair.slice(at + 1));
        }
        const location = response.headers.get('location');
        if (!location) throw new Error(`The provider answered ${response.status} at ${url.pathname}`);
        return new URL(location, url);
      };
      let next = await step(new URL(authorizationUrl));
      // The login prompt: any password passes, the login names the account.
      next = await step(next, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ prompt: 'login', login, password: 'any' }).toString(),
      });
      while (next.origin === issuer) next = await step(next);
      return next;
    },
    async stop(): Promise<void> {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type TOidcTestProvider = Awaited<ReturnType<typeof startOidcTestProvider>>;
