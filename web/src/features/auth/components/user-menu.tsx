import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigationType } from 'react-router';
import type { TCurrentUser } from '@koers/shared/auth';
import { useLogout } from '../api/logout.ts';
import styles from './user-menu.module.css';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  const first = parts[0]?.[0] ?? '';
  const last = parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '';
  return `${first}${last}`.toUpperCase();
}

/**
 * The signed-in person's name, opening a small panel with their account and sign-out. A disclosure
 * (button + panel), not an ARIA menu: Tab moves through it, Escape or a click elsewhere closes it.
 */
export function UserMenu({ user }: { user: TCurrentUser }) {
  const { t } = useTranslation();
  const logout = useLogout();
  const location = useLocation();
  const navigationType = useNavigationType();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [shownAt, setShownAt] = useState(location);
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  // Following a link, or going back, closes it (adjusting state during render, as React's docs advise); a
  // redirect does not: a page that replaces its address as it loads (/admin to /admin/people) would
  // otherwise shut the panel under the pointer of someone who just opened it.
  if (shownAt !== location) {
    setShownAt(location);
    if (navigationType !== 'REPLACE') setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  return (
    <div ref={containerRef} className={styles.container}>
      <button
        ref={buttonRef}
        type="button"
        className={styles.trigger}
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen((value) => !value)}
      >
        <span className={styles.avatar} aria-hidden="true">
          {initials(user.displayName)}
        </span>
        <span className={styles.name}>{user.displayName}</span>
        <span className={styles.chevron} aria-hidden="true" />
      </button>
      <div id={`${id}-panel`} className={styles.panel} hidden={!open}>
        <p className={styles.who}>
          <span className={styles.whoName}>{user.displayName}</span>
          <span className={styles.whoEmail}>{user.email}</span>
        </p>
        <ul className={styles.actions}>
          <li>
            <Link to="/account" className={styles.action}>
              {t('nav.account')}
            </Link>
          </li>
          <li>
            <button type="button" className={styles.action} disabled={logout.isPending} onClick={() => logout.mutate()}>
              {t('nav.signOut')}
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}
