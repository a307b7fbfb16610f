import { PassThrough, type Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../../load-on-first-use.ts';
import { inWords } from './export-words.ts';
import type { TCell, TColumnType, TExportFile } from './export-file.ts';
import type { TLanguage } from '@koers/shared/language';

const NUMBER_FORMATS: Record<TColumnType, string | undefined> = {
  text: undefined,
  number: '0',
  score: '0.00',
  date: 'dd-mm-yyyy',
  datetime: 'dd-mm-yyyy hh:mm',
};

const ABOUT_TITLE = { nl: 'Over dit bestand', en: 'About this file' } as const;

const amsterdamParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/**
 * Excel's dates have no time zone: an instant is written as the wall-clock time in the Netherlands, where
 * Koers's people read it, and a calendar day as that day.
 */
function excelDate(value: string, type: 'date' | 'datetime'): Date {
  if (type === 'date') return new Date(`${value.slice(0, 10)}T00:00:00Z`);
  const part = Object.fromEntries(amsterdamParts.formatToParts(new Date(value)).map((p) => [p.type, p.value]));
  return new Date(`${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}:${part.second}Z`);
}

function excelValue(value: TCell, type: TColumnType, language: TLanguage): ExcelJS.CellValue {
  if (value === null) return null;
  if (typeof value === 'boolean') return language === 'nl' ? (value ? 'ja' : 'nee') : value ? 'yes' : 'no';
  if (typeof value === 'string' && (type === 'date' || type === 'datetime')) return excelDate(value, type);
  return value;
}

/** Excel refuses sheet names over 31 characters or with any of : \ / ? * [ ]. */
const sheetName = (title: string) => title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);

/**
 * The file as an Excel workbook, written while it is sent: a first sheet says what the file holds and how
 * it was asked for, then a sheet per table with a bold, frozen header row, typed cells and column widths.
 */
export function xlsxOf(file: TExportFile, language: TLanguage): Readable {
  const stream = new PassThrough();
  void (async () => {
    try {
      const { default: Excel } = await loadExcelJS();
      const workbook = new Excel.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
      const about = workbook.addWorksheet(sheetName(ABOUT_TITLE[language]));
      about.columns = [{ width: 28 }, { width: 60 }];
      about.addRow([file.title[language]]).font = { bold: true, size: 14 };
      for (const line of file.about) {
        const value = typeof line.value === 'object' && line.value !== null ? line.value[language] : line.value;
        about
          .addRow([line.label[language], excelValue(inWords(value, line.words, language), 'text', language)])
          .commit();
      }
      about.commit();

      for (const sheet of file.sheets) {
        const worksheet = workbook.addWorksheet(sheetName(sheet.title[language]), {
          views: [{ state: 'frozen', ySplit: 1 }],
        });
        worksheet.columns = sheet.columns.map((column) => ({
          header: column.header[language],
          key: column.key,
          width: column.width,
          style: NUMBER_FORMATS[column.type] ? { numFmt: NUMBER_FORMATS[column.type] } : {},
        }));
        worksheet.getRow(1).font = { bold: true };
        worksheet.getRow(1).commit();
        for await (const row of sheet.rows) {
          worksheet
            .addRow(
              sheet.columns.map((column) =>
                excelValue(inWords(row[column.key] ?? null, column.words, language), column.type, language),
              ),
            )
            .commit();
        }
        worksheet.commit();
      }
      await workbook.commit();
    } catch (error) {
      stream.destroy(error as Error);
    }
  })();
  return stream;
}
