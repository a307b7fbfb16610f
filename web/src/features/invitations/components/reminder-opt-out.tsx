import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { ApiRequestError } from '../../../lib/api-client.ts';
import { useOptOutOfReminders } from '../api/opt-out-of-reminders.ts';
import styles from './invitations.module.css';

/**
 * Switching reminders off takes a click, not just opening the link: mail scanners open links in
 * emails, and would otherwise opt everyone out.
 */
export function ReminderOptOut({ token }: { token: string }) {
  const { t } = useTranslation();
  const optOut = useOptOutOfReminders(token);
  if (optOut.error instanceof ApiRequestError && optOut.error.status === 404) return <ReminderOptOutUnusable />;
  return (
    <section aria-labelledby="reminder-opt-out" className={`surface ${styles.paste} ${styles.done}`}>
      <h1 id="reminder-opt-out">{t('reminderOptOut.title')}</h1>
      {optOut.isSuccess ? (
        <p role="status">{t('reminderOptOut.done')}</p>
      ) : (
        <>
          <p>{t('reminderOptOut.text')}</p>
          <FormAlert error={optOut.error} />
          <div>
            <button type="button" className="button" disabled={optOut.isPending} onClick={() => optOut.mutate()}>
              {t('reminderOptOut.action')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

/** A link that cannot be an opt-out link: said plainly, without asking the API. */
export function ReminderOptOutUnusable() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="reminder-opt-out" className={`surface ${styles.paste} ${styles.done}`}>
      <h1 id="reminder-opt-out">{t('reminderOptOut.title')}</h1>
      <p>{t('reminderOptOut.unusable')}</p>
    </section>
  );
}
