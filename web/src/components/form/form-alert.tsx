import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../i18n/use-error-message.ts';
import { ApiRequestError } from '../../lib/api-client.ts';
import styles from './form.module.css';

/** Why a form's change failed, announced as soon as it appears. */
export function FormAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  if (!error) return null;
  const requestId = error instanceof ApiRequestError ? error.apiError?.requestId : undefined;
  return (
    <div role="alert" className={styles.alert}>
      <p>{errorMessage(error)}</p>
      {requestId ? <p className={styles.reference}>{t('status.requestId', { requestId })}</p> : null}
    </div>
  );
}
