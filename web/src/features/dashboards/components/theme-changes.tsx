import { useTranslation } from 'react-i18next';
import type { TPartnershipDashboard } from '@koers/shared/dashboards';
import { toLanguage } from '../../../i18n/i18n.ts';
import { useFormatNumber } from '../../../i18n/use-format-number.ts';
import { changeByWords, changeDirection, mostMovedSummary } from '../utils/dashboard-data.ts';
import styles from './dashboard.module.css';
import changeStyles from './theme-changes.module.css';

const ARROWS = { up: '▲', down: '▼', same: '■', none: '' } as const;

/** Each theme's score and its change since the previous quarter, told in words as well as colour. */
export function ThemeChanges({ dashboard }: { dashboard: TPartnershipDashboard }) {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  const { score } = useFormatNumber();

  return (
    <section aria-labelledby="theme-changes" className={`surface ${styles.card}`}>
      <h2 id="theme-changes">{t('dashboard.change.title', { period: dashboard.period?.code ?? '' })}</h2>
      <p className={changeStyles.mostMoved}>{mostMovedSummary(dashboard, language, t, score)}</p>
      <ul className={changeStyles.changes}>
        {dashboard.themes.map((theme) => {
          const direction = changeDirection(theme.change);
          return (
            <li key={theme.theme} className={changeStyles.change}>
              <span className={changeStyles.changeScore}>{theme.score === null ? '—' : score(theme.score)}</span>
              <span className={changeStyles.changeText}>
                <span className={changeStyles.changeName}>{theme.name[language]}</span>
                <span className={`${changeStyles.changeWords} ${changeStyles[direction]}`}>
                  {ARROWS[direction] ? (
                    <span aria-hidden="true" className={changeStyles.arrow}>
                      {ARROWS[direction]}
                    </span>
                  ) : null}
                  {changeByWords(theme.change, dashboard.previousPeriod?.code, t, score)}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
