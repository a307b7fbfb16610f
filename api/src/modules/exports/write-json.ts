import { Readable } from 'node:stream';
import type { TExportFile } from './export-file.ts';

/**
 * The file as JSON for other software: what it holds, then each table as an array of objects keyed by
 * column, values as the data holds them (numbers, ISO dates). Written a row at a time.
 */
export function jsonOf(file: TExportFile): Readable {
  async function* chunks() {
    const about = Object.fromEntries(file.about.map((line) => [line.key, line.value]));
    yield `{"exportedAt":${JSON.stringify(new Date().toISOString())},"about":${JSON.stringify(about)}`;
    for (const sheet of file.sheets) {
      yield `,${JSON.stringify(sheet.key)}:[`;
      let first = true;
      for await (const row of sheet.rows) {
        yield `${first ? '' : ','}${JSON.stringify(row)}`;
        first = false;
      }
      yield ']';
    }
    yield '}\n';
  }
  return Readable.from(chunks());
}
