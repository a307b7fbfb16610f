import { describe, expect, it } from 'vitest';
import { DEFAULT_FLAG_THRESHOLDS, describeFlag, evaluateFlags, overdueFlag, type TQuarterThemes } from './flags.ts';

/** A quarter where every theme scores `base`, with overrides per theme. */
function quarter(
  base: number,
  overrides: Partial<
    Record<1 | 2 | 3 | 4 | 5, Partial<{ score: number | null; dontKnowShare: number; respondentSpread: number }>>
  > = {},
): TQuarterThemes {
  const q: TQuarterThemes = {};
  for (const t of [1, 2, 3, 4, 5] as const)
    q[t] = { score: base, dontKnowShare: 0, respondentSpread: null, ...overrides[t] };
  return q;
}
const kinds = (q: TQuarterThemes, history: TQuarterThemes[] = []) =>
  evaluateFlags(q, history).map((f) => `${f.kind}:${f.theme}:${f.severity}`);

const THEMES = {
  1: { nl: 'Belang en doel', en: 'Purpose' },
  2: { nl: 'Procesmanagement', en: 'Process' },
  3: { nl: 'Samenwerken en leren', en: 'Collaborating' },
  4: { nl: 'Data en feedback', en: 'Data and feedback' },
  5: { nl: 'Doorgaande lijn', en: 'Continuous line' },
};

describe('flag rules', () => {
  it('raises nothing for a healthy, steady quarter', () => {
    expect(kinds(quarter(3), [quarter(3), quarter(3)])).toEqual([]);
  });

  it('weak: high below 2.0, attention below 2.5, nothing at exactly 2.5', () => {
    // Other themes at 2.9, so theme 5 stays less than 1.0 above the weakest (no foundation gap).
    expect(kinds(quarter(2.9, { 4: { score: 1.99 } }))).toEqual(['weak:4:high']);
    expect(kinds(quarter(2.9, { 4: { score: 2.0 } }))).toEqual(['weak:4:attention']);
    expect(kinds(quarter(2.9, { 4: { score: 2.49 } }))).toEqual(['weak:4:attention']);
    expect(kinds(quarter(2.9, { 4: { score: 2.5 } }))).toEqual([]);
    expect(kinds(quarter(2.9, { 4: { score: null } }))).toEqual([]);
  });

  it('declining: a drop of 0.5 since the previous submitted quarter, not 0.49', () => {
    expect(kinds(quarter(3, { 2: { score: 2.5 } }), [quarter(3)])).toEqual(['declining:2:attention']);
    expect(kinds(quarter(3, { 2: { score: 2.51 } }), [quarter(3)])).toEqual([]);
    // The previous *submitted* quarter: a quarter without a score for the theme is skipped.
    expect(kinds(quarter(3, { 2: { score: 2.5 } }), [quarter(3), quarter(3, { 2: { score: null } })])).toEqual([
      'declining:2:attention',
    ]);
    expect(kinds(quarter(3))).toEqual([]);
  });

  it('declining: a drop that leaves the theme functioning asks attention, a drop into weak ground is urgent', () => {
    // From 3.5 to 3.0 stays below a weak 1.67 in the queue.
    expect(kinds(quarter(3, { 2: { score: 3 } }), [quarter(3, { 2: { score: 3.5 } })])).toEqual([
      'declining:2:attention',
    ]);
    expect(kinds(quarter(3, { 2: { score: 2.4 } }), [quarter(3)])).toEqual(['weak:2:attention', 'declining:2:high']);
  });

  it('declining: three small drops in a row, not two', () => {
    const history = [quarter(3.4), quarter(3.3, { 1: { score: 3.3 } }), quarter(3.2)];
    expect(kinds(quarter(3.1), history)).toEqual([
      'declining:1:attention',
      'declining:2:attention',
      'declining:3:attention',
      'declining:4:attention',
      'declining:5:attention',
    ]);
    expect(kinds(quarter(3.1), history.slice(1))).toEqual([]);
    // A rise breaks the streak.
    expect(kinds(quarter(3.1), [quarter(3.4), quarter(3.3), quarter(3.35), quarter(3.2)])).toEqual([]);
  });

  it('foundation gap: theme 5 at least 1.0 above the weakest of themes 1-4', () => {
    expect(kinds(quarter(3, { 2: { score: 2.6 }, 5: { score: 3.6 } }))).toEqual(['foundation_gap:5:attention']);
    expect(kinds(quarter(3, { 2: { score: 2.61 }, 5: { score: 3.6 } }))).toEqual([]);
    const [flag] = evaluateFlags(quarter(3, { 2: { score: 2.6 }, 5: { score: 3.6 } }), []);
    expect(flag?.facts).toEqual({ score: 3.6, weakestTheme: 2, weakestScore: 2.6 });
  });

  it('divergence: respondents 1.5 apart on a theme, not 1.49', () => {
    expect(kinds(quarter(3, { 3: { respondentSpread: 1.5 } }))).toEqual(['divergence:3:attention']);
    expect(kinds(quarter(3, { 3: { respondentSpread: 1.49 } }))).toEqual([]);
  });

  it('low coverage: more than a quarter "don\'t know", not exactly a quarter', () => {
    expect(kinds(quarter(3, { 1: { dontKnowShare: 0.5 } }))).toEqual(['low_coverage:1:attention']);
    expect(kinds(quarter(3, { 1: { dontKnowShare: 0.25 } }))).toEqual([]);
  });

  it('follows the thresholds an admin set', () => {
    const strict = { ...DEFAULT_FLAG_THRESHOLDS, weakAttention: 3.1 };
    expect(evaluateFlags(quarter(3), [], strict).map((f) => f.kind)).toEqual(['weak', 'weak', 'weak', 'weak', 'weak']);
  });

  it('tells each reason in Dutch and English', () => {
    const [declining] = evaluateFlags(quarter(3, { 4: { score: 2.4 } }), [quarter(3)]).filter(
      (f) => f.kind === 'declining',
    );
    expect(declining && describeFlag(declining, THEMES)).toEqual({
      nl: 'Data en feedback daalde 0,6 sinds het vorige kwartaal (van 3,0 naar 2,4).',
      en: 'Data and feedback fell 0.6 since the previous quarter (from 3.0 to 2.4).',
    });
    expect(describeFlag(overdueFlag('2026-10-21'), THEMES)).toEqual({
      nl: 'De zelfevaluatie van dit kwartaal is niet ingediend; de inleverdatum was 21 oktober 2026.',
      en: "This quarter's self-assessment was not submitted; it was due on October 21, 2026.",
    });
  });
});
