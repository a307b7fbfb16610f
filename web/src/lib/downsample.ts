/** Beyond this many points a line chart turns into a smudge, and Recharts slows down with it. */
export const MAX_CHART_POINTS = 40;

/**
 * Thins a long series to at most `max` points by taking evenly spaced ones. The first and last points
 * always stay, and so does every point `keep` marks (a questionnaire version change, say), so what the
 * reader must see is never thinned away.
 */
export function downsample<T>(
  points: readonly T[],
  max = MAX_CHART_POINTS,
  keep: (point: T, index: number) => boolean = () => false,
) {
  if (points.length <= max) return [...points];
  const chosen = new Set<number>([0, points.length - 1]);
  points.forEach((point, index) => {
    if (keep(point, index)) chosen.add(index);
  });
  const room = Math.max(0, max - chosen.size);
  const step = (points.length - 1) / (room + 1);
  for (let i = 1; i <= room; i++) chosen.add(Math.round(i * step));
  return [...chosen].sort((a, b) => a - b).map((index) => points[index] as T);
}
