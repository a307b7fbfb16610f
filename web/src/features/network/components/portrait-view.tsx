import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/error-state.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { DocumentTitle } from '../../../components/document-title.tsx';
import { ApiRequestError } from '../../../lib/api-client.ts';
import { useNetworkPortrait } from '../api/get-network-portrait.ts';
import { PortraitBadges, PortraitThemes } from './portrait-facts.tsx';
import styles from './network.module.css';

/** One published portrait: what the partnership chose to share, with its contact person's name. */
export function PortraitView({ partnershipId, notFound }: { partnershipId: string; notFound: ReactNode }) {
  const { t } = useTranslation();
  const portrait = useNetworkPortrait(partnershipId);
  if (portrait.isPending) return <LoadingState />;
  if (portrait.isError) {
    if (portrait.error instanceof ApiRequestError && portrait.error.status === 404) return notFound;
    return <ErrorState error={portrait.error} onRetry={() => void portrait.refetch()} />;
  }
  const p = portrait.data;
  return (
    <article className={styles.page}>
      <DocumentTitle page={p.name} />
      <header className={styles.header}>
        <h1>{p.name}</h1>
        <p className={styles.muted}>{p.region}</p>
      </header>
      <section className={`surface ${styles.card}`} aria-label={t('network.link.title')}>
        <PortraitBadges portrait={p} />
        {p.description ? <p className={styles.message}>{p.description}</p> : null}
        <PortraitThemes portrait={p} />
        <dl className={styles.facts}>
          <dt>{t('network.contact')}</dt>
          <dd>{p.contactName ?? '—'}</dd>
          <dt>{t('network.members')}</dt>
          <dd>{p.members.map((m) => m.name).join(', ')}</dd>
        </dl>
      </section>
    </article>
  );
}
