import type { Kysely } from 'kysely';
import type {
  TOrganisationCreate,
  TOrganisationDetail,
  TOrganisationKind,
  TOrganisationUpdate,
} from '@koers/shared/organisations';
import type { TDatabase } from '../../db/schema.ts';
import type { TExecutor } from '../../db/types.ts';
import { InvalidInputError, NotFoundError } from '../../errors.ts';
import type { TRequestContext } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { authorizePlatform } from '../auth/authorize.ts';
import * as repository from './organisations.repository.ts';

type TRow = NonNullable<Awaited<ReturnType<typeof repository.findOrganisation>>>;

const toDetail = (row: TRow): TOrganisationDetail => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  parentId: row.parent_id,
  partnershipCount: Number(row.partnership_count),
});

/** Only schools sit under a parent, and that parent is a school board. */
async function checkParent(db: TExecutor, kind: TOrganisationKind, parentId: string | null | undefined) {
  if (!parentId) return;
  const parent = await repository.findOrganisation(db, parentId);
  if (kind !== 'school' || parent?.kind !== 'school_board') {
    throw new InvalidInputError('Only a school belongs to a parent, and that parent is a school board', [
      { path: 'body.parentId', message: 'Choose a school board, or none' },
    ]);
  }
}

export function createOrganisationService(db: Kysely<TDatabase>) {
  return {
    async list({ actor }: TRequestContext, kind: TOrganisationKind | undefined): Promise<TOrganisationDetail[]> {
      authorizePlatform(actor, 'platform:manage');
      return (await repository.listOrganisations(db, kind)).map(toDetail);
    },

    async create({ actor, requestId }: TRequestContext, input: TOrganisationCreate): Promise<TOrganisationDetail> {
      authorizePlatform(actor, 'platform:manage');
      return db.transaction().execute(async (trx) => {
        await checkParent(trx, input.kind, input.parentId);
        const { id } = await repository.insertOrganisation(trx, {
          name: input.name,
          kind: input.kind,
          parent_id: input.parentId,
        });
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'organisation.created',
          subjectType: 'organisation',
          subjectId: id,
          requestId,
          details: input,
        });
        const created = await repository.findOrganisation(trx, id);
        if (!created) throw new NotFoundError('Organisation');
        return toDetail(created);
      });
    },

    async update({ actor, requestId }: TRequestContext, organisationId: string, changes: TOrganisationUpdate) {
      authorizePlatform(actor, 'platform:manage');
      return db.transaction().execute(async (trx) => {
        const existing = await repository.findOrganisation(trx, organisationId);
        if (!existing) throw new NotFoundError('Organisation');
        await checkParent(trx, existing.kind, changes.parentId);
        await repository.updateOrganisation(trx, organisationId, {
          ...(changes.name !== undefined ? { name: changes.name } : {}),
          ...(changes.parentId !== undefined ? { parent_id: changes.parentId } : {}),
        });
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'organisation.updated',
          subjectType: 'organisation',
          subjectId: organisationId,
          requestId,
          details: changes,
        });
        const updated = await repository.findOrganisation(trx, organisationId);
        if (!updated) throw new NotFoundError('Organisation');
        return toDetail(updated);
      });
    },
  };
}
