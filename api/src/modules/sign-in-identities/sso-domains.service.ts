import type { Kysely } from 'kysely';
import type { TSsoRequiredDomain, TSsoRequiredDomainCreate } from '@koers/shared/sign-in-identities';
import type { TOidcProviderConfig } from '../../config.ts';
import type { TDatabase } from '../../db/schema.ts';
import type { TExecutor } from '../../db/types.ts';
import { InvalidInputError, NotFoundError, SsoRequiredError } from '../../errors.ts';
import type { TRequestContext } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { authorizePlatform } from '../auth/authorize.ts';
import * as repository from './sso-domains.repository.ts';

type TRow = Awaited<ReturnType<typeof repository.listSsoRequiredDomains>>[number];

const toDomain = (row: TRow): TSsoRequiredDomain => ({
  domain: row.domain,
  organisationId: row.organisation_id,
  provider: row.provider,
  createdAt: row.created_at.toISOString(),
});

/**
 * Refuses a password (sign-in or reset) for an address whose domain signs in through its institution.
 * Decided by the domain alone, before any account is looked up, so the answer tells nothing the domain
 * does not already tell.
 */
export async function refusePasswordWhereSsoRequired(
  db: TExecutor,
  email: string,
  providers: TOidcProviderConfig[],
): Promise<void> {
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  const required = await repository.findSsoRequiredDomain(db, domain);
  if (!required) return;
  const label = providers.find((p) => p.name === required.provider)?.label ?? required.provider;
  throw new SsoRequiredError(label);
}

/** Which email domains must sign in through a provider: set by admins, per organisation. */
export function createSsoDomainService(db: Kysely<TDatabase>, providers: TOidcProviderConfig[]) {
  return {
    async list({ actor }: TRequestContext): Promise<TSsoRequiredDomain[]> {
      authorizePlatform(actor, 'platform:manage');
      return (await repository.listSsoRequiredDomains(db)).map(toDomain);
    },

    async require(ctx: TRequestContext, input: TSsoRequiredDomainCreate): Promise<TSsoRequiredDomain> {
      authorizePlatform(ctx.actor, 'platform:manage');
      // Required for a provider nobody can use, the domain's people could not sign in at all.
      if (!providers.some((p) => p.name === input.provider)) {
        throw new InvalidInputError('No sign-in provider is configured under this name', [
          { path: 'body.provider', message: 'Choose a configured provider' },
        ]);
      }
      return db.transaction().execute(async (trx) => {
        const row = await repository.insertSsoRequiredDomain(trx, input);
        await recordAudit(trx, {
          actorPersonId: ctx.actor.personId,
          action: 'sso-domain.required',
          subjectType: 'organisation',
          subjectId: input.organisationId,
          requestId: ctx.requestId,
          details: { domain: input.domain, provider: input.provider },
        });
        return toDomain(row);
      });
    },

    async release(ctx: TRequestContext, domain: string): Promise<void> {
      authorizePlatform(ctx.actor, 'platform:manage');
      await db.transaction().execute(async (trx) => {
        if (!(await repository.deleteSsoRequiredDomain(trx, domain))) throw new NotFoundError('Domain');
        await recordAudit(trx, {
          actorPersonId: ctx.actor.personId,
          action: 'sso-domain.released',
          subjectType: 'sso-domain',
          requestId: ctx.requestId,
          details: { domain },
        });
      });
    },
  };
}
