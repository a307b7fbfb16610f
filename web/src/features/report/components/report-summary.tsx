import { useTranslation } from 'react-i18next';
import type { TPartnershipDashboard } from '@koers/shared/dashboards';
import { TableScroller } from '../../../components/table-scroller.tsx';
import { toLanguage } from '../../../i18n/i18n.ts';
import { useFormatNumber } from '../../../i18n/use-format-number.ts';
import { flagsByTheme, largestChanges } from '../utils/report-summary.ts';
import styles from './report.module.css';

/**
 * What a steering group reads first: the five scores and what changed, then every open flag once, under
 * its theme, with the reason that invites the conversation.
 */
export function ReportSummary({ dashboard }: { dashboard: TPartnershipDashboard }) {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  const { score } = useFormatNumber();
  const period = dashboard.period?.code ?? '';
  const previous = dashboard.previousPeriod?.code;
  const themeName = (theme: number) => dashboard.themes.find((th) => th.theme === theme)?.name[language] ?? '';
  const signed = (value: number) => (value > 0 ? `+${score(value)}` : score(value));
  const { rise, drop } = largestChanges(dashboard.themes);

  return (
    <section aria-labelledby="report-summary" className={styles.summary}>
      <h2 id="report-summary">{t('report.summary.title')}</h2>
      <p>
        {previous === undefined
          ? t('report.summary.first')
          : [
              rise
                ? t('report.summary.rise', { previous, theme: rise.name[language], change: signed(rise.change ?? 0) })
                : t('report.summary.noRise', { previous }),
              drop
                ? t('report.summary.drop', { theme: drop.name[language], change: signed(drop.change ?? 0) })
                : t('report.summary.noDrop'),
            ].join(' ')}{' '}
        {t('report.summary.flags', { count: dashboard.flags.length })}
      </p>

      <section aria-labelledby="report-scores" className={styles.keep}>
        <h3 id="report-scores">{t('report.scores.title')}</h3>
        <TableScroller label={t('report.scores.caption', { period })}>
          <table className={styles.table}>
            <caption>{t('report.scores.caption', { period })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.scores.theme')}</th>
                <th scope="col" className={styles.numeric}>
                  {t('report.scores.score')}
                </th>
                <th scope="col" className={styles.numeric}>
                  {previous ?? t('report.scores.previous')}
                </th>
                <th scope="col" className={styles.numeric}>
                  {t('report.scores.change')}
                </th>
              </tr>
            </thead>
            <tbody>
              {dashboard.themes.map((theme) => (
                <tr key={theme.theme}>
                  <th scope="row">{`${theme.theme}. ${theme.name[language]}`}</th>
                  <td className={styles.numeric}>
                    {theme.score === null ? t('report.scores.none') : score(theme.score)}
                  </td>
                  <td className={styles.numeric}>
                    {theme.previous === null ? t('report.scores.none') : score(theme.previous)}
                  </td>
                  <td className={styles.numeric}>
                    {theme.change === null ? t('report.scores.none') : signed(theme.change)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      </section>

      <section aria-labelledby="report-flags">
        <h3 id="report-flags">{t('report.flags.title')}</h3>
        {dashboard.flags.length === 0 ? (
          <p className={styles.muted}>{t('report.flags.none')}</p>
        ) : (
          <>
            <p className={styles.muted}>{t('report.flags.intro')}</p>
            <ul className={styles.flagGroups}>
              {flagsByTheme(dashboard.flags).map((group) => (
                <li key={group.theme ?? 'partnership'} className={styles.item}>
                  <span className={styles.label}>
                    {group.theme === null
                      ? t('report.flags.wholePartnership')
                      : `${group.theme}. ${themeName(group.theme)}`}
                  </span>
                  <ul className={styles.flags}>
                    {group.flags.map((flag) => (
                      <li key={flag.id}>
                        <span className={styles.flagKind}>
                          {t(`flags.severity.${flag.severity}`)} · {t(`flags.kinds.${flag.kind}`)}
                          {flag.periodCode === period ? null : ` · ${flag.periodCode}`}
                          {flag.status === 'open' ? null : ` · ${t(`flags.status.${flag.status}`)}`}
                        </span>{' '}
                        {flag.reason[language]}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </section>
  );
}
