import type { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { inWords } from './export-words.ts';
import type { TCell, TColumnType, TExportSheet } from './export-file.ts';
import type { TLanguage } from '@koers/shared/language';

/**
 * The two dialects: what a Dutch Excel opens as a table (semicolons, decimal commas, 21-10-2026) and
 * standard CSV (commas, decimal points, ISO dates). Both start with a byte order mark, without which
 * Excel reads UTF-8 as Windows-1252 and breaks every ë.
 */
const DIALECTS = {
  nl: { delimiter: ';', decimal: ',', yes: 'ja', no: 'nee' },
  en: { delimiter: ',', decimal: '.', yes: 'yes', no: 'no' },
} as const;

/** `2026-10-21` as `21-10-2026`. */
const dutchDay = (isoDay: string) => isoDay.split('-').reverse().join('-');

/** An instant as the local time of the Netherlands, which is where Koers's people read it. */
const dutchTime = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

function csvText(value: TCell, type: TColumnType, language: TLanguage): string {
  if (value === null) return '';
  const dialect = DIALECTS[language];
  if (typeof value === 'boolean') return value ? dialect.yes : dialect.no;
  if (typeof value === 'number') return String(value).replace('.', dialect.decimal);
  if (language === 'en') return value;
  if (type === 'date') return dutchDay(value.slice(0, 10));
  if (type === 'datetime') return dutchTime.format(new Date(value)).replace(',', '');
  return value;
}

/** One table as CSV in the dialect of `language`, its header row in that language. */
export function csvOf(sheet: TExportSheet, language: TLanguage): Readable {
  const { delimiter } = DIALECTS[language];
  const output = stringify({ delimiter, bom: true, record_delimiter: 'windows' });
  output.write(sheet.columns.map((column) => column.header[language]));
  void (async () => {
    try {
      for await (const row of sheet.rows) {
        // Back-pressure: a slow download pauses the reading of the next page.
        const more = output.write(
          sheet.columns.map((column) =>
            csvText(inWords(row[column.key] ?? null, column.words, language), column.type, language),
          ),
        );
        if (!more) await new Promise((resolve) => output.once('drain', resolve));
      }
      output.end();
    } catch (error) {
      output.destroy(error as Error);
    }
  })();
  return output;
}
