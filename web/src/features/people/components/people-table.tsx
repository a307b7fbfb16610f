import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TPerson } from '@koers/shared/people';
import { rolePlace } from '../../../components/role-list.tsx';
import { PersonStatusBadge } from './person-status-badge.tsx';
import styles from './people.module.css';

export function PeopleTable({ people }: { people: readonly TPerson[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrapper">
      <table className="data-table">
        <caption className="visually-hidden">{t('admin.people.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.people.table.name')}</th>
            <th scope="col">{t('admin.people.table.email')}</th>
            <th scope="col">{t('admin.people.table.status')}</th>
            <th scope="col">{t('admin.people.table.roles')}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.id}>
              <th scope="row">
                <Link to={`/admin/people/${person.id}`}>{person.displayName}</Link>
              </th>
              <td data-label={t('admin.people.table.email')} className={styles.email}>
                {person.email ?? '–'}
              </td>
              <td data-label={t('admin.people.table.status')}>
                <PersonStatusBadge status={person.status} />
              </td>
              <td data-label={t('admin.people.table.roles')}>
                {person.roles.length === 0 ? (
                  <span className={styles.muted}>{t('roles.none')}</span>
                ) : (
                  <ul className={styles.roleChips}>
                    {person.roles.map((role) => {
                      const place = rolePlace(role);
                      return (
                        <li key={role.id} className={styles.roleChip}>
                          {t(`roles.${role.role}`)}
                          {place ? <span className={styles.chipPlace}> · {place}</span> : null}
                        </li>
                      );
                    })}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
