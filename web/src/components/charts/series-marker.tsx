import type { TMarkerShape } from './palette.ts';

type TSeriesMarkerProps = {
  shape: TMarkerShape;
  cx: number;
  cy: number;
  color: string;
  size?: number;
  /** Hollow markers for a series drawn faintly, so the chosen one stands out. */
  faint?: boolean;
};

/** The marker shape of a series, drawn in SVG; Recharts calls it for every data point. */
export function SeriesMarker({ shape, cx, cy, color, size = 4, faint = false }: TSeriesMarkerProps) {
  const common = { stroke: color, strokeWidth: 1.5, fill: faint ? '#ffffff' : color, opacity: faint ? 0.5 : 1 };
  switch (shape) {
    case 'circle':
      return <circle cx={cx} cy={cy} r={size} {...common} />;
    case 'square':
      return <rect x={cx - size} y={cy - size} width={size * 2} height={size * 2} {...common} />;
    case 'triangle':
      return (
        <path
          d={`M${cx},${cy - size * 1.2}L${cx + size * 1.1},${cy + size}L${cx - size * 1.1},${cy + size}Z`}
          {...common}
        />
      );
    case 'diamond':
      return (
        <path
          d={`M${cx},${cy - size * 1.3}L${cx + size * 1.1},${cy}L${cx},${cy + size * 1.3}L${cx - size * 1.1},${cy}Z`}
          {...common}
        />
      );
    case 'cross':
      return (
        <path
          d={`M${cx - size},${cy - size}L${cx + size},${cy + size}M${cx - size},${cy + size}L${cx + size},${cy - size}`}
          stroke={color}
          strokeWidth={2.5}
          opacity={faint ? 0.5 : 1}
        />
      );
  }
}

/** A legend swatch: a short stretch of the series' line with its marker, so the legend matches the chart. */
export function LegendSwatch({ color, dash, shape }: { color: string; dash: string | undefined; shape: TMarkerShape }) {
  return (
    <svg width="36" height="14" viewBox="0 0 36 14" aria-hidden="true" focusable="false">
      <line x1="1" y1="7" x2="35" y2="7" stroke={color} strokeWidth="2.5" strokeDasharray={dash} />
      <SeriesMarker shape={shape} cx={18} cy={7} color={color} size={4} />
    </svg>
  );
}
