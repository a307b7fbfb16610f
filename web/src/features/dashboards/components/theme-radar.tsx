import { useTranslation } from 'react-i18next';
import {
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Tooltip,
  type DotItemDotProps,
} from 'recharts';
import type { TPartnershipDashboard } from '@koers/shared/dashboards';
import { ChartFigure, type TLegendItem } from '../../../components/charts/chart-figure.tsx';
import { seriesStyle, type TSeriesStyle } from '../../../components/charts/palette.ts';
import { SeriesMarker } from '../../../components/charts/series-marker.tsx';
import { toLanguage } from '../../../i18n/i18n.ts';
import { useFormatNumber } from '../../../i18n/use-format-number.ts';
import { exportFileName } from '../../../lib/chart-export.ts';
import { radarPoints, radarSummary, radarTable, type TRadarPoint } from '../utils/dashboard-data.ts';
import styles from './dashboard.module.css';

const CURRENT = seriesStyle(0);
const PREVIOUS = seriesStyle(1);
const PEERS = seriesStyle(2);

function markers(style: TSeriesStyle) {
  return (props: DotItemDotProps) =>
    props.cx === undefined || props.cy === undefined ? null : (
      <SeriesMarker key={props.index} shape={style.marker} cx={props.cx} cy={props.cy} color={style.color} />
    );
}

/** The five themes of one quarter as a spider, against the quarter before and, when there are enough, peers. */
export function ThemeRadar({ dashboard }: { dashboard: TPartnershipDashboard }) {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  const { score } = useFormatNumber();
  const points = radarPoints(dashboard, t);
  const table = radarTable(points, dashboard, t);
  const period = dashboard.period?.code ?? '';
  const previous = dashboard.previousPeriod?.code;

  const legend: TLegendItem[] = [
    { label: period, style: CURRENT },
    ...(previous ? [{ label: previous, style: PREVIOUS }] : []),
    ...(dashboard.peers.shown ? [{ label: t('dashboard.radar.peerMedian'), style: PEERS }] : []),
  ];

  return (
    <ChartFigure
      title={t('dashboard.radar.title')}
      summary={<p>{radarSummary(dashboard, language, t, score)}</p>}
      legend={legend}
      table={table}
      fileName={exportFileName(dashboard.partnership.name, t('dashboard.radar.file'), period)}
      footer={
        dashboard.peers.shown ? (
          <p className={styles.chartNote}>{t('dashboard.radar.peersShown', { count: dashboard.peers.count })}</p>
        ) : (
          <p className={styles.chartNote}>{t('dashboard.radar.peersHidden')}</p>
        )
      }
    >
      <ResponsiveContainer width="100%" height={340} initialDimension={{ width: 480, height: 340 }}>
        <RadarChart
          data={points}
          outerRadius="62%"
          margin={{ top: 8, right: 72, bottom: 8, left: 72 }}
          accessibilityLayer={false}
        >
          <PolarGrid stroke="#d3dbd6" />
          <PolarAngleAxis dataKey="label" tick={{ fontSize: 12, fill: '#1b2a31' }} />
          <PolarRadiusAxis
            domain={[0, 4]}
            ticks={[1, 2, 3, 4] as never}
            angle={90}
            tick={{ fontSize: 11, fill: '#4b5b62' }}
            axisLine={false}
          />
          <Tooltip formatter={(value, name) => [typeof value === 'number' ? score(value) : '—', name]} />
          {previous ? (
            <Radar
              name={previous}
              dataKey={(point: TRadarPoint) => point.previous}
              stroke={PREVIOUS.color}
              strokeWidth={2}
              strokeDasharray={PREVIOUS.dash}
              fillOpacity={0}
              dot={markers(PREVIOUS)}
              isAnimationActive={false}
            />
          ) : null}
          {dashboard.peers.shown ? (
            <Radar
              name={t('dashboard.radar.peerMedian')}
              dataKey={(point: TRadarPoint) => point.peerMedian}
              stroke={PEERS.color}
              strokeWidth={2}
              strokeDasharray={PEERS.dash}
              fillOpacity={0}
              dot={markers(PEERS)}
              isAnimationActive={false}
            />
          ) : null}
          <Radar
            name={period}
            dataKey={(point: TRadarPoint) => point.current}
            stroke={CURRENT.color}
            strokeWidth={2.5}
            fill={CURRENT.color}
            fillOpacity={0.14}
            dot={markers(CURRENT)}
            isAnimationActive={false}
          />
        </RadarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
