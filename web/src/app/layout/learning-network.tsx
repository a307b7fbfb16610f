import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { can, type TAccess } from '@koers/shared/policy';
import { SectionTabs, type TSectionTab } from '../../components/section-tabs.tsx';
import { useCurrentUser } from '../../features/auth/api/get-session.ts';
import styles from './learning-network.module.css';

/**
 * The learning network's pages that a person's roles open, in the order of the question they answer: who
 * solved this and how (good approaches), who could we ask (the network), and whom do we talk it through
 * with (intervision). The main menu has one item for them all.
 */
export function learningNetworkTabs(access: TAccess | undefined, t: TFunction): TSectionTab[] {
  return [
    ...(can(access, 'good-approach:read') ? [{ to: '/good-approaches', label: t('goodApproaches.title') }] : []),
    ...(can(access, 'network:read') ? [{ to: '/network', label: t('network.nav') }] : []),
    ...(can(access, 'intervision:read') ? [{ to: '/intervision', label: t('intervision.nav') }] : []),
  ];
}

/** The learning network's pages under one set of tabs. */
export function LearningNetworkLayout() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <div className={styles.section}>
      <SectionTabs label={t('nav.learningNetwork')} groups={[{ tabs: learningNetworkTabs(user?.access, t) }]} />
      <Outlet />
    </div>
  );
}
