import type { TInstrumentDraft, TInstrumentVersion, TLocalisedText } from '@koers/shared/instrument';

/** An indicator as the editor holds it: `key` keeps its fields in place while others are added or removed. */
export type TDraftIndicator = {
  key: string;
  code: string;
  text: TLocalisedText;
  continuesIndicatorId: string | null;
};
export type TDraftTheme = Omit<TInstrumentDraft['themes'][number], 'indicators'> & { indicators: TDraftIndicator[] };
export type TDraftForm = { title: TLocalisedText; themes: TDraftTheme[] };

/** ZInstrumentDraft allows this many indicators per theme. */
export const MAX_INDICATORS = 12;

let lastKey = 0;
const nextKey = () => `indicator-${++lastKey}`;

/**
 * The editor's starting point from a version; `continuesOf` says which indicator each one continues: itself
 * for a new draft copied from the version in use, what was saved for a draft opened again.
 */
export function draftForm(
  version: TInstrumentVersion,
  continuesOf: (indicator: TInstrumentVersion['themes'][number]['indicators'][number]) => string | null,
): TDraftForm {
  return {
    title: { ...version.title },
    themes: version.themes.map((theme) => ({
      number: theme.number,
      name: { ...theme.name },
      question: { ...theme.question },
      indicators: theme.indicators.map((indicator) => ({
        key: nextKey(),
        code: indicator.code,
        text: { ...indicator.text },
        continuesIndicatorId: continuesOf(indicator),
      })),
    })),
  };
}

/** A fresh indicator at the end of a theme, numbered after the highest code there. */
export function newIndicator(theme: TDraftTheme): TDraftIndicator {
  const highest = Math.max(0, ...theme.indicators.map((i) => Number(i.code.split('.')[1]) || 0));
  return {
    key: nextKey(),
    code: `${theme.number}.${highest + 1}`,
    text: { nl: '', en: '' },
    continuesIndicatorId: null,
  };
}

/** What the API receives: the editor's keys stay behind. */
export function draftBody(form: TDraftForm) {
  return {
    title: form.title,
    themes: form.themes.map((theme) => ({
      ...theme,
      indicators: theme.indicators.map(({ code, text, continuesIndicatorId }) => ({
        code,
        text,
        continuesIndicatorId,
      })),
    })),
  };
}

/**
 * Rules the schema cannot see: a code is used once in the version, and starts with its theme's number
 * (history imports and trends find indicators by code). Paths as zod reports them.
 */
type TCodeProblem = { path: string; problem: 'taken' | 'theme' };

export function codeProblems(form: TDraftForm): TCodeProblem[] {
  const seen = new Set<string>();
  const problems: TCodeProblem[] = [];
  form.themes.forEach((theme, ti) =>
    theme.indicators.forEach((indicator, ii) => {
      const code = indicator.code.trim();
      const path = `themes.${ti}.indicators.${ii}.code`;
      if (code && !code.startsWith(`${theme.number}.`)) problems.push({ path, problem: 'theme' });
      else if (seen.has(code)) problems.push({ path, problem: 'taken' });
      seen.add(code);
    }),
  );
  return problems;
}
