import { useTranslation } from 'react-i18next';
import { DocumentTitle } from '../../components/document-title.tsx';
import { useCurrentUser } from '../../features/auth/api/get-session.ts';
import { PartnershipFilters } from '../../features/partnerships/components/partnership-filters.tsx';
import { PartnershipList } from '../../features/partnerships/components/partnership-list.tsx';
import { usePartnershipFilters } from '../../features/partnerships/hooks/use-partnership-filters.ts';
import { OpenAssessments } from './open-assessments.tsx';

export function Component() {
  const { t } = useTranslation();
  const { filters, setFilter, clearFilters, isFiltered } = usePartnershipFilters();
  const user = useCurrentUser();

  return (
    <>
      <DocumentTitle page={t('partnerships.title')} />
      <h1>{t('partnerships.title')}</h1>
      <OpenAssessments partnershipIds={user?.access.programmeManagerOf ?? []} />
      <p className="lead">{t('partnerships.intro')}</p>
      <PartnershipFilters filters={filters} onChange={setFilter} onClear={clearFilters} isFiltered={isFiltered} />
      <PartnershipList filters={filters} isFiltered={isFiltered} onClearFilters={clearFilters} />
    </>
  );
}
