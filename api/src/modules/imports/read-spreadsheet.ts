import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { SPREADSHEET_MAX_BYTES } from '@koers/shared/spreadsheet-upload';
import { InvalidInputError } from '../../errors.ts';
import { decodeCsvText, detectSeparator } from './decode-csv-text.ts';

/** One sheet's cells as text, each row with the number the spreadsheet shows for it. */
export type TSheet = { name: string; rows: { number: number; cells: string[] }[] };
export type TSpreadsheet = { format: 'xlsx' | 'csv'; sheets: TSheet[] };

// An XLSX file is a zip archive: it starts with a local file header.
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

const unreadable = (why: string) =>
  new InvalidInputError(`The file cannot be read as a spreadsheet: ${why}`, [{ path: 'body.file', message: why }]);

async function readXlsx(bytes: Uint8Array): Promise<TSheet[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw unreadable('it looks like XLSX but is damaged');
  }
  return workbook.worksheets.map((worksheet) => {
    const rows: TSheet['rows'] = [];
    worksheet.eachRow((row) => {
      const cells: string[] = [];
      // `text` is what the cell shows: a number, a date, or the address of an email Excel turned into a link.
      row.eachCell({ includeEmpty: true }, (cell, column) => (cells[column - 1] = cell.text.trim()));
      rows.push({ number: row.number, cells: Array.from(cells, (c) => c ?? '') });
    });
    return { name: worksheet.name, rows };
  });
}

function readCsv(bytes: Uint8Array): TSheet[] {
  const text = decodeCsvText(bytes);
  if (text.includes('\u0000')) throw unreadable('it holds NUL bytes, so it is no text file');
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, each record comes with where it ends; csv-parse's types do not follow that option.
    records = parse(text, {
      delimiter: detectSeparator(text),
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    throw unreadable(`it is not valid CSV (${(error as Error).message})`);
  }
  return [{ name: 'csv', rows: records.map(({ record, info }) => ({ number: info.lines, cells: record })) }];
}

/**
 * The one reader of uploaded spreadsheets: XLSX, or CSV in UTF-8 or Windows-1252 with commas or semicolons.
 * A file that is neither is a 400 in the one error shape; what the cells say is for the caller to judge.
 */
export async function readSpreadsheet(bytes: Uint8Array): Promise<TSpreadsheet> {
  if (bytes.length === 0) throw unreadable('it is empty');
  if (bytes.length > SPREADSHEET_MAX_BYTES) throw unreadable(`it is larger than ${SPREADSHEET_MAX_BYTES} bytes`);
  if (ZIP_SIGNATURE.every((byte, i) => bytes[i] === byte)) return { format: 'xlsx', sheets: await readXlsx(bytes) };
  return { format: 'csv', sheets: readCsv(bytes) };
}
