import type { TExecutor } from '../../db/types.ts';

export async function listSsoRequiredDomains(db: TExecutor) {
  return db
    .selectFrom('sso_required_domain')
    .select(['domain', 'organisation_id', 'provider', 'created_at'])
    .orderBy('domain')
    .execute();
}

export async function findSsoRequiredDomain(db: TExecutor, domain: string) {
  return db
    .selectFrom('sso_required_domain')
    .select(['domain', 'provider'])
    .where('domain', '=', domain)
    .executeTakeFirst();
}

/** A domain already required, or an unknown organisation, is refused by the keys (409), not a read before. */
export async function insertSsoRequiredDomain(
  db: TExecutor,
  row: { domain: string; organisationId: string; provider: string },
) {
  return db
    .insertInto('sso_required_domain')
    .values({ domain: row.domain, organisation_id: row.organisationId, provider: row.provider })
    .returning(['domain', 'organisation_id', 'provider', 'created_at'])
    .executeTakeFirstOrThrow();
}

export async function deleteSsoRequiredDomain(db: TExecutor, domain: string) {
  const result = await db.deleteFrom('sso_required_domain').where('domain', '=', domain).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
