import { sql } from 'kysely';
import type { TInstrumentDraft } from '@koers/shared/instrument';
import type { TInstrumentShape } from '@koers/shared/scoring';
import type { TThemeNumber } from '@koers/shared/themes';
import { PREPARED } from '../../db/statement-cache.ts';
import type { TExecutor } from '../../db/types.ts';

/** The newest published version, or the one with the given number. */
export async function findInstrumentVersion(db: TExecutor, version: number | 'current') {
  let q = db
    .selectFrom('instrument_version')
    .select(['id', 'version', 'title_nl', 'title_en', 'status', 'published_at']);
  q =
    version === 'current'
      ? q.where('status', '=', 'published').orderBy('version', 'desc').limit(1)
      : q.where('version', '=', version);
  return q.executeTakeFirst();
}

export async function listThemesWithIndicators(db: TExecutor, instrumentVersionId: string) {
  return db
    .selectFrom('theme as t')
    .innerJoin('indicator as i', 'i.theme_id', 't.id')
    .select([
      't.number',
      't.name_nl',
      't.name_en',
      't.question_nl',
      't.question_en',
      'i.id as indicator_id',
      'i.code',
      'i.text_nl',
      'i.text_en',
      'i.continues_indicator_id',
    ])
    .where('t.instrument_version_id', '=', instrumentVersionId)
    .orderBy('t.number')
    .orderBy('i.position')
    .execute();
}

/** The themes and indicator ids of a version: what scoring and answer validation need. */
export async function instrumentShape(db: TExecutor, instrumentVersionId: string): Promise<TInstrumentShape> {
  const rows = await db
    .selectFrom('theme as t')
    .innerJoin('indicator as i', 'i.theme_id', 't.id')
    .select(['t.number', 'i.id'])
    .where('t.instrument_version_id', '=', instrumentVersionId)
    .orderBy('t.number')
    .orderBy('i.position')
    .execute();
  const themes = new Map<number, string[]>();
  for (const row of rows) themes.set(row.number, [...(themes.get(row.number) ?? []), row.id]);
  return { themes: [...themes].map(([number, indicatorIds]) => ({ number: number as TThemeNumber, indicatorIds })) };
}

export async function listVersions(db: TExecutor) {
  return db
    .selectFrom('instrument_version')
    .select(['id', 'version', 'title_nl', 'title_en', 'status', 'published_at'])
    .orderBy('version', 'desc')
    .execute();
}

/** Holds off other drafts until the transaction ends, so two drafts never take the same number. */
export async function lockVersionNumbering(db: TExecutor) {
  await sql`LOCK TABLE instrument_version IN SHARE ROW EXCLUSIVE MODE`.execute(db);
}

export async function hasDraftVersion(db: TExecutor) {
  const row = await db.selectFrom('instrument_version').select('id').where('status', '=', 'draft').executeTakeFirst();
  return row !== undefined;
}

/** A new draft, numbered after the newest version. */
export async function insertNextDraftVersion(db: TExecutor, title: TInstrumentDraft['title']) {
  const newest = await db
    .selectFrom('instrument_version')
    .select((eb) => eb.fn.max('version').as('max'))
    .executeTakeFirstOrThrow();
  return db
    .insertInto('instrument_version')
    .values({ version: Number(newest.max ?? 0) + 1, title_nl: title.nl, title_en: title.en })
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();
}

export async function updateDraftTitle(db: TExecutor, instrumentVersionId: string, title: TInstrumentDraft['title']) {
  await db
    .updateTable('instrument_version')
    .set({ title_nl: title.nl, title_en: title.en })
    .where('id', '=', instrumentVersionId)
    .where('status', '=', 'draft')
    .execute();
}

export async function retirePublishedVersion(db: TExecutor) {
  await db.updateTable('instrument_version').set({ status: 'retired' }).where('status', '=', 'published').execute();
}

export async function markPublished(db: TExecutor, instrumentVersionId: string) {
  await db
    .updateTable('instrument_version')
    .set({ status: 'published', published_at: sql<Date>`now()` })
    .where('id', '=', instrumentVersionId)
    .execute();
}

/** Writes a draft's themes and indicators; the database refuses this for a published version. */
export async function replaceDraftContent(db: TExecutor, instrumentVersionId: string, draft: TInstrumentDraft) {
  await db.deleteFrom('theme').where('instrument_version_id', '=', instrumentVersionId).execute();
  for (const theme of draft.themes) {
    const { id: themeId } = await db
      .insertInto('theme')
      .values({
        instrument_version_id: instrumentVersionId,
        number: theme.number,
        name_nl: theme.name.nl,
        name_en: theme.name.en,
        question_nl: theme.question.nl,
        question_en: theme.question.en,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('indicator')
      .values(
        theme.indicators.map((indicator, index) => ({
          theme_id: themeId,
          code: indicator.code,
          position: index + 1,
          text_nl: indicator.text.nl,
          text_en: indicator.text.en,
          continues_indicator_id: indicator.continuesIndicatorId,
        })),
      )
      .execute();
  }
}

/** Ids among `ids` that are indicators of a published or retired version: what a draft may continue. */
export async function continuableIndicators(db: TExecutor, ids: readonly string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom('indicator as i')
    .innerJoin('theme as t', 't.id', 'i.theme_id')
    .innerJoin('instrument_version as v', 'v.id', 't.instrument_version_id')
    .select('i.id')
    .where('i.id', 'in', [...ids])
    .where('v.status', '<>', 'draft')
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** The themes of the latest published version: a query, so a larger statement can hold it. */
export function selectThemeNames(db: TExecutor) {
  return db
    .selectFrom('theme')
    .select(['number', 'name_nl', 'name_en'])
    .where('instrument_version_id', '=', (eb) =>
      eb
        .selectFrom('instrument_version')
        .select('id')
        .where('status', '=', 'published')
        .orderBy('version', 'desc')
        .limit(1),
    );
}

export type TThemeNames = Record<TThemeNumber, { nl: string; en: string }>;

export function toThemeNames(rows: readonly { number: number; name_nl: string; name_en: string }[]): TThemeNames {
  const names = {
    1: { nl: '', en: '' },
    2: { nl: '', en: '' },
    3: { nl: '', en: '' },
    4: { nl: '', en: '' },
    5: { nl: '', en: '' },
  };
  for (const row of rows) names[row.number as TThemeNumber] = { nl: row.name_nl, en: row.name_en };
  return names;
}

/** The theme names of the questionnaire in use, for flag reasons and summaries. */
export async function themeNames(db: TExecutor): Promise<TThemeNames> {
  return toThemeNames(await selectThemeNames(db).modifyEnd(PREPARED).execute());
}
