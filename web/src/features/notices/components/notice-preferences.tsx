import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TNoticePreferences } from '@koers/shared/follow-up';
import { ErrorState } from '../../../components/error-state.tsx';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { Notice } from '../../../components/form/notice.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { useNoticePreferences } from '../api/get-notice-preferences.ts';
import { useUpdateNoticePreferences } from '../api/update-notice-preferences.ts';
import { NoticeEmailRhythm } from './notice-email-rhythm.tsx';
import styles from './notices.module.css';

/**
 * Per kind of notice: in the app, by email, both or neither; and for people with a role in a partnership,
 * whose digest has something to tell, whether the emails come one by one or once a week.
 */
export function NoticePreferences({ offerWeeklyDigest }: { offerWeeklyDigest: boolean }) {
  const { t } = useTranslation();
  const preferences = useNoticePreferences();
  return (
    <section aria-labelledby="notice-preferences" className={styles.preferencesSection}>
      <h2 id="notice-preferences">{t('inbox.preferences.title')}</h2>
      {offerWeeklyDigest ? <NoticeEmailRhythm /> : null}
      <p>{t('inbox.preferences.intro')}</p>
      {preferences.isPending ? <LoadingState /> : null}
      {preferences.isError ? <ErrorState error={preferences.error} onRetry={() => void preferences.refetch()} /> : null}
      {preferences.data ? <PreferencesForm saved={preferences.data} /> : null}
    </section>
  );
}

function PreferencesForm({ saved }: { saved: TNoticePreferences }) {
  const { t } = useTranslation();
  const update = useUpdateNoticePreferences();
  const [values, setValues] = useState(saved);

  const toggle = (kind: string, channel: 'inApp' | 'email', on: boolean) => {
    update.reset();
    setValues((current) => current.map((p) => (p.kind === kind ? { ...p, [channel]: on } : p)));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(values);
  };

  return (
    <form onSubmit={onSubmit} className={styles.preferencesForm}>
      <div className="table-wrapper">
        <table className={`data-table ${styles.preferences}`}>
          <thead>
            <tr>
              <th scope="col">{t('inbox.preferences.kind')}</th>
              <th scope="col">{t('inbox.preferences.inApp')}</th>
              <th scope="col">{t('inbox.preferences.email')}</th>
            </tr>
          </thead>
          <tbody>
            {values.map((preference) => {
              const kind = t(`inbox.kinds.${preference.kind}`);
              return (
                <tr key={preference.kind}>
                  <th scope="row">{kind}</th>
                  <td data-label={t('inbox.preferences.inApp')}>
                    <input
                      type="checkbox"
                      aria-label={t('inbox.preferences.inAppFor', { kind })}
                      checked={preference.inApp}
                      onChange={(event) => toggle(preference.kind, 'inApp', event.target.checked)}
                    />
                  </td>
                  <td data-label={t('inbox.preferences.email')}>
                    <input
                      type="checkbox"
                      aria-label={t('inbox.preferences.emailFor', { kind })}
                      checked={preference.email}
                      onChange={(event) => toggle(preference.kind, 'email', event.target.checked)}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <FormAlert error={update.error} />
      {update.isSuccess ? <Notice>{t('inbox.preferences.saved')}</Notice> : null}
      <p>
        <button type="submit" className="button" disabled={update.isPending}>
          {t('inbox.preferences.submit')}
        </button>
      </p>
    </form>
  );
}
