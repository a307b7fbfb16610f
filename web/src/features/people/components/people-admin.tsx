import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { usePeople } from '../api/get-people.ts';
import { PeopleTable } from './people-table.tsx';
import styles from './people.module.css';

export function PeopleAdmin() {
  const { t } = useTranslation();
  const people = usePeople();

  return (
    <section aria-labelledby="people-count">
      <div className={styles.toolbar}>
        <p id="people-count" role="status" className={styles.count}>
          {people.data ? t('admin.people.count', { count: people.data.length }) : null}
        </p>
        <Link to="/admin/people/invite" className="button">
          {t('admin.people.invite.title')}
        </Link>
      </div>
      {people.isPending ? (
        <LoadingState />
      ) : people.isError ? (
        <ErrorState error={people.error} onRetry={() => void people.refetch()} />
      ) : people.data.length === 0 ? (
        <EmptyState title={t('admin.people.empty')} />
      ) : (
        <PeopleTable people={people.data} />
      )}
    </section>
  );
}
