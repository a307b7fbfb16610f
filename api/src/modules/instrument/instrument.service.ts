import type { Kysely } from 'kysely';
import type { TInstrumentDraft, TInstrumentVersion, TTheme } from '@koers/shared/instrument';
import type { TThemeNumber } from '@koers/shared/themes';
import type { TDatabase } from '../../db/schema.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../../errors.ts';
import type { TRequestContext } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { authorizePlatform } from '../auth/authorize.ts';
import * as repository from './instrument.repository.ts';

/** Every indicator a draft continues must belong to an earlier, published version. */
async function checkContinuations(db: Kysely<TDatabase>, draft: TInstrumentDraft) {
  const claimed = draft.themes.flatMap((t, ti) =>
    t.indicators.flatMap((i, ii) =>
      i.continuesIndicatorId
        ? [{ id: i.continuesIndicatorId, path: `body.themes.${ti}.indicators.${ii}.continuesIndicatorId` }]
        : [],
    ),
  );
  const known = await repository.continuableIndicators(
    db,
    claimed.map((c) => c.id),
  );
  const wrong = claimed.filter((c) => !known.has(c.id));
  if (wrong.length > 0) {
    throw new InvalidInputError(
      'An indicator can only continue one of a published version',
      wrong.map((w) => ({ path: w.path, message: 'Not an indicator of a published version' })),
    );
  }
}

export function createInstrumentService(db: Kysely<TDatabase>) {
  const service = {
    async list() {
      const rows = await repository.listVersions(db);
      return rows.map((row) => ({
        id: row.id,
        version: row.version,
        title: { nl: row.title_nl, en: row.title_en },
        status: row.status,
        publishedAt: row.published_at?.toISOString() ?? null,
      }));
    },

    /** Drafts the next version; admins then publish it. */
    async createDraft({ actor, requestId }: TRequestContext, draft: TInstrumentDraft): Promise<TInstrumentVersion> {
      authorizePlatform(actor, 'platform:manage');
      await checkContinuations(db, draft);
      const version = await db.transaction().execute(async (trx) => {
        // One draft at a time, numbered after the newest version.
        await repository.lockVersionNumbering(trx);
        if (await repository.hasDraftVersion(trx)) {
          throw new ConflictError('There is already a draft version; edit or publish that one');
        }
        const { id, version } = await repository.insertNextDraftVersion(trx, draft.title);
        await repository.replaceDraftContent(trx, id, draft);
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'instrument.drafted',
          subjectType: 'instrument_version',
          subjectId: id,
          requestId,
        });
        return version;
      });
      return service.get(version);
    },

    /** Edits a draft; a published version is in use and refuses (409, enforced by the database). */
    async updateDraft(
      { actor, requestId }: TRequestContext,
      version: number,
      draft: TInstrumentDraft,
    ): Promise<TInstrumentVersion> {
      authorizePlatform(actor, 'platform:manage');
      await checkContinuations(db, draft);
      await db.transaction().execute(async (trx) => {
        const row = await repository.findInstrumentVersion(trx, version);
        if (!row) throw new NotFoundError('Instrument version');
        await repository.updateDraftTitle(trx, row.id, draft.title);
        await repository.replaceDraftContent(trx, row.id, draft);
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'instrument.draft-updated',
          subjectType: 'instrument_version',
          subjectId: row.id,
          requestId,
        });
      });
      return service.get(version);
    },

    /** Publishes a draft: new assessments use it; the version it replaces is retired, its assessments keep it. */
    async publish({ actor, requestId }: TRequestContext, version: number): Promise<TInstrumentVersion> {
      authorizePlatform(actor, 'platform:manage');
      await db.transaction().execute(async (trx) => {
        const row = await repository.findInstrumentVersion(trx, version);
        if (!row) throw new NotFoundError('Instrument version');
        if (row.status !== 'draft') throw new ConflictError('Only a draft can be published');
        await repository.retirePublishedVersion(trx);
        await repository.markPublished(trx, row.id);
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'instrument.published',
          subjectType: 'instrument_version',
          subjectId: row.id,
          requestId,
        });
      });
      return service.get(version);
    },

    async get(version: number | 'current'): Promise<TInstrumentVersion> {
      const row = await repository.findInstrumentVersion(db, version);
      if (!row) throw new NotFoundError('Instrument version');
      const rows = await repository.listThemesWithIndicators(db, row.id);

      const themes = new Map<number, TTheme>();
      for (const r of rows) {
        let theme = themes.get(r.number);
        if (!theme) {
          theme = {
            // The database checks number BETWEEN 1 AND 5.
            number: r.number as TThemeNumber,
            name: { nl: r.name_nl, en: r.name_en },
            question: { nl: r.question_nl, en: r.question_en },
            indicators: [],
          };
          themes.set(r.number, theme);
        }
        theme.indicators.push({
          id: r.indicator_id,
          code: r.code,
          text: { nl: r.text_nl, en: r.text_en },
          continuesIndicatorId: r.continues_indicator_id,
        });
      }

      return {
        id: row.id,
        version: row.version,
        title: { nl: row.title_nl, en: row.title_en },
        status: row.status,
        publishedAt: row.published_at?.toISOString() ?? null,
        themes: [...themes.values()],
      };
    },
  };
  return service;
}
