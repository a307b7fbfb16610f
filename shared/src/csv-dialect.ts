import type { TLanguage } from './language.ts';

/**
 * The CSV Koers writes (the server's exports, the charts' downloads), in the dialect of a language: what a
 * Dutch Excel opens as a table (semicolons, decimal commas) or standard CSV (commas, decimal points).
 */
const CSV_DIALECTS = {
  nl: { delimiter: ';', decimal: ',' },
  en: { delimiter: ',', decimal: '.' },
} as const;

/**
 * csv-stringify's options for a file in the dialect of `language`. A byte order mark, without which Excel
 * reads UTF-8 as Windows-1252 and breaks every ë; every line break quoted (one of a single character is no
 * record delimiter of Windows's, which is all csv-stringify quotes by itself); a text that a spreadsheet
 * would run as a formula (starting with =, +, -, @, a tab or a carriage return: a note typed as
 * `=HYPERLINK(...)`, say) written with a leading apostrophe, which Excel shows as text. Numbers are passed as
 * numbers and written by `cast`, so that negative ones are no text and stay numbers.
 */
export function csvWriterOptions(language: TLanguage) {
  const { delimiter, decimal } = CSV_DIALECTS[language];
  return {
    delimiter,
    bom: true,
    record_delimiter: 'windows' as const,
    quoted_match: /[\r\n]/,
    escape_formulas: true,
    cast: { number: (value: number) => String(value).replace('.', decimal) },
  };
}
