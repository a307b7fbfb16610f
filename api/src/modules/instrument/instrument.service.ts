import type { TInstrumentVersion, TTheme } from '@koers/shared/instrument';
import type { TThemeNumber } from '@koers/shared/themes';
import type { Executor } from '../../db/types.ts';
import { NotFoundError } from '../../errors.ts';
import * as repository from './instrument.repository.ts';

export function createInstrumentService(db: Executor) {
  return {
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
        theme.indicators.push({ id: r.indicator_id, code: r.code, text: { nl: r.text_nl, en: r.text_en } });
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
}
