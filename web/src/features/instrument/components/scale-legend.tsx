import { useTranslation } from 'react-i18next';
import { SCALE_SCORES } from '@koers/shared/scale';
import styles from './questionnaire.module.css';

export function ScaleLegend() {
  const { t } = useTranslation();

  return (
    <section aria-labelledby="scale-legend" className={`surface ${styles.legend}`}>
      <h2 id="scale-legend">{t('questionnaire.scale.title')}</h2>
      <p>{t('questionnaire.scale.intro')}</p>
      <ol className={styles.levels}>
        {SCALE_SCORES.map((score) => (
          <li key={score} className={styles.level}>
            <span className={styles.score} data-score={score} aria-hidden="true">
              {score}
            </span>
            <span>
              <strong className={styles.levelLabel}>
                <span className="visually-hidden">{score} </span>
                {t(`questionnaire.scale.levels.${score}.label`)}
              </strong>
              <span className={styles.levelText}>{t(`questionnaire.scale.levels.${score}.description`)}</span>
            </span>
          </li>
        ))}
      </ol>
      <div className={styles.dontKnow}>
        <span className={styles.score} aria-hidden="true">
          ?
        </span>
        <span>
          <strong className={styles.levelLabel}>{t('questionnaire.scale.dontKnow.label')}</strong>
          <span className={styles.levelText}>{t('questionnaire.scale.dontKnow.description')}</span>
        </span>
      </div>
    </section>
  );
}
