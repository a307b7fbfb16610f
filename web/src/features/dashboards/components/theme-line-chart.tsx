import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type DotItemDotProps,
} from 'recharts';
import { THEME_NUMBERS, type TThemeNumber } from '@koers/shared/themes';
import { seriesStyle } from '../../../components/charts/palette.ts';
import { SeriesMarker } from '../../../components/charts/series-marker.tsx';
import { useFormatNumber } from '../../../i18n/use-format-number.ts';
import { quarterCode } from '../utils/quarters.ts';

export type TLinePoint = {
  x: number;
  periodCode: string;
  scores: Record<`${TThemeNumber}`, number | null>;
  /** A quarter whose point is not final (still open, too few partnerships): shaded, with this word over it. */
  mark?: string;
  /** Said with the quarter in the tooltip, e.g. how many partnerships the point stands on. */
  detail?: string;
};

type TThemeLineChartProps = {
  points: readonly TLinePoint[];
  themeNames: Record<TThemeNumber, string>;
  /** One theme drawn strongly and the others faintly; null draws all five alike. */
  focus: TThemeNumber | null;
  versionChanges?: readonly { x: number; version: number }[];
  notes?: readonly { x: number; number: number }[];
  height?: number;
};

const AXIS_TICK = { fontSize: 12, fill: '#4b5b62' };

/** Five theme lines over the quarters, with markers where the questionnaire changed and where notes were made. */
export function ThemeLineChart({
  points,
  themeNames,
  focus,
  versionChanges = [],
  notes = [],
  height = 320,
}: TThemeLineChartProps) {
  const { t } = useTranslation();
  const { score } = useFormatNumber();
  const first = points[0]?.x ?? 0;
  const last = points.at(-1)?.x ?? 0;

  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 720, height }}>
      <LineChart data={[...points]} margin={{ top: 28, right: 24, bottom: 4, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#e3e8e4" vertical={false} />
        <XAxis
          type="number"
          dataKey="x"
          domain={[first - 0.25, last + 0.25]}
          ticks={points.map((point) => point.x)}
          tickFormatter={(value: number) => quarterCode(value)}
          tick={AXIS_TICK}
          minTickGap={8}
        />
        <YAxis domain={[0.8, 4.2]} ticks={[1, 2, 3, 4]} tick={AXIS_TICK} width={32} />
        <Tooltip
          labelFormatter={(value) => {
            const point = points.find((p) => p.x === Number(value));
            return [quarterCode(Number(value)), point?.mark, point?.detail].filter(Boolean).join(' · ');
          }}
          formatter={(value, name) => [typeof value === 'number' ? score(value) : String(value), name]}
        />
        {points
          .filter((point) => point.mark !== undefined)
          .map((point) => (
            <ReferenceArea
              key={`m${point.x}`}
              x1={Math.max(point.x - 0.4, first - 0.25)}
              x2={Math.min(point.x + 0.4, last + 0.25)}
              y1={0.8}
              y2={4.2}
              fill="#4b5b62"
              fillOpacity={0.12}
              stroke="#4b5b62"
              strokeDasharray="2 3"
              label={{ value: point.mark, position: 'top', fontSize: 12, fill: '#3b4a50' }}
            />
          ))}
        {versionChanges.map((change) => (
          <ReferenceLine
            key={`v${change.x}`}
            x={change.x - 0.5}
            stroke="#4b5b62"
            strokeDasharray="3 3"
            label={{
              value: t('charts.versionChange', { version: change.version }),
              position: 'top',
              fontSize: 12,
              fill: '#4b5b62',
            }}
          />
        ))}
        {notes.map((note) => (
          <ReferenceLine
            key={`n${note.number}`}
            x={note.x}
            stroke="#9a6b00"
            strokeWidth={1.5}
            label={{ value: `✎${note.number}`, position: 'insideTop', fontSize: 12, fill: '#6b4a00', fontWeight: 700 }}
          />
        ))}
        {THEME_NUMBERS.map((theme, index) => {
          const style = seriesStyle(index);
          const faint = focus !== null && focus !== theme;
          return (
            <Line
              key={theme}
              type="linear"
              name={themeNames[theme]}
              dataKey={(point: TLinePoint) => point.scores[`${theme}`]}
              stroke={style.color}
              strokeWidth={focus === theme ? 3.5 : 2}
              strokeOpacity={faint ? 0.2 : 1}
              strokeDasharray={style.dash}
              dot={(props: DotItemDotProps) =>
                props.cx === undefined || props.cy === undefined || props.value === null ? null : (
                  <SeriesMarker
                    key={`${theme}-${props.index}`}
                    shape={style.marker}
                    cx={props.cx}
                    cy={props.cy}
                    color={style.color}
                    faint={faint}
                  />
                )
              }
              isAnimationActive={false}
              connectNulls={false}
            />
          );
        })}
      </LineChart>
    </ResponsiveContainer>
  );
}
