import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DocumentTitle } from '../../../components/document-title.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { InvitePersonForm } from '../../../features/people/components/invite-person-form.tsx';
import { useRolePlaces } from './use-role-places.ts';
import styles from './admin.module.css';

export function Component() {
  const { t } = useTranslation();
  const { places, isPending, error, retry } = useRolePlaces();

  return (
    <div className={styles.stack}>
      <DocumentTitle page={t('admin.people.invite.title')} />
      <Link to="/admin/people" className={`back-link ${styles.back}`}>
        <span aria-hidden="true">←</span> {t('admin.people.back')}
      </Link>
      <div>
        <h1>{t('admin.people.invite.title')}</h1>
        <p className="lead">{t('admin.people.invite.intro')}</p>
      </div>
      {error ? (
        <ErrorState error={error} onRetry={retry} />
      ) : isPending ? (
        <LoadingState />
      ) : (
        <InvitePersonForm {...places} />
      )}
    </div>
  );
}
