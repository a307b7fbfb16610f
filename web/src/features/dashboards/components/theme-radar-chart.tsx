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
import type { TSeriesStyle } from '../../../components/charts/palette.ts';
import { SeriesMarker } from '../../../components/charts/series-marker.tsx';
import { useFormatNumber } from '../../../i18n/use-format-number.ts';
import { RADAR_SERIES, type TRadarPoint } from '../utils/dashboard-data.ts';

const { current: CURRENT, previous: PREVIOUS, peers: PEERS } = RADAR_SERIES;

function markers(style: TSeriesStyle) {
  return (props: DotItemDotProps) =>
    props.cx === undefined || props.cy === undefined ? null : (
      <SeriesMarker key={props.index} shape={style.marker} cx={props.cx} cy={props.cy} color={style.color} />
    );
}

type TThemeRadarChartProps = {
  points: readonly TRadarPoint[];
  /** The series' names, as the legend shows them; a series without a name is not drawn. */
  current: string;
  previous: string | undefined;
  peers: string | undefined;
  height: number;
};

/** The drawing of the theme radar: the quarter, the quarter before and the peers' median. */
export function ThemeRadarChart({ points, current, previous, peers, height }: TThemeRadarChartProps) {
  const { score } = useFormatNumber();
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 480, height }}>
      <RadarChart
        data={[...points]}
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
        {peers ? (
          <Radar
            name={peers}
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
          name={current}
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
  );
}
