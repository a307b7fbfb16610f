import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TPartnershipDashboard } from '@koers/shared/dashboards';
import type { TAction, TReview } from '@koers/shared/follow-up';
import { DocumentTitle } from '../../../components/document-title.tsx';
import { toLanguage } from '../../../i18n/i18n.ts';
import { useFormatDate } from '../../../i18n/use-format-date.ts';
import { useFormatNumber } from '../../../i18n/use-format-number.ts';
import styles from './report.module.css';

type PartnershipReportProps = {
  dashboard: TPartnershipDashboard;
  /** The radar and trend charts, drawn by the dashboard's own chart components. */
  charts: ReactNode;
  /** Null when there is none; without its summary when the reader may not see its content. */
  review: TReview | null;
  actions: readonly TAction[];
};

/**
 * One quarter of one partnership on paper: scores, charts, open flags, evidence and next steps, the
 * critical friend's review and the action plan, in the reader's language. Parts start on a new sheet.
 */
export function PartnershipReport({ dashboard, charts, review, actions }: PartnershipReportProps) {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  const { date } = useFormatDate();
  const { score } = useFormatNumber();
  const period = dashboard.period?.code ?? '';
  const themeName = (theme: number) => dashboard.themes.find((th) => th.theme === theme)?.name[language] ?? '';
  const signed = (value: number) => (value > 0 ? `+${score(value)}` : score(value));
  const today = new Date().toISOString().slice(0, 10);

  return (
    <article className={styles.report}>
      <DocumentTitle page={t('report.pageTitle', { name: dashboard.partnership.name, period })} />
      <div className={styles.toolbar}>
        <Link to={`/partnerships/${dashboard.partnership.id}/dashboard`} className={styles.back}>
          <span aria-hidden="true">←</span> {t('report.back')}
        </Link>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('report.print')}
        </button>
      </div>

      <div className={styles.part}>
        <header className={`${styles.section} ${styles.header}`}>
          <span className={styles.eyebrow}>{t('report.title')}</span>
          <h1>{dashboard.partnership.name}</h1>
          <p className={styles.muted}>
            {t('report.facts', { region: dashboard.partnership.region, period })} ·{' '}
            {t('report.made', { date: date(today) })}
          </p>
        </header>
        <section aria-labelledby="report-scores" className={styles.section}>
          <h2 id="report-scores">{t('report.scores.title')}</h2>
          <table className={styles.table}>
            <caption>{t('report.scores.caption', { period })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.scores.theme')}</th>
                <th scope="col" className={styles.numeric}>
                  {t('report.scores.score')}
                </th>
                <th scope="col" className={styles.numeric}>
                  {t('report.scores.previous')}
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
        </section>
        <section aria-label={t('report.charts')} className={styles.charts}>
          {charts}
        </section>
      </div>

      <div className={styles.part}>
        <section aria-labelledby="report-flags" className={styles.section}>
          <h2 id="report-flags">{t('report.flags.title')}</h2>
          {dashboard.flags.length === 0 ? (
            <p className={styles.muted}>{t('report.flags.none')}</p>
          ) : (
            <ul className={styles.list}>
              {dashboard.flags.map((flag) => (
                <li key={flag.id} className={styles.item}>
                  <span className={styles.label}>
                    {t(`flags.severity.${flag.severity}`)} · {t(`flags.kinds.${flag.kind}`)}
                    {flag.theme === null ? null : ` · ${themeName(flag.theme)}`} · {flag.periodCode} ·{' '}
                    {t(`flags.status.${flag.status}`)}
                  </span>
                  <p>{flag.reason[language]}</p>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="report-narratives" className={styles.section}>
          <h2 id="report-narratives">{t('report.narratives.title')}</h2>
          {dashboard.narratives.length === 0 ? (
            <p className={styles.muted}>{t('report.narratives.none')}</p>
          ) : (
            <ul className={styles.list}>
              {dashboard.narratives.map((narrative, index) => (
                <li key={`${narrative.theme}-${narrative.respondent}-${index}`} className={styles.item}>
                  <span className={styles.label}>
                    {narrative.theme}. {themeName(narrative.theme)} — {narrative.respondent}
                    {narrative.priority ? ` (${t('report.narratives.priority')})` : null}
                  </span>
                  {narrative.evidence ? (
                    <p>
                      <em>{t('report.narratives.evidence')}:</em> {narrative.evidence}
                    </p>
                  ) : null}
                  {narrative.nextStep ? (
                    <p>
                      <em>{t('report.narratives.nextStep')}:</em> {narrative.nextStep}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <div className={styles.part}>
        <section aria-labelledby="report-review" className={styles.section}>
          <h2 id="report-review">{t('report.review.title')}</h2>
          {review?.summary ? (
            <div className={styles.item}>
              <p className={styles.muted}>
                {t('followUp.review.by', { name: review.author, date: date(review.updatedAt.slice(0, 10)) })}
              </p>
              <p>
                <span className={styles.label}>{t('followUp.review.summary')}:</span> {review.summary}
              </p>
              {review.questionBehind ? (
                <p>
                  <span className={styles.label}>{t('followUp.review.questionBehind')}:</span> {review.questionBehind}
                </p>
              ) : null}
              {review.themeRemarks.map((remark) => (
                <p key={remark.theme}>
                  <span className={styles.label}>
                    {remark.theme}. {themeName(remark.theme)}:
                  </span>{' '}
                  {remark.remark}
                </p>
              ))}
              {review.response ? (
                <p>
                  <span className={styles.label}>{t('followUp.review.response.title')}:</span> {review.response.text}
                </p>
              ) : null}
            </div>
          ) : (
            <p className={styles.muted}>
              {review
                ? t('report.review.notShared', { name: review.author, date: date(review.updatedAt.slice(0, 10)) })
                : t('report.review.none')}
            </p>
          )}
        </section>
        <section aria-labelledby="report-actions" className={styles.section}>
          <h2 id="report-actions">{t('report.actions.title')}</h2>
          {actions.length === 0 ? (
            <p className={styles.muted}>{t('report.actions.none')}</p>
          ) : (
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">{t('report.actions.action')}</th>
                  <th scope="col">{t('followUp.action.owner')}</th>
                  <th scope="col">{t('followUp.action.dueOn')}</th>
                  <th scope="col">{t('followUp.action.supportType')}</th>
                  <th scope="col">{t('followUp.action.status')}</th>
                </tr>
              </thead>
              <tbody>
                {actions.map((action) => (
                  <tr key={action.id} className={styles.row}>
                    <td>
                      {action.description}
                      {action.theme === null ? null : <div className={styles.muted}>{themeName(action.theme)}</div>}
                    </td>
                    <td>{action.owner.name}</td>
                    <td>
                      {date(action.dueOn)}
                      {action.overdue ? <div className={styles.overdue}>{t('followUp.action.overdue')}</div> : null}
                    </td>
                    <td>{t(`followUp.action.supportTypes.${action.supportType}`)}</td>
                    <td>{t(`followUp.action.statuses.${action.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </article>
  );
}
