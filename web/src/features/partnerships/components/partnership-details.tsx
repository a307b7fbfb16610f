import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DocumentTitle } from '../../../components/document-title.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { ApiRequestError } from '../../../lib/api-client.ts';
import { usePartnership } from '../api/get-partnership.ts';
import { ScenarioBadge, SectorBadge } from './partnership-badges.tsx';
import { PartnershipMembers } from './partnership-members.tsx';
import styles from './partnership-details.module.css';

export function PartnershipNotFound() {
  const { t } = useTranslation();
  return (
    <>
      <DocumentTitle page={t('partnership.notFound.title')} />
      <EmptyState
        headingLevel={1}
        title={t('partnership.notFound.title')}
        action={
          <Link to="/" className="button">
            {t('partnership.back')}
          </Link>
        }
      >
        <p>{t('partnership.notFound.text')}</p>
      </EmptyState>
    </>
  );
}

type TPartnershipDetailsProps = {
  partnershipId: string;
  /** More about the partnership, shown once it has loaded (its assessments). */
  children?: ReactNode;
};

export function PartnershipDetails({ partnershipId, children }: TPartnershipDetailsProps) {
  const { t } = useTranslation();
  const query = usePartnership(partnershipId);

  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    if (query.error instanceof ApiRequestError && query.error.status === 404) return <PartnershipNotFound />;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }

  const partnership = query.data;
  return (
    <article className={styles.details}>
      <DocumentTitle page={partnership.name} />
      <Link to="/" className="back-link">
        <span aria-hidden="true">←</span> {t('partnership.back')}
      </Link>
      <h1>{partnership.name}</h1>
      <section aria-labelledby="partnership-characteristics" className={`surface ${styles.card}`}>
        <h2 id="partnership-characteristics" className="visually-hidden">
          {t('partnership.details')}
        </h2>
        <dl className={styles.facts}>
          <div>
            <dt>{t('partnership.region')}</dt>
            <dd>{partnership.region}</dd>
          </div>
          <div>
            <dt>{t('partnership.sector')}</dt>
            <dd>
              <SectorBadge sector={partnership.sector} />
            </dd>
          </div>
          <div className={styles.scenario}>
            <dt>{t('partnership.scenario')}</dt>
            <dd>
              <ScenarioBadge scenario={partnership.scenario} />
              <p className={styles.scenarioText}>{t(`scenarios.${partnership.scenario}.description`)}</p>
            </dd>
          </div>
        </dl>
      </section>
      {children}
      <PartnershipMembers members={partnership.members} />
    </article>
  );
}
