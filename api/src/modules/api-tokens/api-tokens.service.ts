import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { API_TOKEN_PREFIX, type TApiToken, type TApiTokenCreated, type TApiTokenList } from '@koers/shared/api-tokens';
import type { TDatabase } from '../../db/schema.ts';
import { NotFoundError } from '../../errors.ts';
import type { TRequestContext } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { authorizePlatform } from '../auth/authorize.ts';
import { hashToken } from '../auth/tokens.ts';
import * as repository from './api-tokens.repository.ts';

type TApiTokenRow = Awaited<ReturnType<typeof repository.listApiTokensOfPerson>>[number];

function toApiToken(row: TApiTokenRow): TApiToken {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
  };
}

/** A new secret: 256 random bits behind a prefix that secret scanners recognise; only its hash is kept. */
function newApiTokenSecret(): string {
  return `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** The signed-in person's read-only tokens for integrations. */
export function createApiTokenService(db: Kysely<TDatabase>) {
  return {
    async list({ actor }: TRequestContext): Promise<TApiTokenList> {
      const rows = await repository.listApiTokensOfPerson(db, actor.personId);
      return { items: rows.map(toApiToken) };
    },

    async create(
      { actor, requestId }: TRequestContext,
      input: { name: string; expiresInDays: number },
    ): Promise<TApiTokenCreated> {
      authorizePlatform(actor, 'api-token:create');
      const secret = newApiTokenSecret();
      return db.transaction().execute(async (trx) => {
        const row = await repository.insertApiToken(trx, {
          personId: actor.personId,
          name: input.name,
          tokenHash: hashToken(secret),
          expiresInDays: input.expiresInDays,
        });
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'api-token.created',
          subjectType: 'api_token',
          subjectId: row.id,
          requestId,
          details: { name: row.name, expiresAt: row.expires_at.toISOString() },
        });
        return { token: toApiToken(row), secret };
      });
    },

    /** Only one's own tokens: another person's token answers 404, as one that does not exist. */
    async revoke({ actor, requestId }: TRequestContext, tokenId: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const revoked = await repository.deleteApiToken(trx, actor.personId, tokenId);
        if (!revoked) throw new NotFoundError('API token');
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'api-token.revoked',
          subjectType: 'api_token',
          subjectId: revoked.id,
          requestId,
          details: { name: revoked.name },
        });
      });
    },
  };
}
