import { useId } from 'react';
import { NavLink } from 'react-router';
import styles from './section-tabs.module.css';

export type TSectionTab = { to: string; label: string };
export type TSectionTabGroup = { label?: string; tabs: readonly TSectionTab[] };

/**
 * The pages of one section (Beheer, the learning network) as a row of tabs under the main menu. Groups
 * with a label each take a row of their own on a wide screen: many tabs in one row would wrap at an
 * arbitrary place.
 */
export function SectionTabs({ label, groups }: { label: string; groups: readonly TSectionTabGroup[] }) {
  const groupId = useId();
  const linkClass = ({ isActive }: { isActive: boolean }) => (isActive ? `${styles.tab} ${styles.active}` : styles.tab);
  return (
    <nav aria-label={label} className={styles.tabs}>
      {groups.map((group, index) => {
        const labelId = `${groupId}-${index}`;
        return (
          <div key={labelId} className={styles.tabGroup}>
            {group.label ? (
              <span id={labelId} className={styles.tabGroupLabel}>
                {group.label}
              </span>
            ) : null}
            <ul aria-labelledby={group.label ? labelId : undefined}>
              {group.tabs.map((tab) => (
                <li key={tab.to}>
                  <NavLink to={tab.to} className={linkClass}>
                    {tab.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}
