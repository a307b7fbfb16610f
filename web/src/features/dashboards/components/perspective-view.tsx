import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TPartnershipDashboard } from '@koers/shared/dashboards';
import { toLanguage } from '../../../i18n/i18n.ts';
import { useFormatNumber } from '../../../i18n/use-format-number.ts';
import { downloadCsv, exportFileName } from '../../../lib/chart-export.ts';
import { chartTableSheet } from '../../../components/charts/chart-table.tsx';
import { answeredPerspectives, perspectiveTable } from '../utils/dashboard-data.ts';
import styles from './dashboard.module.css';
import perspectiveStyles from './perspective-view.module.css';

/** A spread this wide between perspectives is worth a conversation ("does everyone point north?"). */
const WIDE_SPREAD = 1;

/**
 * Where the institute, the boards, the schools and the coordination see a theme differently. A table
 * with a small bar per score: the numbers are there to read, the bars to see the distance at a glance.
 */
export function PerspectiveView({ dashboard }: { dashboard: TPartnershipDashboard }) {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  const { score } = useFormatNumber();
  const perspectives = answeredPerspectives(dashboard);
  const table = perspectiveTable(dashboard, t);
  const wide = dashboard.themes.filter((theme) => (theme.perspectiveSpread ?? 0) >= WIDE_SPREAD);
  const [exportFailed, setExportFailed] = useState(false);

  const exportCsv = async () => {
    setExportFailed(false);
    const fileName = exportFileName(
      dashboard.partnership.name,
      t('dashboard.perspectives.file'),
      dashboard.period?.code ?? '',
    );
    try {
      await downloadCsv(chartTableSheet(table), fileName, language);
    } catch {
      setExportFailed(true);
    }
  };

  return (
    <section aria-labelledby="perspectives" className={`surface ${styles.card}`}>
      <div className={styles.cardHeader}>
        <h2 id="perspectives">{t('dashboard.perspectives.title')}</h2>
        <button type="button" className="button button-secondary button-small" onClick={() => void exportCsv()}>
          {t('charts.downloadCsv')}
          <span className="visually-hidden">: {t('dashboard.perspectives.title')}</span>
        </button>
      </div>
      <p role="status" className={styles.exportStatus}>
        {exportFailed ? t('charts.exportFailed') : null}
      </p>
      {perspectives.length < 2 ? (
        <p className={styles.muted}>{t('dashboard.perspectives.single')}</p>
      ) : (
        <p className={styles.muted}>
          {wide.length === 0
            ? t('dashboard.perspectives.aligned')
            : t('dashboard.perspectives.apart', { themes: wide.map((theme) => theme.name[language]).join(', ') })}
        </p>
      )}
      <div className="table-wrapper">
        <table className={`data-table ${perspectiveStyles.perspectiveTable}`}>
          <caption className="visually-hidden">{table.caption}</caption>
          <thead>
            <tr>
              {table.columns.map((column, index) => (
                <th key={column.label} scope="col" className={index > 0 ? 'numeric' : undefined}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {dashboard.themes.map((theme) => {
              const spread = theme.perspectiveSpread;
              return (
                <tr key={theme.theme}>
                  <th scope="row">{t(`themesShort.theme${theme.theme}`)}</th>
                  {perspectives.map((perspective) => {
                    const value = theme.perspectives[perspective];
                    return (
                      <td
                        key={perspective}
                        className="numeric"
                        data-label={t(`dashboard.perspectives.kinds.${perspective}`)}
                      >
                        {typeof value === 'number' ? (
                          <span className={perspectiveStyles.barCell}>
                            <span className={perspectiveStyles.bar} aria-hidden="true">
                              <span className={perspectiveStyles.barFill} style={{ width: `${(value / 4) * 100}%` }} />
                            </span>
                            {score(value)}
                          </span>
                        ) : (
                          '—'
                        )}
                      </td>
                    );
                  })}
                  <td className="numeric" data-label={t('dashboard.perspectives.spread')}>
                    {spread === null ? '—' : score(spread)}
                    {spread !== null && spread >= WIDE_SPREAD ? (
                      <span className={perspectiveStyles.apartBadge}>{t('dashboard.perspectives.apartBadge')}</span>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
