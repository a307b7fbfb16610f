import { parse } from 'csv-parse/sync';
import pLimit from 'p-limit';
import { SPREADSHEET_MAX_BYTES } from '@koers/shared/spreadsheet-upload';
import { SpreadsheetUnreadableError } from '../../errors.ts';
import { loadExcelJS, loadJSZip } from '../../load-on-first-use.ts';
import { decodeCsvText, detectSeparator } from './decode-csv-text.ts';

/** One sheet's cells as text, each row with the number the spreadsheet shows for it. */
export type TSheet = { name: string; rows: { number: number; cells: string[] }[] };
export type TSpreadsheet = { format: 'xlsx' | 'csv'; sheets: TSheet[] };

// An XLSX file is a zip archive: it starts with a local file header.
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/**
 * What an XLSX file may unpack to. A workbook of 1 MB (the upload limit) with 40,000 rows of people unpacks
 * to 11 MB; a zip bomb of under 1 MB unpacks to gigabytes, which exceljs would hold in memory at once.
 */
const MAX_UNPACKED_BYTES = 16 * 1024 * 1024;
/** A workbook is a dozen or two parts; thousands would be no spreadsheet. */
const MAX_PARTS = 500;

const damaged = () => new SpreadsheetUnreadableError('damaged', 'it looks like XLSX but is damaged');

/**
 * Unpacks the parts as exceljs will (JSZip, by the archive's directory) and counts what they inflate to,
 * stopping at the limit: the sizes an archive declares may lie.
 */
async function checkUnpackedSize(bytes: Uint8Array): Promise<void> {
  const { default: JSZip } = await loadJSZip();
  const zip = await JSZip.loadAsync(bytes).catch(() => {
    throw damaged();
  });
  const parts = Object.values(zip.files).filter((part) => !part.dir);
  if (parts.length > MAX_PARTS) {
    throw new SpreadsheetUnreadableError('too-many-parts', `it holds more than ${MAX_PARTS} parts`);
  }
  let unpacked = 0;
  for (const part of parts) {
    await new Promise<void>((resolve, reject) => {
      const stream = part.nodeStream('nodebuffer');
      stream.on('data', (chunk: Buffer) => {
        unpacked += chunk.byteLength;
        if (unpacked > MAX_UNPACKED_BYTES) {
          // Paused, the part's inflating stops where it is.
          stream.pause();
          resolve();
        }
      });
      stream.on('error', () => reject(damaged()));
      stream.on('end', resolve);
    });
    if (unpacked > MAX_UNPACKED_BYTES) {
      throw new SpreadsheetUnreadableError('unpacks-too-large', `it unpacks to more than ${MAX_UNPACKED_BYTES} bytes`);
    }
  }
}

/** Reading a workbook takes ten to twenty times its unpacked size in memory: one at a time per process. */
const oneWorkbookAtATime = pLimit(1);

async function readXlsx(bytes: Uint8Array): Promise<TSheet[]> {
  await checkUnpackedSize(bytes);
  const { default: Excel } = await loadExcelJS();
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw damaged();
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
  if (text.includes('\u0000')) {
    throw new SpreadsheetUnreadableError('not-text', 'it holds NUL bytes, so it is no text file');
  }
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
    throw new SpreadsheetUnreadableError('not-csv', `it is not valid CSV (${(error as Error).message})`);
  }
  return [{ name: 'csv', rows: records.map(({ record, info }) => ({ number: info.lines, cells: record })) }];
}

/**
 * The one reader of uploaded spreadsheets: XLSX, or CSV in UTF-8 or Windows-1252 with commas or semicolons.
 * A file that is neither is a 400 in the one error shape, with a reason the web tells the person in their
 * language; what the cells say is for the caller to judge.
 */
export async function readSpreadsheet(bytes: Uint8Array): Promise<TSpreadsheet> {
  if (bytes.length === 0) throw new SpreadsheetUnreadableError('empty', 'it is empty');
  if (bytes.length > SPREADSHEET_MAX_BYTES) {
    throw new SpreadsheetUnreadableError('too-large', `it is larger than ${SPREADSHEET_MAX_BYTES} bytes`);
  }
  if (ZIP_SIGNATURE.every((byte, i) => bytes[i] === byte)) {
    return { format: 'xlsx', sheets: await oneWorkbookAtATime(() => readXlsx(bytes)) };
  }
  return { format: 'csv', sheets: readCsv(bytes) };
}
