/**
 * Okabe-Ito colours, safe for the common kinds of colour blindness. Colour is never the only cue:
 * every series also has its own line pattern and marker shape, and a label in the legend.
 */
export type TMarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross';
export type TSeriesStyle = { color: string; dash: string | undefined; marker: TMarkerShape };

const SERIES_STYLES: readonly TSeriesStyle[] = [
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
 * A diverging scale for scores 1-4 (ColorBrewer PuOr's orange arm and RdBu's blue arm, both readable with
 * the common kinds of colour blindness): the weakest scores are the strongest, warmest colour, so they
 * stand out; the middle is neutral; embedded scores are a calm light blue. The steps follow the default
 * flag thresholds (below 2.0 and below 2.5 invite a conversation). Each step carries the text colour that
 * keeps the printed score above 4.5:1 contrast; cells always show the number, so colour is never the
 * only cue.
 */
const SCORE_STEPS = [
  { from: 1, to: 2, background: '#b35806', text: '#ffffff' },
  { from: 2, to: 2.5, background: '#f1a340', text: '#1b2a31' },
  { from: 2.5, to: 3, background: '#f7f7f7', text: '#1b2a31' },
  { from: 3, to: 3.5, background: '#d1e5f0', text: '#1b2a31' },
  { from: 3.5, to: null, background: '#92c5de', text: '#1b2a31' },
] as const;

export type TScoreStep = (typeof SCORE_STEPS)[number];

export function scoreColour(score: number): TScoreStep {
  let step: TScoreStep = SCORE_STEPS[0];
  for (const candidate of SCORE_STEPS) if (score >= candidate.from) step = candidate;
  return step;
}

export const SCORE_LEGEND: readonly TScoreStep[] = SCORE_STEPS;
