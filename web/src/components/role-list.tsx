import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TRoleAssignment } from '@koers/shared/roles';
import styles from './role-list.module.css';

/** Where a role applies: nowhere in particular for admins, a partnership or an organisation otherwise. */
export function rolePlace(role: TRoleAssignment): string | undefined {
  if (role.role === 'admin') return undefined;
  return role.role === 'board_member' ? role.organisationName : role.partnershipName;
}

type TRoleListProps = {
  roles: readonly TRoleAssignment[];
  /** Renders an action (such as "revoke") after each role. */
  renderAction?: (role: TRoleAssignment) => ReactNode;
};

export function RoleList({ roles, renderAction }: TRoleListProps) {
  const { t } = useTranslation();
  if (roles.length === 0) return <p className={styles.none}>{t('roles.none')}</p>;
  return (
    <ul className={styles.list}>
      {roles.map((role) => {
        const place = rolePlace(role);
        return (
          <li key={role.id} className={styles.item}>
            <span>
              <span className={styles.role}>{t(`roles.${role.role}`)}</span>
              {place ? <span className={styles.place}> · {place}</span> : null}
            </span>
            {renderAction?.(role)}
          </li>
        );
      })}
    </ul>
  );
}
