import type { TInstrumentShape } from '@koers/shared/scoring';
import type { TThemeNumber } from '@koers/shared/themes';
import type { Executor } from '../../db/types.ts';

/** The newest published version, or the one with the given number. */
export async function findInstrumentVersion(db: Executor, version: number | 'current') {
  let q = db
    .selectFrom('instrument_version')
    .select(['id', 'version', 'title_nl', 'title_en', 'status', 'published_at']);
  q =
    version === 'current'
      ? q.where('status', '=', 'published').orderBy('version', 'desc').limit(1)
      : q.where('version', '=', version);
  return q.executeTakeFirst();
}

export async function listThemesWithIndicators(db: Executor, instrumentVersionId: string) {
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
    ])
    .where('t.instrument_version_id', '=', instrumentVersionId)
    .orderBy('t.number')
    .orderBy('i.position')
    .execute();
}

/** The themes and indicator ids of a version: what scoring and answer validation need. */
export async function instrumentShape(db: Executor, instrumentVersionId: string): Promise<TInstrumentShape> {
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
