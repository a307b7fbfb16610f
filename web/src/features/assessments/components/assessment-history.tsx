import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { TPeriod } from '@koers/shared/periods';
import { ErrorState } from '../../../components/error-state.tsx';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { useFormatDate } from '../../../i18n/use-format-date.ts';
import { usePartnershipAssessments } from '../api/get-partnership-assessments.ts';
import { useStartAssessment } from '../api/start-assessment.ts';
import styles from './assessment.module.css';

type TAssessmentHistoryProps = {
  partnershipId: string;
  currentPeriod: TPeriod | undefined;
  /** The partnership's programme manager starts the quarter's assessment. */
  canStart: boolean;
};

/** The quarterly self-assessments of one partnership, newest first, and the way into this quarter's. */
export function AssessmentHistory({ partnershipId, currentPeriod, canStart }: TAssessmentHistoryProps) {
  const { t } = useTranslation();
  const { date, dateTime } = useFormatDate();
  const navigate = useNavigate();
  const query = usePartnershipAssessments(partnershipId);
  const start = useStartAssessment();

  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;

  const assessments = query.data;
  const current = currentPeriod ? assessments.find((a) => a.periodId === currentPeriod.id) : undefined;

  return (
    <section aria-labelledby="partnership-assessments" className={styles.section}>
      <h2 id="partnership-assessments">{t('assessment.partnership.title')}</h2>
      {currentPeriod && canStart ? (
        <div className={`surface ${styles.startCard}`}>
          <p>
            {t('assessment.partnership.current', {
              period: currentPeriod.code,
              date: date(currentPeriod.dueOn),
            })}
          </p>
          {current ? (
            <Link to={`/assessments/${current.id}`} className="button">
              {t(current.status === 'draft' ? 'assessment.partnership.open' : 'assessment.partnership.view', {
                period: currentPeriod.code,
              })}
            </Link>
          ) : (
            <button
              type="button"
              className="button"
              disabled={start.isPending}
              onClick={() =>
                start.mutate(
                  { partnershipId, periodId: currentPeriod.id },
                  { onSuccess: (assessment) => void navigate(`/assessments/${assessment.id}`) },
                )
              }
            >
              {t('assessment.partnership.start', { period: currentPeriod.code })}
            </button>
          )}
          <FormAlert error={start.error} />
        </div>
      ) : null}
      {assessments.length === 0 ? (
        <p className={styles.muted}>{t('assessment.partnership.none')}</p>
      ) : (
        <div className="table-wrapper">
          <table className="data-table">
            <caption className="visually-hidden">{t('assessment.partnership.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('assessment.partnership.period')}</th>
                <th scope="col">{t('assessment.partnership.status')}</th>
                <th scope="col">{t('assessment.partnership.submittedAt')}</th>
                <th scope="col" className="numeric">
                  {t('assessment.partnership.responses')}
                </th>
              </tr>
            </thead>
            <tbody>
              {assessments.map((assessment) => (
                <tr key={assessment.id}>
                  <th scope="row">
                    <Link to={`/assessments/${assessment.id}`}>
                      {t('assessment.title', { period: assessment.periodCode })}
                    </Link>
                  </th>
                  <td data-label={t('assessment.partnership.status')}>
                    <span className={`badge ${styles.badge}`} data-status={assessment.status}>
                      {t(`assessment.status.${assessment.status}`)}
                    </span>
                  </td>
                  <td data-label={t('assessment.partnership.submittedAt')}>
                    {assessment.submittedAt ? dateTime(assessment.submittedAt) : '–'}
                  </td>
                  <td data-label={t('assessment.partnership.responses')} className="numeric">
                    {assessment.responseCount}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
