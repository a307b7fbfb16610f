import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOwnPortrait } from '../api/get-own-portrait.ts';
import styles from './network.module.css';

/** The way from a partnership's page to its network portrait, with whether it is published. */
export function PortraitLink({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const own = useOwnPortrait(partnershipId);
  const portrait = own.data?.portrait;
  const state =
    portrait === undefined ? null : portrait === null ? 'none' : portrait.publishedAt ? 'published' : 'draft';
  return (
    <section aria-labelledby="portrait-link" className={`surface ${styles.card} ${styles.callout}`}>
      <div>
        <h2 id="portrait-link">{t('network.link.title')}</h2>
        {state ? <p className={styles.muted}>{t(`network.link.${state}`)}</p> : null}
      </div>
      <Link to={`/partnerships/${partnershipId}/portrait`} className="button button-secondary">
        {t('network.link.open')} <span aria-hidden="true">→</span>
      </Link>
    </section>
  );
}
