import { describe, expect, it } from 'vitest';
import { roundScore } from './score-format.ts';
import { carryOverAnswers, responseProgress, scoreThemes, type TInstrumentShape } from './scoring.ts';

const INSTRUMENT: TInstrumentShape = {
  themes: [
    { number: 1, indicatorIds: ['1.1', '1.2', '1.3', '1.4'] },
    { number: 4, indicatorIds: ['4.1', '4.2', '4.3', '4.4'] },
  ],
};

const theme = (scores: ReturnType<typeof scoreThemes>, n: number) => {
  const found = scores.find((s) => s.theme === n);
  if (!found) throw new Error(`no theme ${n}`);
  return found;
};

describe('theme scores', () => {
  it('is the mean of the answered indicators', () => {
    const [one] = scoreThemes(INSTRUMENT, [
      { perspective: 'institute', answers: { '1.1': 1, '1.2': 2, '1.3': 3, '1.4': 4 } },
    ]);
    expect(one?.score).toBe(2.5);
    expect(one?.coverage).toBe(1);
  });

  it('leaves "don\'t know" out of the mean and counts it against coverage', () => {
    const scores = scoreThemes(INSTRUMENT, [
      { perspective: 'institute', answers: { '1.1': 4, '1.2': 'dont_know', '1.3': 2, '1.4': 'dont_know' } },
    ]);
    expect(theme(scores, 1)).toMatchObject({ score: 3, scored: 2, dontKnow: 2, coverage: 0.5, dontKnowShare: 0.5 });
  });

  it('treats blanks as not answered: no score, no effect on coverage', () => {
    const scores = scoreThemes(INSTRUMENT, [{ perspective: 'school', answers: { '1.1': 3, '1.2': null } }]);
    expect(theme(scores, 1)).toMatchObject({ score: 3, scored: 1, blank: 3, coverage: 1 });
  });

  it('gives no score to a theme nobody answered, and only "don\'t know" also gives none', () => {
    const scores = scoreThemes(INSTRUMENT, [
      { perspective: 'school', answers: { '1.1': 2, '4.1': 'dont_know', '4.2': 'dont_know' } },
    ]);
    expect(theme(scores, 4)).toMatchObject({ score: null, coverage: 0, dontKnowShare: 0.5 });
    const empty = scoreThemes(INSTRUMENT, []);
    expect(theme(empty, 1)).toMatchObject({
      score: null,
      coverage: null,
      dontKnowShare: null,
      perspectiveSpread: null,
    });
  });

  it('combines responses per indicator first, so a respondent who skips an indicator does not skew it', () => {
    const scores = scoreThemes(INSTRUMENT, [
      { perspective: 'institute', answers: { '1.1': 4, '1.2': 4 } },
      { perspective: 'school', answers: { '1.1': 2 } },
    ]);
    // 1.1 -> (4 + 2) / 2 = 3, 1.2 -> 4; theme = (3 + 4) / 2 = 3.5
    expect(theme(scores, 1).score).toBe(3.5);
  });

  it('scores each perspective and shows the spread between them and between respondents', () => {
    const scores = scoreThemes(INSTRUMENT, [
      { perspective: 'institute', answers: { '4.1': 4, '4.2': 4, '4.3': 3, '4.4': 4 } },
      { perspective: 'school', answers: { '4.1': 2, '4.2': 2, '4.3': 2, '4.4': 2 } },
      { perspective: 'school', answers: { '4.1': 1, '4.2': 2, '4.3': 2, '4.4': 1 } },
    ]);
    const four = theme(scores, 4);
    expect(four.perspectives).toEqual({ institute: 3.75, school: 1.75 });
    expect(four.perspectiveSpread).toBe(2);
    expect(four.respondentSpread).toBe(2.25);
    expect(roundScore(four.score)).toBe(2.42);
  });

  it('has no spread with a single perspective or respondent', () => {
    const scores = scoreThemes(INSTRUMENT, [{ perspective: 'institute', answers: { '1.1': 4 } }]);
    expect(theme(scores, 1)).toMatchObject({ perspectiveSpread: null, respondentSpread: null });
  });
});

describe('progress of one response', () => {
  it('counts scores and "don\'t know" as answered, blanks as open', () => {
    expect(responseProgress(INSTRUMENT, { '1.1': 2, '1.2': 'dont_know', '4.1': null })).toEqual({
      answered: 2,
      total: 8,
    });
  });
});

describe('a new instrument version mapped to an old one', () => {
  it('carries answers to the indicators that continue them, so trends run on', () => {
    const old = { 'old-4.1': 2, 'old-4.2': 'dont_know', 'old-4.3': 3 } as const;
    // Version 2 rewords 4.1, keeps 4.3 under a new id, retires 4.2 and adds a new 4.5.
    const carried = carryOverAnswers(old, { 'new-4.1': 'old-4.1', 'new-4.3': 'old-4.3' });
    expect(carried).toEqual({ 'new-4.1': 2, 'new-4.3': 3 });
    const v2: TInstrumentShape = { themes: [{ number: 4, indicatorIds: ['new-4.1', 'new-4.3', 'new-4.5'] }] };
    const [previous] = scoreThemes(v2, [{ perspective: 'institute', answers: carried }]);
    expect(previous?.score).toBe(2.5);
  });
});
