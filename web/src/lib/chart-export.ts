/**
 * Exports of what a chart shows on the page: CSV of its table, PNG of its picture. Whole lists and
 * records (the board overview, a partnership, the review queue, the audit log) are exported by the
 * server instead, over every page and in the dialect of the interface's language.
 */

import { csvWriterOptions } from '@koers/shared/csv-dialect';
import type { TLanguage } from '@koers/shared/language';

export type TExportCell = string | number | null;

export type TExportSheet = {
  header: readonly string[];
  rows: readonly (readonly TExportCell[])[];
};

/**
 * A chart's table as CSV in the dialect of the interface's language, as the server's exports write it
 * (`csvWriterOptions`). csv-stringify is loaded only when someone downloads.
 */
export async function toCsv({ header, rows }: TExportSheet, language: TLanguage): Promise<string> {
  const { stringify } = await import('csv-stringify/browser/esm/sync');
  const cells = rows.map((row) => row.map((cell) => cell ?? ''));
  return stringify([[...header], ...cells], csvWriterOptions(language));
}

function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the file to the browser; the URL is no longer needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export async function downloadCsv(sheet: TExportSheet, fileName: string, language: TLanguage) {
  download(new Blob([await toCsv(sheet, language)], { type: 'text/csv;charset=utf-8' }), `${fileName}.csv`);
}

/** Text in the picture uses the page's font; a serialised SVG would otherwise fall back to a serif. */
const PNG_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

/** A legend entry to draw under the chart in the picture: the page's legend is HTML, not part of the SVG. */
export type TPngLegendItem = { label: string; color: string; dash: string | undefined };

const LEGEND_ROW = 22;

/**
 * Draws a chart's SVG onto a canvas at twice its size, with its title above and legend below, and saves
 * it as PNG. The SVG travels as a data: URL, which the page's content security policy allows for images.
 */
export async function downloadSvgAsPng(
  svg: SVGSVGElement,
  fileName: string,
  { title, legend = [] }: { title: string; legend?: readonly TPngLegendItem[] },
) {
  const { width, height } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('font-family', PNG_FONT);
  const source = new XMLSerializer().serializeToString(clone);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
  await image.decode();

  const scale = 2;
  const top = 36;
  const bottom = legend.length > 0 ? legend.length * LEGEND_ROW + 12 : 8;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil((height + top + bottom) * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('Canvas 2D is not available');
  context.scale(scale, scale);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height + top + bottom);
  context.fillStyle = '#083943';
  context.font = `600 16px ${PNG_FONT}`;
  context.fillText(title, 12, 24);
  context.drawImage(image, 0, top, width, height);
  context.font = `13px ${PNG_FONT}`;
  legend.forEach((item, index) => {
    const y = top + height + 8 + index * LEGEND_ROW + LEGEND_ROW / 2;
    context.strokeStyle = item.color;
    context.lineWidth = 2.5;
    context.setLineDash(item.dash ? item.dash.split(' ').map(Number) : []);
    context.beginPath();
    context.moveTo(12, y);
    context.lineTo(48, y);
    context.stroke();
    context.fillStyle = '#1b2a31';
    context.fillText(item.label, 56, y + 4);
  });
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The chart could not be turned into a picture');
  download(blob, `${fileName}.png`);
}

/** A file name from a title: lower case, no spaces or characters file systems dislike. */
export function exportFileName(...parts: string[]): string {
  return parts
    .join('-')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
