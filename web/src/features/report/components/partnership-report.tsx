import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TPartnershipDashboard } from '@koers/shared/dashboards';
import type { TAction, TReview } from '@koers/shared/follow-up';
import type { TOrganisation } from '@koers/shared/organisations';
import { TableScroller } from '../../../components/table-scroller.tsx';
import { DocumentTitle } from '../../../components/document-title.tsx';
import { toLanguage } from '../../../i18n/i18n.ts';
import { useFormatDate } from '../../../i18n/use-format-date.ts';
import { usePrintWhenDrawn } from '../hooks/use-print-when-drawn.ts';
import { useRunningHead } from '../hooks/use-running-head.ts';
import { ReportSummary } from './report-summary.tsx';
import { ReportTitle } from './report-title.tsx';
import styles from './report.module.css';

type TPartnershipReportProps = {
  dashboard: TPartnershipDashboard;
  /** The partnership's member organisations, for the title block. */
  members: readonly TOrganisation[];
  /** The radar and trend charts, drawn by the dashboard's own chart components. */
  charts: ReactNode;
  /** Null when there is none; without its summary when the reader may not see its content. */
  review: TReview | null;
  actions: readonly TAction[];
};

/**
 * One quarter of one partnership as a steering-group handout, in the reader's language: a title block,
 * a summary (scores, what changed, each open flag once), then the details: charts, evidence and next
 * steps, the critical friend's review and the action plan. On paper the parts flow on from one another;
 * a card, chart or table row is never cut in two, and every sheet carries a running head and its number.
 */
export function PartnershipReport({ dashboard, members, charts, review, actions }: TPartnershipReportProps) {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  const { date } = useFormatDate();
  const period = dashboard.period?.code ?? '';
  const themeName = (theme: number) => dashboard.themes.find((th) => th.theme === theme)?.name[language] ?? '';
  // Today on the reader's own calendar: a report printed at 00:30 in Utrecht carries that day, not UTC's.
  const now = new Date();
  const printedOn = date(
    [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part) => String(part).padStart(2, '0')).join('-'),
  );
  const chartsRef = useRef<HTMLElement>(null);
  const { print, waitingForCharts } = usePrintWhenDrawn(chartsRef);
  useRunningHead({
    head: t('report.runningHead', { name: dashboard.partnership.name, period }),
    foot: t('report.printedOn', { date: printedOn }),
  });

  return (
    <article className={styles.report}>
      <DocumentTitle page={t('report.pageTitle', { name: dashboard.partnership.name, period })} />
      <div className={styles.toolbar}>
        <Link to={`/partnerships/${dashboard.partnership.id}/dashboard`} className="back-link">
          <span aria-hidden="true">←</span> {t('report.back')}
        </Link>
        <button type="button" className="button" onClick={print}>
          {t('report.print')}
        </button>
        <p role="status" className={styles.printStatus}>
          {waitingForCharts ? t('report.waitingForCharts') : null}
        </p>
      </div>

      <ReportTitle dashboard={dashboard} members={members} printedOn={printedOn} />
      <ReportSummary dashboard={dashboard} />
      <section ref={chartsRef} aria-label={t('report.charts')} className={styles.charts}>
        {charts}
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
          <TableScroller label={t('report.actions.title')}>
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
                  <tr key={action.id}>
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
          </TableScroller>
        )}
      </section>
    </article>
  );
}
