import { downsample } from '../../../lib/downsample.ts';

/**
 * The quarters a trend chart draws. A long series is thinned (see downsample), but the quarters on both
 * sides of a questionnaire version change stay, and so does the quarter each note belongs to, so every
 * marker still sits on the stretch of line it explains. The chart's table and exports keep every quarter.
 */
export function pointsToDraw<T extends { x: number }>(
  points: readonly T[],
  versionChanges: readonly { x: number }[] = [],
  notes: readonly { x: number }[] = [],
): T[] {
  const changes = new Set(versionChanges.map((change) => change.x));
  // A note belongs to the last quarter on the axis at or before the moment it was dated.
  const noteQuarters = new Set(notes.map((note) => points.findLast((point) => point.x <= note.x)?.x));
  return downsample(
    points,
    undefined,
    (point, index) =>
      changes.has(point.x) || changes.has(points[index + 1]?.x ?? Number.NaN) || noteQuarters.has(point.x),
  );
}
