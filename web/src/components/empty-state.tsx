import type { ReactNode } from 'react';
import styles from './status.module.css';

type EmptyStateProps = {
  title: string;
  children?: ReactNode;
  /** A way forward, such as clearing filters or going back. */
  action?: ReactNode;
};

export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <div className={styles.panel}>
      <h2 className={styles.title}>{title}</h2>
      {children}
      {action ? <div className={styles.actions}>{action}</div> : null}
    </div>
  );
}
