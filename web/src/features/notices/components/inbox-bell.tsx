import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useInbox } from '../api/get-inbox.ts';
import styles from './notices.module.css';

/** The unread count in the header, so a new action or review does not wait for someone to look. */
export function InboxBell() {
  const { t } = useTranslation();
  const inbox = useInbox({ poll: true });
  const unread = inbox.data?.unread ?? 0;
  return (
    <NavLink to="/inbox" className={styles.bell} aria-label={t('inbox.bell', { count: unread })}>
      <svg className={styles.bellIcon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      {unread > 0 ? (
        <span className={styles.count} aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </NavLink>
  );
}
