import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { useCompleteResponse } from '../api/complete-response.ts';
import styles from './invitations.module.css';

/** An invited respondent tells the programme manager their view is complete (they may still change it). */
export function RespondentDone({ token }: { token: string }) {
  const { t } = useTranslation();
  const complete = useCompleteResponse(token);
  return (
    <section aria-labelledby="respondent-done" className={`surface ${styles.paste} ${styles.done}`}>
      <h2 id="respondent-done">{t('respondentDone.title')}</h2>
      {complete.isSuccess ? (
        <p role="status">{t('respondentDone.done')}</p>
      ) : (
        <>
          <p>{t('respondentDone.text')}</p>
          <FormAlert error={complete.error} />
          <div>
            <button type="button" className="button" disabled={complete.isPending} onClick={() => complete.mutate()}>
              {t('respondentDone.action')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
