import { SCORE_CELL_FORMAT } from '@koers/shared/score-format';

/**
 * Exports of what a chart or table shows: CSV and XLSX of its rows, PNG of its picture. The XLSX
 * writer is imported only when someone asks for a spreadsheet, so no page pays for it up front.
 */

export type TExportCell = string | number | null;

/** How a spreadsheet shows a column: its width in characters, and scores written by the one score rule. */
type TExportColumn = { width: number; kind?: 'score' };

export type TExportSheet = {
  header: readonly string[];
  rows: readonly (readonly TExportCell[])[];
  /**
   * A spreadsheet travels without the page around it, so it states above its table what it holds: a
   * title and label-value lines (quarter, filters). CSV leaves them out, so it stays one plain table.
   */
  title?: string;
  facts?: readonly (readonly [label: string, value: string])[];
  columns?: readonly TExportColumn[];
};

function csvCell(cell: TExportCell): string {
  if (cell === null) return '';
  const text = String(cell);
  return /[",\n\r;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV with a byte-order mark, so spreadsheet programs read the accents right. */
export function toCsv({ header, rows }: TExportSheet): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
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

export function downloadCsv(sheet: TExportSheet, fileName: string) {
  download(new Blob([toCsv(sheet)], { type: 'text/csv;charset=utf-8' }), `${fileName}.csv`);
}

type TXlsxCell = { value: string | number; fontWeight?: 'bold'; format?: string } | null;

/**
 * The sheet as write-excel-file takes it: the title and facts first, a blank row, then the header and
 * the rows. Numbers stay numbers (a spreadsheet can sum and sort them); score columns carry the number
 * format of the one score rule, so Excel writes 3.25 and 3.0 as the pages do.
 */
export function xlsxSheet(sheet: TExportSheet): {
  data: TXlsxCell[][];
  columns: { width: number }[];
  stickyRowsCount: number;
} {
  const heading: TXlsxCell[][] = [
    ...(sheet.title ? [[{ value: sheet.title, fontWeight: 'bold' as const }]] : []),
    ...(sheet.facts ?? []).map(([label, value]) => [{ value: label, fontWeight: 'bold' as const }, { value }]),
  ];
  const lead = heading.length > 0 ? [...heading, []] : [];
  const format = (index: number) => (sheet.columns?.[index]?.kind === 'score' ? SCORE_CELL_FORMAT : undefined);
  return {
    data: [
      ...lead,
      sheet.header.map((value) => ({ value, fontWeight: 'bold' as const })),
      ...sheet.rows.map((row) =>
        row.map((value, index): TXlsxCell => {
          if (value === null) return null;
          const cellFormat = typeof value === 'number' ? format(index) : undefined;
          return cellFormat ? { value, format: cellFormat } : { value };
        }),
      ),
    ],
    columns: sheet.header.map((label, index) => ({
      width: sheet.columns?.[index]?.width ?? Math.max(10, label.length + 2),
    })),
    // The header row stays in view while scrolling through the partnerships.
    stickyRowsCount: lead.length + 1,
  };
}

export async function downloadXlsx(sheet: TExportSheet, fileName: string) {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const { data, columns, stickyRowsCount } = xlsxSheet(sheet);
  download(await writeXlsxFile(data, { columns, stickyRowsCount }).toBlob(), `${fileName}.xlsx`);
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
