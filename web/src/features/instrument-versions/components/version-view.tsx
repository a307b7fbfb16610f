import { useTranslation } from 'react-i18next';
import type { TInstrumentVersion } from '@koers/shared/instrument';
import styles from './instrument-versions.module.css';

/** A published or retired version as it stands, both languages side by side; nothing on it can be changed. */
export function VersionView({ version }: { version: TInstrumentVersion }) {
  const { t } = useTranslation();
  return (
    <div className={styles.editor}>
      <p className={styles.note}>
        {t(
          version.status === 'retired'
            ? 'instrumentVersions.readOnly.retired'
            : 'instrumentVersions.readOnly.published',
        )}
      </p>
      {version.themes.map((theme) => (
        <section
          key={theme.number}
          aria-labelledby={`version-theme-${theme.number}`}
          className={`surface ${styles.card}`}
        >
          <h2 id={`version-theme-${theme.number}`}>
            {t('instrumentVersions.editor.theme', { number: theme.number, name: theme.name.nl })}
          </h2>
          <p className={styles.muted}>
            {theme.question.nl} <span lang="en">({theme.question.en})</span>
          </p>
          <ol className={styles.readIndicators}>
            {theme.indicators.map((indicator) => (
              <li key={indicator.id}>
                <span className={styles.code}>{indicator.code}</span>
                <span>
                  {indicator.text.nl}
                  <span lang="en" className={styles.english}>
                    {indicator.text.en}
                  </span>
                </span>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
