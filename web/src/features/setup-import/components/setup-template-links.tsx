import { useTranslation } from 'react-i18next';
import styles from './setup-import.module.css';

/** The workbook to fill in, with Dutch or English headers: the import reads either. */
export function SetupTemplateLinks() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="setup-template" className={`surface ${styles.card}`}>
      <h2 id="setup-template">{t('setupImport.template.title')}</h2>
      <p>{t('setupImport.template.text')}</p>
      <ul className={styles.links}>
        <li>
          <a href="/api/setup-imports/template?language=nl" download>
            {t('setupImport.template.nl')}
          </a>
        </li>
        <li>
          <a href="/api/setup-imports/template?language=en" download>
            {t('setupImport.template.en')}
          </a>
        </li>
      </ul>
    </section>
  );
}
