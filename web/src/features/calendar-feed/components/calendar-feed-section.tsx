import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCalendarFeed } from '@koers/shared/calendar-feed';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { CopyLink } from '../../../components/copy-link.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { Notice } from '../../../components/form/notice.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { toLanguage } from '../../../i18n/i18n.ts';
import { useFormatDate } from '../../../i18n/use-format-date.ts';
import { useCalendarFeed } from '../api/get-calendar-feed.ts';
import { useSaveCalendarFeed } from '../api/save-calendar-feed.ts';
import { useStopCalendarFeed } from '../api/stop-calendar-feed.ts';
import styles from './calendar-feed.module.css';

/**
 * The person's private calendar feed: due dates and action deadlines in Outlook or Google Calendar.
 * Its address is a secret that Koers keeps only as a hash, so it is shown once, right after it is made.
 */
export function CalendarFeedSection() {
  const { t } = useTranslation();
  const feed = useCalendarFeed();
  return (
    <section aria-labelledby="calendar-feed" className={`surface ${styles.panel}`}>
      <h2 id="calendar-feed">{t('calendarFeed.title')}</h2>
      <p>{t('calendarFeed.intro')}</p>
      {feed.isPending ? <LoadingState /> : null}
      {feed.isError ? <ErrorState error={feed.error} onRetry={() => void feed.refetch()} /> : null}
      {feed.data ? <FeedControls feed={feed.data} /> : null}
    </section>
  );
}

function FeedControls({ feed }: { feed: TCalendarFeed }) {
  const { t, i18n } = useTranslation();
  const format = useFormatDate();
  const save = useSaveCalendarFeed();
  const stop = useStopCalendarFeed();
  const [confirming, setConfirming] = useState<'renew' | 'stop'>();
  const language = toLanguage(i18n.resolvedLanguage);

  const renew = () => {
    stop.reset();
    save.mutate(language, { onSettled: () => setConfirming(undefined) });
  };

  return (
    <>
      {save.data ? (
        <CopyLink label={t('calendarFeed.address')} hint={t('calendarFeed.addressHint')} url={save.data.url} />
      ) : null}
      {feed.active && feed.createdAt ? (
        <p className={styles.state}>
          {feed.renewedAt
            ? t('calendarFeed.activeRenewed', {
                created: format.dateTime(feed.createdAt),
                renewed: format.dateTime(feed.renewedAt),
              })
            : t('calendarFeed.active', { created: format.dateTime(feed.createdAt) })}{' '}
          {feed.language
            ? t('calendarFeed.inLanguage', { language: t(`calendarFeed.languages.${feed.language}`) })
            : null}
        </p>
      ) : null}
      {stop.isSuccess ? <Notice>{t('calendarFeed.stopped')}</Notice> : null}
      <FormAlert error={save.error ?? stop.error} />
      <div className={styles.actions}>
        {feed.active ? (
          <>
            <button type="button" className="button" disabled={save.isPending} onClick={() => setConfirming('renew')}>
              {t('calendarFeed.renew')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={stop.isPending}
              onClick={() => setConfirming('stop')}
            >
              {t('calendarFeed.stop')}
            </button>
          </>
        ) : (
          <button type="button" className="button" disabled={save.isPending} onClick={renew}>
            {t('calendarFeed.create')}
          </button>
        )}
      </div>
      <details className={styles.help}>
        <summary>{t('calendarFeed.help.title')}</summary>
        <h3>{t('calendarFeed.help.outlookTitle')}</h3>
        <p>{t('calendarFeed.help.outlook')}</p>
        <h3>{t('calendarFeed.help.googleTitle')}</h3>
        <p>{t('calendarFeed.help.google')}</p>
        <p>{t('calendarFeed.help.refresh')}</p>
      </details>
      {confirming === 'renew' ? (
        <ConfirmDialog
          title={t('calendarFeed.renewConfirmTitle')}
          confirmLabel={t('calendarFeed.renew')}
          cancelLabel={t('calendarFeed.cancel')}
          tone="primary"
          busy={save.isPending}
          onCancel={() => setConfirming(undefined)}
          onConfirm={renew}
        >
          <p>{t('calendarFeed.renewConfirmText')}</p>
        </ConfirmDialog>
      ) : null}
      {confirming === 'stop' ? (
        <ConfirmDialog
          title={t('calendarFeed.stopConfirmTitle')}
          confirmLabel={t('calendarFeed.stop')}
          cancelLabel={t('calendarFeed.cancel')}
          busy={stop.isPending}
          onCancel={() => setConfirming(undefined)}
          onConfirm={() => {
            save.reset();
            stop.mutate(undefined, { onSettled: () => setConfirming(undefined) });
          }}
        >
          <p>{t('calendarFeed.stopConfirmText')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
