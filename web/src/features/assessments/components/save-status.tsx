import { useTranslation } from 'react-i18next';
import { useFormatDate } from '../../../i18n/use-format-date.ts';
import { useErrorMessage } from '../../../i18n/use-error-message.ts';
import type { TSaveStatus } from '../utils/response-autosave.ts';
import styles from './assessment.module.css';

type TSaveStatusProps = {
  status: TSaveStatus;
  savedAt: string | null;
  error: unknown;
  onRetry: () => void;
};

/** Where the person's words are: a polite live region, so screen readers hear it without losing their place. */
export function SaveStatus({ status, savedAt, error, onRetry }: TSaveStatusProps) {
  const { t } = useTranslation();
  const { time } = useFormatDate();
  const errorMessage = useErrorMessage();

  return (
    <div className={styles.saveStatus} data-status={status === 'saved' && savedAt === null ? 'untouched' : status}>
      <p role="status" aria-live="polite" className={styles.saveText}>
        <span className={styles.saveDot} aria-hidden="true" />
        {status === 'saved' && savedAt === null ? t('fillIn.save.nothingYet') : null}
        {status === 'saved' && savedAt !== null ? (
          <>
            {t('assessment.save.saved')}{' '}
            <span className={styles.saveTime}>{t('assessment.save.savedAt', { time: time(savedAt) })}</span>
          </>
        ) : null}
        {status === 'pending' || status === 'saving' ? t('assessment.save.saving') : null}
        {status === 'offline' ? t('assessment.save.offline') : null}
        {status === 'retrying' ? t('assessment.save.retrying') : null}
        {status === 'failed' ? `${t('assessment.save.failed')}: ${errorMessage(error)}` : null}
        {status === 'invalid' ? t('fillIn.save.tooLong') : null}
        {status === 'conflict' ? t('assessment.save.conflict') : null}
        {status === 'closed' ? t('assessment.save.closed') : null}
      </p>
      {status === 'failed' || status === 'offline' || status === 'retrying' ? (
        <button type="button" className="button button-secondary button-small" onClick={onRetry}>
          {t('assessment.save.retry')}
        </button>
      ) : null}
    </div>
  );
}
