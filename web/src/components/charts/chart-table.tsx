import type { TExportCell, TExportSheet } from '../../lib/chart-export.ts';
import { TableScroller } from '../table-scroller.tsx';

/** A numeric column holds scores unless it holds counts (of partnerships, say), which have no decimals. */
type TChartColumn = { label: string; numeric?: boolean; count?: boolean };

/**
 * What a chart shows, as rows: the chart, its table alternative and its CSV are all made from this one
 * value, so they cannot tell different stories. The first column names the row.
 */
export type TChartTable = {
  caption: string;
  columns: readonly TChartColumn[];
  rows: readonly (readonly TExportCell[])[];
};

export function chartTableSheet(table: TChartTable): TExportSheet {
  return { header: table.columns.map((column) => column.label), rows: table.rows };
}

type TChartTableProps = {
  table: TChartTable;
  formatNumber: (value: number) => string;
  formatCount?: (value: number) => string;
  /** Shown in a cell without a value. */
  emptyCell: string;
  id?: string;
};

export function ChartTable({ table, formatNumber, formatCount = String, emptyCell, id }: TChartTableProps) {
  const [first, ...rest] = table.columns;
  return (
    <TableScroller label={table.caption} id={id}>
      <table className="data-table">
        <caption className="visually-hidden">{table.caption}</caption>
        <thead>
          <tr>
            {first ? <th scope="col">{first.label}</th> : null}
            {rest.map((column) => (
              <th key={column.label} scope="col" className={column.numeric ? 'numeric' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, rowIndex) => (
            <tr key={`${String(row[0])}-${rowIndex}`}>
              <th scope="row">{cellText(row[0] ?? null, formatNumber, emptyCell)}</th>
              {rest.map((column, index) => (
                <td key={column.label} data-label={column.label} className={column.numeric ? 'numeric' : undefined}>
                  {cellText(row[index + 1] ?? null, column.count ? formatCount : formatNumber, emptyCell)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}

function cellText(value: TExportCell, formatNumber: (value: number) => string, emptyCell: string): string {
  if (value === null || value === '') return emptyCell;
  return typeof value === 'number' ? formatNumber(value) : value;
}
