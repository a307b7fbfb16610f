import type { ReactNode } from 'react';
import styles from './status.module.css';

type TEmptyStateProps = {
  title: string;
  /** 1 when the empty state is all the page shows (not found, no access), so the page keeps its main heading. */
  headingLevel?: 1 | 2;
  children?: ReactNode;
  /** A way forward, such as clearing filters or going back. */
  action?: ReactNode;
};

export function EmptyState({ title, headingLevel = 2, children, action }: TEmptyStateProps) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <div className={`surface ${styles.panel}`}>
      <Heading className={styles.title}>{title}</Heading>
      {children}
      {action ? <div className={styles.actions}>{action}</div> : null}
    </div>
  );
}
