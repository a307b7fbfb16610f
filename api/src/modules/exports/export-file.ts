import type { TLanguage } from '@koers/shared/language';
import type { TWords } from './export-words.ts';

/** How a column's values are written: Excel gets typed cells, CSV the notation of the file's language. */
export type TColumnType = 'text' | 'number' | 'score' | 'date' | 'datetime';

/**
 * A cell's value as the data holds it: numbers as numbers, calendar days as `YYYY-MM-DD`, instants as ISO
 * timestamps, yes/no as booleans. Blank is null.
 */
export type TCell = string | number | boolean | null;

export type TExportColumn<K extends string = string> = {
  key: K;
  header: Record<TLanguage, string>;
  type: TColumnType;
  /** In characters, as Excel counts them. */
  width: number;
  /** Codes (`weak`, `in_progress`) as spreadsheets show them; JSON keeps the code. */
  words?: TWords;
};

/**
 * One table of an export. Its rows come as an async iterable so that a large set is read from the database
 * a page at a time while the file is being sent, never held in memory as a whole.
 */
export type TExportSheet<K extends string = string> = {
  /** The key of the table in JSON. */
  key: string;
  title: Record<TLanguage, string>;
  columns: readonly TExportColumn<K>[];
  rows: AsyncIterable<Record<K, TCell>>;
};

/** What the file holds and how it was asked for, written in the file itself. */
type TExportAbout = {
  key: string;
  label: Record<TLanguage, string>;
  /** A value, or a text in each language. */
  value: TCell | Record<TLanguage, string>;
  words?: TWords;
}[];

export type TExportFile = {
  /** Without extension; only letters, digits and dashes reach the Content-Disposition header. */
  fileName: string;
  title: Record<TLanguage, string>;
  about: TExportAbout;
  sheets: readonly TExportSheet[];
};

/** Rows of a table read in pages of `size`, until a page comes back short. */
export async function* inPages<T>(size: number, page: (page: number) => Promise<readonly T[]>): AsyncIterable<T> {
  for (let number = 1; ; number += 1) {
    const rows = await page(number);
    yield* rows;
    if (rows.length < size) return;
  }
}

/** A column list with the keys typed, so that a sheet's rows must give every column. */
export function columns<K extends string>(list: readonly TExportColumn<K>[]): readonly TExportColumn<K>[] {
  return list;
}
