import { DONT_KNOW, type TIndicatorAnswer } from './scale.ts';
import type { TThemeNumber } from './themes.ts';

/**
 * Scores, computed in one place for the API (stored summaries) and the web app (live progress).
 *
 * - An indicator's combined value is the mean of the scores the responses gave it.
 * - A theme score is the mean of its answered indicators' combined values: "don't know" and blanks
 *   are left out, so they never pull a score down; they lower coverage instead.
 * - Coverage is the share of given answers that are scores rather than "don't know".
 * - Per perspective (institute, school board, school, ...) the same, over that perspective's responses;
 *   the spread between perspectives and between respondents shows whether partners see the same north.
 */
export type TInstrumentShape = {
  themes: readonly { number: TThemeNumber; indicatorIds: readonly string[] }[];
};

export type TResponseAnswers<P extends string = string> = {
  perspective: P;
  answers: Readonly<Record<string, TIndicatorAnswer | null | undefined>>;
};

export type TThemeScore<P extends string = string> = {
  theme: TThemeNumber;
  /** Null when no indicator of the theme has a score. */
  score: number | null;
  /** Scores given, "don't know" given, and indicator slots left blank, over all responses. */
  scored: number;
  dontKnow: number;
  blank: number;
  /** Share of given answers that are scores; null when nothing was answered. */
  coverage: number | null;
  /** Share of indicators answered "don't know" in the combined view (for the low-coverage flag). */
  dontKnowShare: number | null;
  perspectives: Partial<Record<P, number | null>>;
  /** Highest minus lowest perspective score; null with fewer than two scored perspectives. */
  perspectiveSpread: number | null;
  /** Highest minus lowest respondent theme mean; null with fewer than two scored respondents. */
  respondentSpread: number | null;
};

const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;

const spread = (values: readonly (number | null)[]): number | null => {
  const scored = values.filter((v): v is number => v !== null);
  return scored.length < 2 ? null : Math.max(...scored) - Math.min(...scored);
};

function themeMean(indicatorIds: readonly string[], responses: readonly TResponseAnswers[]): number | null {
  const indicatorMeans = indicatorIds.map((id) =>
    mean(
      responses
        .map((r) => r.answers[id])
        .filter((a): a is Exclude<TIndicatorAnswer, typeof DONT_KNOW> => typeof a === 'number'),
    ),
  );
  return mean(indicatorMeans.filter((v): v is number => v !== null));
}

export function scoreThemes<P extends string>(
  instrument: TInstrumentShape,
  responses: readonly TResponseAnswers<P>[],
): TThemeScore<P>[] {
  return instrument.themes.map(({ number, indicatorIds }) => {
    let scored = 0;
    let dontKnow = 0;
    let blank = 0;
    for (const response of responses) {
      for (const id of indicatorIds) {
        const answer = response.answers[id];
        if (answer === DONT_KNOW) dontKnow++;
        else if (typeof answer === 'number') scored++;
        else blank++;
      }
    }
    // An indicator counts as "don't know" in the combined view when nobody gave it a score but someone
    // said they did not know.
    const dontKnowIndicators = indicatorIds.filter(
      (id) =>
        responses.some((r) => r.answers[id] === DONT_KNOW) && !responses.some((r) => typeof r.answers[id] === 'number'),
    ).length;
    const answeredIndicators = indicatorIds.filter((id) => responses.some((r) => r.answers[id] != null)).length;

    const perspectives: Partial<Record<P, number | null>> = {};
    for (const perspective of new Set(responses.map((r) => r.perspective))) {
      perspectives[perspective] = themeMean(
        indicatorIds,
        responses.filter((r) => r.perspective === perspective),
      );
    }

    return {
      theme: number,
      score: themeMean(indicatorIds, responses),
      scored,
      dontKnow,
      blank,
      coverage: scored + dontKnow === 0 ? null : scored / (scored + dontKnow),
      dontKnowShare: answeredIndicators === 0 ? null : dontKnowIndicators / indicatorIds.length,
      perspectives,
      perspectiveSpread: spread(Object.values(perspectives) as (number | null)[]),
      respondentSpread: spread(responses.map((r) => themeMean(indicatorIds, [r]))),
    };
  });
}

/** Answered / total for the progress bar of one response: "don't know" counts as answered. */
export function responseProgress(
  instrument: TInstrumentShape,
  answers: Readonly<Record<string, TIndicatorAnswer | null | undefined>>,
): { answered: number; total: number } {
  const ids = instrument.themes.flatMap((t) => t.indicatorIds);
  return { answered: ids.filter((id) => answers[id] != null).length, total: ids.length };
}

/**
 * Carries indicator answers of an older instrument version over to the indicators of a newer one that
 * continue them, so indicator trends run on across versions. `continues` maps new id -> old id;
 * indicators that are new in this version get nothing, retired ones are dropped.
 */
export function carryOverAnswers(
  answers: Readonly<Record<string, TIndicatorAnswer | null | undefined>>,
  continues: Readonly<Record<string, string>>,
): Record<string, TIndicatorAnswer | null | undefined> {
  return Object.fromEntries(Object.entries(continues).map(([newId, oldId]) => [newId, answers[oldId]]));
}
