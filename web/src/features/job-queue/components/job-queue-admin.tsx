import { useTranslation } from 'react-i18next';
import type { TFailedJob, TUndeliveredEmail } from '@koers/shared/job-queue';
import { ErrorState } from '../../../components/error-state.tsx';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { useFormatDate } from '../../../i18n/use-format-date.ts';
import { useChangeJobQueue, type TQueueChange } from '../api/change-job-queue.ts';
import { useJobQueue } from '../api/get-job-queue.ts';
import styles from './job-queue.module.css';

type TChange = ReturnType<typeof useChangeJobQueue>;

function Actions({ change, target, label }: { change: TChange; target: Omit<TQueueChange, 'action'>; label: string }) {
  const { t } = useTranslation();
  return (
    <div className={styles.actions}>
      <button
        type="button"
        className="button button-small"
        disabled={change.isPending}
        onClick={() => change.mutate({ ...target, action: 'retry' })}
      >
        {t('jobQueue.retry')}
        <span className="visually-hidden">: {label}</span>
      </button>
      <button
        type="button"
        className="button button-secondary button-small"
        disabled={change.isPending}
        onClick={() => change.mutate({ ...target, action: 'discard' })}
      >
        {t('jobQueue.discard')}
        <span className="visually-hidden">: {label}</span>
      </button>
    </div>
  );
}

function UndeliveredEmails({ emails, change }: { emails: TUndeliveredEmail[]; change: TChange }) {
  const { t } = useTranslation();
  const { dateTime } = useFormatDate();
  return (
    <section aria-labelledby="undelivered-emails">
      <h2 id="undelivered-emails">{t('jobQueue.emails.title')}</h2>
      {emails.length === 0 ? (
        <p>{t('jobQueue.emails.empty')}</p>
      ) : (
        <div className="table-wrapper">
          <table className="data-table">
            <caption className="visually-hidden">{t('jobQueue.emails.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('jobQueue.emails.recipient')}</th>
                <th scope="col">{t('jobQueue.emails.kind')}</th>
                <th scope="col">{t('jobQueue.emails.status')}</th>
                <th scope="col">{t('jobQueue.error')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('jobQueue.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {emails.map((email) => (
                <tr key={email.id}>
                  <th scope="row">
                    {email.recipientEmail}
                    <span className={styles.muted}>{dateTime(email.createdAt)}</span>
                  </th>
                  <td data-label={t('jobQueue.emails.kind')}>{t(`jobQueue.emails.kinds.${email.kind}`)}</td>
                  <td data-label={t('jobQueue.emails.status')}>
                    {t(`jobQueue.emails.statuses.${email.status}`, { count: email.attempts })}
                  </td>
                  <td data-label={t('jobQueue.error')} className={styles.error}>
                    {email.lastError ?? '—'}
                  </td>
                  <td>
                    <Actions
                      change={change}
                      target={{ what: 'undelivered-emails', id: email.id }}
                      label={email.recipientEmail}
                    />
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

function FailedJobs({ jobs, change }: { jobs: TFailedJob[]; change: TChange }) {
  const { t } = useTranslation();
  const { dateTime } = useFormatDate();
  return (
    <section aria-labelledby="failed-jobs">
      <h2 id="failed-jobs">{t('jobQueue.jobs.title')}</h2>
      {jobs.length === 0 ? (
        <p>{t('jobQueue.jobs.empty')}</p>
      ) : (
        <div className="table-wrapper">
          <table className="data-table">
            <caption className="visually-hidden">{t('jobQueue.jobs.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('jobQueue.jobs.task')}</th>
                <th scope="col">{t('jobQueue.jobs.failedAt')}</th>
                <th scope="col">{t('jobQueue.error')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('jobQueue.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {jobs.map((job) => (
                <tr key={job.id}>
                  <th scope="row">
                    <code>{job.task}</code>
                  </th>
                  <td data-label={t('jobQueue.jobs.failedAt')}>
                    {t('jobQueue.jobs.after', { date: dateTime(job.failedAt), count: job.attempts })}
                  </td>
                  <td data-label={t('jobQueue.error')} className={styles.error}>
                    {job.lastError ?? '—'}
                  </td>
                  <td>
                    <Actions change={change} target={{ what: 'failed-jobs', id: job.id }} label={job.task} />
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

/** What failed for good on the job queue, for an admin to try again or set aside. */
export function JobQueueAdmin() {
  const query = useJobQueue();
  const change = useChangeJobQueue();
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <div className={styles.admin}>
      <FormAlert error={change.error} />
      <UndeliveredEmails emails={query.data.undeliveredEmails} change={change} />
      <FailedJobs jobs={query.data.failedJobs} change={change} />
    </div>
  );
}
