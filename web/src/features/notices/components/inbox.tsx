import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TNotice } from '@koers/shared/follow-up';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { useFormatDate } from '../../../i18n/use-format-date.ts';
import { useLocalisedText } from '../../../i18n/use-localised-text.ts';
import { useInbox } from '../api/get-inbox.ts';
import { useMarkNoticeRead } from '../api/mark-notice-read.ts';
import styles from './notices.module.css';

export function Inbox() {
  const { t } = useTranslation();
  const inbox = useInbox();
  const markRead = useMarkNoticeRead();

  if (inbox.isPending) return <LoadingState />;
  if (inbox.isError) return <ErrorState error={inbox.error} onRetry={() => void inbox.refetch()} />;
  if (inbox.data.items.length === 0) {
    return (
      <EmptyState title={t('inbox.title')}>
        <p>{t('inbox.empty')}</p>
      </EmptyState>
    );
  }
  return (
    <section aria-labelledby="inbox-list">
      <div className={styles.toolbar}>
        <h2 id="inbox-list" className={styles.title}>
          {t('inbox.unreadCount', { count: inbox.data.unread })}
        </h2>
        {inbox.data.unread > 0 ? (
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={markRead.isPending}
            onClick={() => markRead.mutate('all')}
          >
            {t('inbox.markAllRead')}
          </button>
        ) : null}
      </div>
      <FormAlert error={markRead.error} />
      <ul className={styles.list}>
        {inbox.data.items.map((notice) => (
          <NoticeItem
            key={notice.id}
            notice={notice}
            pending={markRead.isPending}
            onRead={() => markRead.mutate(notice.id)}
          />
        ))}
      </ul>
    </section>
  );
}

function NoticeItem({ notice, pending, onRead }: { notice: TNotice; pending: boolean; onRead: () => void }) {
  const { t } = useTranslation();
  const localised = useLocalisedText();
  const { dateTime } = useFormatDate();
  const unread = notice.readAt === null;
  const title = localised(notice.title);
  return (
    <li className={unread ? `${styles.notice} ${styles.unread}` : styles.notice}>
      <div>
        <p className={styles.title}>
          {unread ? <span className={styles.newBadge}>{t('inbox.unread')}</span> : null}
          {title}
        </p>
        <p className={styles.meta}>
          {t(`inbox.kinds.${notice.kind}`)} · <time dateTime={notice.createdAt}>{dateTime(notice.createdAt)}</time>
        </p>
      </div>
      <div className={styles.buttons}>
        {/* Following a notice's link is reading it. */}
        <Link to={notice.link} className="button button-small" onClick={unread ? onRead : undefined}>
          {t('inbox.open')}
          <span className="visually-hidden">: {title}</span>
        </Link>
        {unread ? (
          <button type="button" className="button button-secondary button-small" disabled={pending} onClick={onRead}>
            {t('inbox.markRead')}
            <span className="visually-hidden">: {title}</span>
          </button>
        ) : null}
      </div>
    </li>
  );
}
