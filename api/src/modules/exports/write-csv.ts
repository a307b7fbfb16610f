import type { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { inWords } from './export-words.ts';
import type { TCell, TColumnType, TExportSheet } from './export-file.ts';
import { csvWriterOptions } from '@koers/shared/csv-dialect';
import type { TLanguage } from '@koers/shared/language';

/** Yes and no as each language writes them. */
const YES_NO = {
  nl: { yes: 'ja', no: 'nee' },
  en: { yes: 'yes', no: 'no' },
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

/** A cell as CSV writes it; numbers stay numbers, for the dialect's `cast` to write. */
function csvValue(value: TCell, type: TColumnType, language: TLanguage): string | number {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? YES_NO[language].yes : YES_NO[language].no;
  if (typeof value === 'number') return value;
  if (language === 'en') return value;
  if (type === 'date') return dutchDay(value.slice(0, 10));
  if (type === 'datetime') return dutchTime.format(new Date(value)).replace(',', '');
  return value;
}

/** One table as CSV in the dialect of `language` (`csvWriterOptions`), its header row in that language. */
export function csvOf(sheet: TExportSheet, language: TLanguage): Readable {
  const output = stringify(csvWriterOptions(language));
  output.write(sheet.columns.map((column) => column.header[language]));
  void (async () => {
    try {
      for await (const row of sheet.rows) {
        // Back-pressure: a slow download pauses the reading of the next page.
        const more = output.write(
          sheet.columns.map((column) =>
            csvValue(inWords(row[column.key] ?? null, column.words, language), column.type, language),
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
