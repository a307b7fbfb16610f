import { useTranslation } from 'react-i18next';
import { HISTORY_IMPORT_COLUMNS } from '@koers/shared/history-import';
import { TableScroller } from '../../../components/table-scroller.tsx';
import styles from './history-import.module.css';

/** Semicolons, as a Dutch Excel saves a CSV; the example covers an empty and a named respondent and "weet niet". */
const EXAMPLE = [
  'period;perspective;indicator;answer;respondent',
  '2025-Q3;coordinatie;1.1;3;',
  '2025-Q3;school;4.2;weet niet;OBS De Esch',
  '2025-Q3;school;4.2;2;Het Stedelijk Lyceum',
].join('\n');

const OPTIONAL_COLUMNS: ReadonlySet<string> = new Set(['respondent']);

/** How the file must look: the columns, what each accepts (Dutch values first), and an example. */
export function CsvFormat() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="csv-format" className={`surface ${styles.card}`}>
      <h2 id="csv-format">{t('historyImport.format.title')}</h2>
      <p className={styles.muted}>{t('historyImport.format.intro')}</p>
      <TableScroller label={t('historyImport.format.caption')}>
        <table className="data-table">
          <caption className="visually-hidden">{t('historyImport.format.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('historyImport.format.column')}</th>
              <th scope="col">{t('historyImport.format.meaning')}</th>
              <th scope="col">{t('historyImport.format.accepted')}</th>
            </tr>
          </thead>
          <tbody>
            {HISTORY_IMPORT_COLUMNS.map((column) => (
              <tr key={column}>
                <th scope="row">
                  <code>{column}</code>
                  {OPTIONAL_COLUMNS.has(column) ? (
                    <span className={styles.optional}> {t('historyImport.format.optional')}</span>
                  ) : null}
                </th>
                <td data-label={t('historyImport.format.meaning')}>
                  {t(`historyImport.format.columns.${column}.meaning`)}
                </td>
                <td data-label={t('historyImport.format.accepted')}>
                  {t(`historyImport.format.columns.${column}.accepted`)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroller>
      <figure className={styles.example}>
        <figcaption>{t('historyImport.format.example')}</figcaption>
        <pre>
          <code>{EXAMPLE}</code>
        </pre>
      </figure>
    </section>
  );
}
