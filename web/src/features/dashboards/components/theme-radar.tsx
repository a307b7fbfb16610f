import { useTranslation } from 'react-i18next';
import type { TPartnershipDashboard } from '@koers/shared/dashboards';
import { ChartFigure, type TLegendItem } from '../../../components/charts/chart-figure.tsx';
import { toLanguage } from '../../../i18n/i18n.ts';
import { useFormatNumber } from '../../../i18n/use-format-number.ts';
import { exportFileName } from '../../../lib/chart-export.ts';
import { RADAR_SERIES, radarPoints, radarSummary, radarTable } from '../utils/dashboard-data.ts';
import { ThemeRadarChart } from './lazy-charts.ts';
import styles from './dashboard.module.css';

const RADAR_HEIGHT = 340;

/** The five themes of one quarter as a spider, against the quarter before and, when there are enough, peers. */
export function ThemeRadar({ dashboard }: { dashboard: TPartnershipDashboard }) {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  const { score } = useFormatNumber();
  const points = radarPoints(dashboard, t);
  const table = radarTable(points, dashboard, t);
  const period = dashboard.period?.code ?? '';
  const previous = dashboard.previousPeriod?.code;
  const peers = dashboard.peers.shown ? t('dashboard.radar.peerMedian') : undefined;

  const legend: TLegendItem[] = [
    { label: period, style: RADAR_SERIES.current },
    ...(previous ? [{ label: previous, style: RADAR_SERIES.previous }] : []),
    ...(peers ? [{ label: peers, style: RADAR_SERIES.peers }] : []),
  ];

  return (
    <ChartFigure
      title={t('dashboard.radar.title')}
      summary={<p>{radarSummary(dashboard, language, t, score)}</p>}
      legend={legend}
      table={table}
      fileName={exportFileName(dashboard.partnership.name, t('dashboard.radar.file'), period)}
      height={RADAR_HEIGHT}
      footer={
        dashboard.peers.shown ? (
          <p className={styles.chartNote}>{t('dashboard.radar.peersShown', { count: dashboard.peers.count })}</p>
        ) : (
          <p className={styles.chartNote}>{t('dashboard.radar.peersHidden')}</p>
        )
      }
    >
      <ThemeRadarChart points={points} current={period} previous={previous} peers={peers} height={RADAR_HEIGHT} />
    </ChartFigure>
  );
}
