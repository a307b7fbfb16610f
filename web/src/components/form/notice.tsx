import type { ReactNode } from 'react';
import styles from './form.module.css';

/** A calm confirmation ("saved", "signed out") that screen readers announce without interrupting. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <div role="status" className={styles.notice}>
      {children}
    </div>
  );
}
