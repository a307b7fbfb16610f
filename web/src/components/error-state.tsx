import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../lib/api-client.ts';
import styles from './status.module.css';

type TErrorStateProps = {
  error: unknown;
  onRetry: () => void;
};

type TErrorMessageKey = 'status.network' | 'status.server' | 'status.unavailable' | 'status.request';

function messageKey(error: unknown): TErrorMessageKey {
  if (!(error instanceof ApiRequestError)) return 'status.request';
  if (error.failure === 'network') return 'status.network';
  if (error.status === 503) return 'status.unavailable';
  if (error.status !== undefined && error.status >= 500) return 'status.server';
  return 'status.request';
}

export function ErrorState({ error, onRetry }: TErrorStateProps) {
  const { t } = useTranslation();
  const requestId = error instanceof ApiRequestError ? error.apiError?.requestId : undefined;

  return (
    <div role="alert" className={`surface ${styles.panel} ${styles.error}`}>
      <h2 className={styles.title}>{t('status.errorTitle')}</h2>
      <p>{t(messageKey(error))}</p>
      {requestId ? <p className={styles.reference}>{t('status.requestId', { requestId })}</p> : null}
      <div className={styles.actions}>
        <button type="button" className="button" onClick={onRetry}>
          {t('status.retry')}
        </button>
      </div>
    </div>
  );
}
