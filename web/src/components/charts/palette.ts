/**
 * Okabe-Ito colours, safe for the common kinds of colour blindness. Colour is never the only cue:
 * every series also has its own line pattern and marker shape, and a label in the legend.
 */
export type TMarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross';
export type TSeriesStyle = { color: string; dash: string | undefined; marker: TMarkerShape };

export const SERIES_STYLES: readonly TSeriesStyle[] = [
  { color: '#0072B2', dash: undefined, marker: 'circle' },
  { color: '#D55E00', dash: '7 4', marker: 'square' },
  { color: '#009E73', dash: '2 4', marker: 'triangle' },
  { color: '#CC79A7', dash: '10 4 2 4', marker: 'diamond' },
  { color: '#7A5A00', dash: '14 5', marker: 'cross' },
];

export function seriesStyle(index: number): TSeriesStyle {
  return SERIES_STYLES[index % SERIES_STYLES.length] as TSeriesStyle;
}

/**
 * A sequential scale for scores 1-4, from pale green to deep blue (ColorBrewer GnBu, readable by
 * colour-blind people), with the text colour that keeps each step legible. Cells always show the number.
 */
const SCORE_STEPS = [
  { from: 1, background: '#f7fcf0', text: '#1b2a31' },
  { from: 1.5, background: '#e0f3db', text: '#1b2a31' },
  { from: 2, background: '#ccebc5', text: '#1b2a31' },
  { from: 2.5, background: '#a8ddb5', text: '#1b2a31' },
  { from: 3, background: '#7bccc4', text: '#0b1f26' },
  { from: 3.25, background: '#4eb3d3', text: '#0b1f26' },
  { from: 3.5, background: '#0868ac', text: '#ffffff' },
] as const;

export function scoreColour(score: number) {
  let step: (typeof SCORE_STEPS)[number] = SCORE_STEPS[0];
  for (const candidate of SCORE_STEPS) if (score >= candidate.from) step = candidate;
  return step;
}

export const SCORE_LEGEND = SCORE_STEPS;
