import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ORGANISATION_KINDS, ZOrganisationKind } from '@koers/shared/organisations';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { SelectField } from '../../../components/form/select-field.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { useOrganisations } from '../api/get-organisations.ts';
import { CreateOrganisationForm } from './create-organisation-form.tsx';
import { OrganisationTable } from './organisation-table.tsx';
import styles from './organisations.module.css';

/** All institutes, boards and schools, filtered by kind (kept in the address), with a form to add one. */
export function OrganisationsAdmin() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const kind = ZOrganisationKind.safeParse(searchParams.get('kind')).data;
  const organisations = useOrganisations(kind);
  const boards = useOrganisations('school_board');
  const boardNames = new Map((boards.data ?? []).map((board) => [board.id, board.name]));

  return (
    <div className={styles.layout}>
      <CreateOrganisationForm boards={boards.data ?? []} />
      <section aria-labelledby="organisation-list" className={styles.list}>
        <h2 id="organisation-list" className="visually-hidden">
          {t('admin.organisations.listTitle')}
        </h2>
        <div className={styles.filter}>
          <SelectField
            label={t('admin.organisations.filter')}
            value={kind ?? ''}
            onValueChange={(value) => setSearchParams(value ? { kind: value } : {}, { replace: true })}
          >
            <option value="">{t('admin.organisations.allKinds')}</option>
            {ORGANISATION_KINDS.map((option) => (
              <option key={option} value={option}>
                {t(`partnership.kinds.${option}`)}
              </option>
            ))}
          </SelectField>
          {organisations.data ? (
            <p role="status" className={styles.count}>
              {t('admin.organisations.count', { count: organisations.data.length })}
            </p>
          ) : null}
        </div>
        {organisations.isPending ? (
          <LoadingState />
        ) : organisations.isError ? (
          <ErrorState error={organisations.error} onRetry={() => void organisations.refetch()} />
        ) : organisations.data.length === 0 ? (
          <EmptyState title={t('admin.organisations.empty')} />
        ) : (
          <OrganisationTable organisations={organisations.data} boardNames={boardNames} />
        )}
      </section>
    </div>
  );
}
