import { useTranslation } from 'react-i18next';
import type { TNoticeEmailRhythm } from '@koers/shared/follow-up';
import { ErrorState } from '../../../components/error-state.tsx';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { Notice } from '../../../components/form/notice.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { useNoticeEmailRhythm } from '../api/get-notice-email-rhythm.ts';
import { useUpdateNoticeEmailRhythm } from '../api/update-notice-email-rhythm.ts';
import styles from './notices.module.css';

const RHYTHMS = ['per_notice', 'weekly'] as const satisfies readonly TNoticeEmailRhythm['rhythm'][];

/** An email per notice, or once a week a digest of the new flags and the actions due in one's partnerships. */
export function NoticeEmailRhythm() {
  const { t } = useTranslation();
  const rhythm = useNoticeEmailRhythm();
  const update = useUpdateNoticeEmailRhythm();
  if (rhythm.isPending) return <LoadingState />;
  if (rhythm.isError) return <ErrorState error={rhythm.error} onRetry={() => void rhythm.refetch()} />;
  // The choice being saved shows at once; a failed save falls back to the saved one, with the error.
  const shown = update.isPending ? update.variables.rhythm : rhythm.data.rhythm;
  return (
    <fieldset className={styles.rhythm} disabled={update.isPending}>
      <legend>{t('inbox.emailRhythm.legend')}</legend>
      {RHYTHMS.map((option) => (
        <label key={option} className={styles.rhythmOption}>
          <input
            type="radio"
            name="notice-email-rhythm"
            value={option}
            checked={shown === option}
            onChange={() => update.mutate({ rhythm: option })}
          />
          <span>
            {t(`inbox.emailRhythm.${option}.label`)}
            <span className={styles.rhythmHint}>{t(`inbox.emailRhythm.${option}.hint`)}</span>
          </span>
        </label>
      ))}
      <FormAlert error={update.error} />
      {update.isSuccess ? <Notice>{t(`inbox.emailRhythm.saved.${update.data.rhythm}`)}</Notice> : null}
    </fieldset>
  );
}
