import type { Kysely } from 'kysely';
import type { TNetworkPortrait, TNetworkQuery, TOwnPortrait, TPortraitUpdate } from '@koers/shared/network';
import type { TThemeNumber } from '@koers/shared/themes';
import type { TDatabase } from '../../db/schema.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../../errors.ts';
import type { TActor, TRequestContext } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { authorizePartnership, authorizePlatform } from '../auth/authorize.ts';
import * as repository from './portraits.repository.ts';

const sortedThemes = (themes: readonly number[]) => [...themes].sort((a, b) => a - b) as TThemeNumber[];

function toPortrait(row: repository.TPortraitRow): TNetworkPortrait {
  return {
    partnershipId: row.partnership_id,
    name: row.name,
    region: row.region,
    sector: row.sector,
    scenario: row.scenario,
    members: row.members,
    description: row.description,
    sizeBand: row.size_band,
    themesNow: sortedThemes(row.themes_now),
    themesOffered: sortedThemes(row.themes_offered),
    contactName: row.contact_name ?? null,
    contactPersonId: row.contact_id ?? null,
    publishedAt: row.published_at?.toISOString() ?? null,
    updatedAt: row.updated_at.toISOString(),
  };
}

/**
 * Network portraits: written and published by a partnership's programme manager, read by its own people
 * (also as a draft) and, once published, by everyone with a role. Nothing else about the partnership
 * comes with it.
 */
export function createPortraitService(db: Kysely<TDatabase>) {
  const service = {
    async own(actor: TActor, partnershipId: string): Promise<TOwnPortrait> {
      authorizePartnership(actor, 'partnership:read', { partnershipId });
      const row = await repository.findPortrait(db, partnershipId);
      return { portrait: row ? toPortrait(row) : null };
    },

    async save({ actor, requestId }: TRequestContext, partnershipId: string, update: TPortraitUpdate) {
      authorizePartnership(actor, 'portrait:write', { partnershipId });
      const contactPersonId = update.contactPersonId ?? actor.personId;
      if (!(await repository.isProgrammeManagerOf(db, contactPersonId, partnershipId))) {
        throw new InvalidInputError('The contact person must be a programme manager of the partnership', [
          { path: 'body.contactPersonId', message: 'Choose a programme manager of this partnership' },
        ]);
      }
      await db.transaction().execute(async (trx) => {
        await repository.savePortrait(trx, partnershipId, { ...update, contactPersonId }, actor.personId);
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'portrait.saved',
          partnershipId,
          subjectType: 'network_portrait',
          subjectId: partnershipId,
          requestId,
        });
      });
      return service.own(actor, partnershipId);
    },

    async setPublished({ actor, requestId }: TRequestContext, partnershipId: string, published: boolean) {
      authorizePartnership(actor, published ? 'portrait:write' : 'portrait:unpublish', { partnershipId });
      await db.transaction().execute(async (trx) => {
        if (!(await repository.setPublished(trx, partnershipId, published, actor.personId))) {
          if (!(await repository.findPortrait(trx, partnershipId))) throw new NotFoundError('Portrait');
          throw new ConflictError(published ? 'The portrait is already published' : 'The portrait is not published');
        }
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: published ? 'portrait.published' : 'portrait.unpublished',
          partnershipId,
          subjectType: 'network_portrait',
          subjectId: partnershipId,
          requestId,
        });
      });
      return service.own(actor, partnershipId);
    },

    async list(actor: TActor, query: TNetworkQuery): Promise<TNetworkPortrait[]> {
      authorizePlatform(actor, 'network:read');
      return (await repository.listPublishedPortraits(db, query)).map(toPortrait);
    },

    /** A published portrait; a draft answers 404 here, also to its own people (they read it as their own). */
    async published(actor: TActor, partnershipId: string): Promise<TNetworkPortrait> {
      authorizePlatform(actor, 'network:read');
      const row = await repository.findPublishedPortrait(db, partnershipId);
      if (!row) throw new NotFoundError('Portrait');
      return toPortrait(row);
    },
  };
  return service;
}
