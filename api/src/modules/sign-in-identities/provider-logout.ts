import type { FastifyBaseLogger } from 'fastify';
import * as client from 'openid-client';
import type { TExecutor } from '../../db/types.ts';
import { hashToken } from '../auth/tokens.ts';
import type { TOidcClients } from './oidc-clients.ts';
import { findSessionProvider } from './sign-in-identities.repository.ts';

/**
 * The provider's own sign-out for a session that came through one offering it (end_session_endpoint),
 * back to Koers's login page afterwards; null otherwise. Read before the session ends. A provider that
 * cannot be reached is no reason to keep anyone signed in to Koers, so it gives null too.
 */
export async function providerLogoutUrl(
  db: TExecutor,
  clients: TOidcClients,
  publicUrl: string,
  sessionToken: string | undefined,
  log: FastifyBaseLogger,
): Promise<string | null> {
  if (!sessionToken) return null;
  const name = await findSessionProvider(db, hashToken(sessionToken));
  if (!name) return null;
  try {
    const oidc = await clients.get(name);
    if (!oidc?.configuration.serverMetadata().end_session_endpoint) return null;
    return client.buildEndSessionUrl(oidc.configuration, {
      client_id: oidc.provider.clientId,
      post_logout_redirect_uri: `${publicUrl}/login`,
    }).href;
  } catch (err) {
    log.warn({ err, provider: name }, 'provider sign-out not offered');
    return null;
  }
}
