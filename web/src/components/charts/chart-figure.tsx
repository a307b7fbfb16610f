import { Suspense, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '../../i18n/i18n.ts';
import { useFormatNumber } from '../../i18n/use-format-number.ts';
import { downloadCsv, downloadSvgAsPng } from '../../lib/chart-export.ts';
import { ChartTable, chartTableSheet, type TChartTable } from './chart-table.tsx';
import type { TSeriesStyle } from './palette.ts';
import { LegendSwatch } from './series-marker.tsx';
import styles from './charts.module.css';

export type TLegendItem = { label: string; style: TSeriesStyle };

type TChartFigureProps = {
  title: string;
  headingLevel?: 2 | 3;
  /** One or two sentences that say what the chart shows; screen readers hear it with the chart. */
  summary: ReactNode;
  legend?: readonly TLegendItem[];
  /** The chart's data as a table: shown on request, and the source of the CSV. */
  table: TChartTable;
  fileName: string;
  /** Controls above the chart, such as choosing one theme. */
  controls?: ReactNode;
  /** Notes under the chart, such as why a comparison is missing. */
  footer?: ReactNode;
  /** The drawing's height in pixels, kept free while a lazily loaded chart is on its way. */
  height: number;
  /**
   * Said in place of the drawing when there is nothing to draw (every point withheld, say): an empty
   * pair of axes would read as "no change". The table and CSV stay.
   */
  nothingToDraw?: ReactNode;
  children: ReactNode;
};

/**
 * A chart with everything that makes it usable without seeing it: a heading, a text summary, a legend
 * that does not rely on colour, the same data as a table behind a button, and CSV and PNG downloads.
 */
export function ChartFigure({
  title,
  headingLevel = 2,
  summary,
  legend = [],
  table,
  fileName,
  controls,
  footer,
  height,
  nothingToDraw,
  children,
}: TChartFigureProps) {
  const { t, i18n } = useTranslation();
  const { score, count } = useFormatNumber();
  const id = useId();
  const chartRef = useRef<HTMLDivElement>(null);
  const [showTable, setShowTable] = useState(false);
  const [exportFailed, setExportFailed] = useState(false);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  const exportCsv = async () => {
    setExportFailed(false);
    try {
      await downloadCsv(chartTableSheet(table), fileName, toLanguage(i18n.resolvedLanguage));
    } catch {
      setExportFailed(true);
    }
  };

  const exportPng = async () => {
    setExportFailed(false);
    const svg = chartRef.current?.querySelector<SVGSVGElement>('.recharts-wrapper > svg');
    try {
      if (!svg) throw new Error('No chart to export');
      await downloadSvgAsPng(svg, fileName, {
        title,
        legend: legend.map((item) => ({ label: item.label, color: item.style.color, dash: item.style.dash })),
      });
    } catch {
      setExportFailed(true);
    }
  };

  return (
    <section className={`surface ${styles.figure}`} aria-labelledby={`${id}-title`}>
      <div className={styles.header}>
        <Heading id={`${id}-title`} className={styles.title}>
          {title}
        </Heading>
        <div className={styles.tools}>
          <button
            type="button"
            className="button button-secondary button-small"
            aria-expanded={showTable}
            aria-controls={`${id}-table`}
            onClick={() => setShowTable((shown) => !shown)}
          >
            {showTable ? t('charts.hideTable') : t('charts.showTable')}
          </button>
          <button type="button" className="button button-secondary button-small" onClick={() => void exportCsv()}>
            {t('charts.downloadCsv')}
            <span className="visually-hidden">: {title}</span>
          </button>
          {nothingToDraw ? null : (
            <button type="button" className="button button-secondary button-small" onClick={() => void exportPng()}>
              {t('charts.downloadPng')}
              <span className="visually-hidden">: {title}</span>
            </button>
          )}
        </div>
      </div>
      <div id={`${id}-summary`} className={styles.summary}>
        {summary}
      </div>
      {controls}
      {legend.length > 0 ? (
        <ul className={styles.legend} aria-label={t('charts.legend')}>
          {legend.map((item) => (
            <li key={item.label}>
              <LegendSwatch color={item.style.color} dash={item.style.dash} shape={item.style.marker} />
              {item.label}
            </li>
          ))}
        </ul>
      ) : null}
      {/* The picture is for eyes; the summary above and the table below carry the same data in words. */}
      {nothingToDraw ? (
        <div className={styles.nothingToDraw}>{nothingToDraw}</div>
      ) : (
        <div
          ref={chartRef}
          className={styles.chart}
          role="img"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-summary`}
          style={{ minHeight: height }}
        >
          <Suspense fallback={<div className={styles.chartPending} style={{ height }} />}>{children}</Suspense>
        </div>
      )}
      {footer}
      <p role="status" className={styles.exportStatus}>
        {exportFailed ? t('charts.exportFailed') : null}
      </p>
      <div id={`${id}-table`} hidden={!showTable}>
        {showTable ? (
          <ChartTable table={table} formatNumber={score} formatCount={count} emptyCell={t('charts.noValue')} />
        ) : null}
      </div>
    </section>
  );
}
