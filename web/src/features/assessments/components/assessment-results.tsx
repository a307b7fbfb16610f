import { useTranslation } from 'react-i18next';
import { PERSPECTIVES, type TAssessment, type TResponse, type TResponseContent } from '@koers/shared/assessments';
import type { TInstrumentVersion } from '@koers/shared/instrument';
import { roundScore } from '@koers/shared/score-format';
import { scoreThemes } from '@koers/shared/scoring';
import { TableScroller } from '../../../components/table-scroller.tsx';
import { toLanguage } from '../../../i18n/i18n.ts';
import { useFormatNumber } from '../../../i18n/use-format-number.ts';
import { useLocalisedText } from '../../../i18n/use-localised-text.ts';
import { shapeOf } from '../utils/response-content.ts';
import styles from './assessment.module.css';

/** The default of the divergence flag ("no shared north"): partners 1.5 or more apart on a theme. */
const DIVERGENCE = 1.5;

type TResultRow = TAssessment['results'][number];

/** Live results while a draft is open: the same scoring the API stores at submission, over the answers as typed. */
export function liveResults(
  instrument: TInstrumentVersion,
  responses: readonly TResponse[],
  editing?: { id: string; content: TResponseContent },
): TResultRow[] {
  const answers = responses.map((r) => ({
    perspective: r.perspective,
    answers: r.id === editing?.id ? editing.content.answers : r.answers,
  }));
  return scoreThemes(shapeOf(instrument), answers).map((s) => ({
    theme: s.theme,
    score: roundScore(s.score),
    coverage: s.coverage,
    perspectives: Object.fromEntries(Object.entries(s.perspectives).map(([k, v]) => [k, roundScore(v ?? null)])),
    perspectiveSpread: roundScore(s.perspectiveSpread),
  }));
}

type TAssessmentResultsProps = {
  instrument: TInstrumentVersion;
  results: readonly TResultRow[];
  /** Draft results change as people answer; submitted ones are what was stored at submission. */
  live: boolean;
};

export function AssessmentResults({ instrument, results, live }: TAssessmentResultsProps) {
  const { t, i18n } = useTranslation();
  const localise = useLocalisedText();
  const format = useFormatNumber();
  const percent = new Intl.NumberFormat(toLanguage(i18n.resolvedLanguage), { style: 'percent' });
  const score = (value: number | null | undefined) =>
    value === null || value === undefined ? '–' : format.score(value);
  const themeName = (theme: number) => {
    const found = instrument.themes.find((th) => th.number === theme);
    return found ? localise(found.name) : String(theme);
  };
  const shown = PERSPECTIVES.filter((p) => results.some((r) => r.perspectives[p] !== undefined));
  const scoredPerspectives = shown.filter((p) => results.some((r) => typeof r.perspectives[p] === 'number'));
  const divergent = results.filter((r) => r.perspectiveSpread !== null && r.perspectiveSpread >= DIVERGENCE);
  const anything = results.some((r) => r.score !== null);

  return (
    <section aria-labelledby="assessment-results" className={styles.section}>
      <h2 id="assessment-results">{t('assessment.results.title')}</h2>
      <p>{live ? t('assessment.results.introLive') : t('assessment.results.intro')}</p>
      {!anything ? (
        <p className={styles.muted}>{t('assessment.results.none')}</p>
      ) : (
        <>
          <TableScroller label={t('assessment.results.caption')}>
            <table className="data-table">
              <caption className="visually-hidden">{t('assessment.results.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('assessment.results.theme')}</th>
                  <th scope="col" className="numeric">
                    {t('assessment.results.combined')}
                  </th>
                  {shown.map((perspective) => (
                    <th key={perspective} scope="col" className="numeric">
                      {t(`assessment.perspectives.${perspective}`)}
                    </th>
                  ))}
                  <th scope="col" className="numeric">
                    {t('assessment.results.spread')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('assessment.results.coverage')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {results.map((row) => {
                  const diverges = row.perspectiveSpread !== null && row.perspectiveSpread >= DIVERGENCE;
                  return (
                    <tr key={row.theme}>
                      <th scope="row">
                        {row.theme}. {themeName(row.theme)}
                      </th>
                      <td data-label={t('assessment.results.combined')} className={`numeric ${styles.combined}`}>
                        {score(row.score)}
                      </td>
                      {shown.map((perspective) => (
                        <td
                          key={perspective}
                          data-label={t(`assessment.perspectives.${perspective}`)}
                          className="numeric"
                        >
                          {score(row.perspectives[perspective])}
                        </td>
                      ))}
                      <td
                        data-label={t('assessment.results.spread')}
                        className={`numeric ${diverges ? styles.divergent : ''}`}
                      >
                        {score(row.perspectiveSpread)}
                        {diverges ? <span className={styles.flag}> {t('assessment.results.divergent')}</span> : null}
                      </td>
                      <td data-label={t('assessment.results.coverage')} className="numeric">
                        {row.coverage === null ? '–' : percent.format(row.coverage)}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroller>
          <div className={styles.north}>
            <h3>{t('assessment.results.northTitle')}</h3>
            <p>{t('assessment.results.northText')}</p>
            {divergent.length > 0 ? (
              <ul>
                {divergent.map((row) => (
                  <li key={row.theme}>
                    {t('assessment.results.divergesOn', {
                      theme: `${row.theme}. ${themeName(row.theme)}`,
                      views: shown
                        .filter((p) => row.perspectives[p] !== null && row.perspectives[p] !== undefined)
                        .map((p) => `${t(`assessment.perspectives.${p}`)} ${score(row.perspectives[p])}`)
                        .join(', '),
                    })}
                  </li>
                ))}
              </ul>
            ) : scoredPerspectives.length > 1 ? (
              <p className={styles.muted}>{t('assessment.results.noDivergence')}</p>
            ) : (
              <p className={styles.muted}>{t('assessment.results.onePerspective')}</p>
            )}
          </div>
        </>
      )}
    </section>
  );
}
