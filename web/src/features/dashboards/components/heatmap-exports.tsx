import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TBoardOverview, TBoardOverviewQuery } from '@koers/shared/dashboards';
import { downloadCsv, downloadXlsx, exportFileName } from '../../../lib/chart-export.ts';
import { heatmapSheet } from '../utils/board-data.ts';
import styles from './board.module.css';

type THeatmapExportsProps = { overview: TBoardOverview; filters: TBoardOverviewQuery };

/** The heatmap as CSV or Excel, with the filters it was made with. */
export function HeatmapExports({ overview, filters }: THeatmapExportsProps) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const fileName = exportFileName(t('board.file'), overview.period?.code ?? '');
  const sheet = () => heatmapSheet(overview, filters, t);
  const xlsx = async () => {
    setFailed(false);
    try {
      await downloadXlsx(sheet(), fileName);
    } catch {
      setFailed(true);
    }
  };
  return (
    <div className={styles.tools}>
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => downloadCsv(sheet(), fileName)}
      >
        {t('charts.downloadCsv')}
        <span className="visually-hidden">: {t('board.heatmap.short')}</span>
      </button>
      <button type="button" className="button button-secondary button-small" onClick={() => void xlsx()}>
        {t('charts.downloadXlsx')}
        <span className="visually-hidden">: {t('board.heatmap.short')}</span>
      </button>
      <p role="status" className={styles.exportStatus}>
        {failed ? t('charts.exportFailed') : null}
      </p>
    </div>
  );
}
