import type { FastifyReply } from 'fastify';
import type { TExportFormat } from '@koers/shared/exports';
import { InvalidInputError } from '../../errors.ts';
import type { TExportFile } from './export-file.ts';
import type { TLanguage } from '@koers/shared/language';
import { csvOf } from './write-csv.ts';
import { jsonOf } from './write-json.ts';
import { xlsxOf } from './write-xlsx.ts';

const CONTENT_TYPES: Record<TExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** `Partnerschap Twente Leert` as `partnerschap-twente-leert`: a name every file system and browser keeps. */
function safeFileName(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 120) || 'koers-export'
  );
}

function csvBody(file: TExportFile, language: TLanguage) {
  const [table, ...more] = file.sheets;
  if (!table || more.length > 0)
    throw new InvalidInputError('This export has several tables: choose xlsx or json', [
      { path: 'format', message: 'Choose xlsx or json' },
    ]);
  return csvOf(table, language);
}

/** Sends the file as a download in `format`, read from the database while it is written. */
export function sendExport(reply: FastifyReply, file: TExportFile, format: TExportFormat, language: TLanguage) {
  const body = format === 'xlsx' ? xlsxOf(file, language) : format === 'json' ? jsonOf(file) : csvBody(file, language);
  return reply
    .header('content-type', CONTENT_TYPES[format])
    .header('content-disposition', `attachment; filename="${safeFileName(file.fileName)}.${format}"`)
    .header('cache-control', 'no-store')
    .send(body);
}
