import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';

/** A worksheet as rows of cell values, header row first. */
export type TSheetRows = ExcelJS.CellValue[][];

/** Reads an XLSX download back with exceljs: every sheet by name, as rows of cell values. */
export async function readXlsx(body: Buffer): Promise<Map<string, TSheetRows>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheets = new Map<string, TSheetRows>();
  workbook.eachSheet((worksheet) => {
    const rows: TSheetRows = [];
    worksheet.eachRow((row) => {
      rows.push((row.values as ExcelJS.CellValue[]).slice(1));
    });
    sheets.set(worksheet.name, rows);
  });
  return sheets;
}

/** Reads a CSV download back with csv-parse, with the separator the dialect promises. */
export function readCsv(body: Buffer, delimiter: ';' | ','): string[][] {
  return parse(body, { delimiter, bom: true, relax_column_count: false }) as string[][];
}
