import * as client from 'openid-client';
import type { TOidcProviderConfig } from '../../config.ts';

export type TOidcClient = { provider: TOidcProviderConfig; configuration: client.Configuration };

/**
 * Each provider's discovered configuration (endpoints and signing keys), fetched at its first use and
 * kept: a provider that is down at start does not stop Koers, and a failed discovery is tried again at
 * the next sign-in. Plain HTTP only for the issuers config.ts let through (on this machine, not production).
 */
export function createOidcClients(providers: TOidcProviderConfig[]) {
  const discovered = new Map<string, Promise<client.Configuration>>();

  const discover = (provider: TOidcProviderConfig) => {
    const issuer = new URL(provider.issuer);
    const options = issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : undefined;
    const found = client.discovery(
      issuer,
      provider.clientId,
      undefined,
      client.ClientSecretBasic(provider.clientSecret),
      options,
    );
    found.catch(() => discovered.delete(provider.name));
    return found;
  };

  return {
    providers,
    /** Undefined for a name no provider is configured under. */
    async get(name: string): Promise<TOidcClient | undefined> {
      const provider = providers.find((p) => p.name === name);
      if (!provider) return undefined;
      let configuration = discovered.get(name);
      if (!configuration) {
        configuration = discover(provider);
        discovered.set(name, configuration);
      }
      return { provider, configuration: await configuration };
    },
  };
}

export type TOidcClients = ReturnType<typeof createOidcClients>;
