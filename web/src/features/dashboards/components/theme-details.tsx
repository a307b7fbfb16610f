import { useTranslation } from 'react-i18next';
import type { TPartnershipDashboard } from '@koers/shared/dashboards';
import { toLanguage } from '../../../i18n/i18n.ts';
import { useFormatNumber } from '../../../i18n/use-format-number.ts';
import styles from './dashboard.module.css';
import detailStyles from './theme-details.module.css';

/** Per theme: how each indicator scored, next to what the partnership wrote as evidence and next step. */
export function ThemeDetails({ dashboard }: { dashboard: TPartnershipDashboard }) {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  const { score, percent } = useFormatNumber();

  return (
    <section aria-labelledby="theme-details" className={detailStyles.details}>
      <h2 id="theme-details">{t('dashboard.details.title')}</h2>
      {dashboard.themes.map((theme) => {
        const indicators = dashboard.indicators.filter((indicator) => indicator.theme === theme.theme);
        const narratives = dashboard.narratives.filter((narrative) => narrative.theme === theme.theme);
        return (
          <details key={theme.theme} className={detailStyles.themeDetail}>
            <summary>
              <span className={detailStyles.themeNumber}>{theme.theme}</span>
              <span className={detailStyles.themeName}>{theme.name[language]}</span>
              <span className={detailStyles.themeScore}>{theme.score === null ? '—' : score(theme.score)}</span>
            </summary>
            <div className={detailStyles.themeBody}>
              <div>
                <h3>{t('dashboard.details.indicators')}</h3>
                {theme.coverage !== null ? (
                  <p className={styles.muted}>
                    {t('dashboard.details.coverage', { coverage: percent(theme.coverage) })}
                  </p>
                ) : null}
                <table className={`data-table ${detailStyles.indicatorTable}`}>
                  <caption className="visually-hidden">
                    {t('dashboard.details.indicatorCaption', { theme: theme.name[language] })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('dashboard.details.indicator')}</th>
                      <th scope="col" className="numeric">
                        {t('dashboard.details.score')}
                      </th>
                      <th scope="col" className="numeric">
                        {t('dashboard.details.dontKnow')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {indicators.map((indicator) => (
                      <tr key={indicator.code}>
                        <th scope="row">
                          <span className={detailStyles.indicatorCode}>{indicator.code}</span>{' '}
                          {indicator.text[language]}
                        </th>
                        <td className="numeric" data-label={t('dashboard.details.score')}>
                          {indicator.score === null ? '—' : score(indicator.score)}
                        </td>
                        <td className="numeric" data-label={t('dashboard.details.dontKnow')}>
                          {indicator.dontKnow}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <div>
                <h3>{t('dashboard.details.narratives')}</h3>
                {narratives.length === 0 ? (
                  <p className={styles.muted}>{t('dashboard.details.noNarratives')}</p>
                ) : (
                  <ul className={detailStyles.narratives}>
                    {narratives.map((narrative, index) => (
                      <li key={`${narrative.respondent}-${index}`}>
                        <p className={detailStyles.respondent}>
                          {narrative.respondent}
                          {narrative.priority ? (
                            <span className={detailStyles.priority}>{t('dashboard.details.priority')}</span>
                          ) : null}
                        </p>
                        <dl>
                          <dt>{t('dashboard.details.evidence')}</dt>
                          <dd>{narrative.evidence || t('dashboard.details.empty')}</dd>
                          <dt>{t('dashboard.details.nextStep')}</dt>
                          <dd>{narrative.nextStep || t('dashboard.details.empty')}</dd>
                        </dl>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            </div>
          </details>
        );
      })}
    </section>
  );
}
