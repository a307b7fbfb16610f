import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFlag } from '@koers/shared/dashboards';
import { ErrorState } from '../../../components/error-state.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { toLanguage } from '../../../i18n/i18n.ts';
import { usePartnershipFlagHistory } from '../api/get-partnership-flags.ts';
import styles from './dashboard.module.css';
import flagStyles from './flag-list.module.css';

type TFlagListProps = {
  partnershipId: string;
  /** The open flags, as the dashboard already holds them. */
  flags: readonly TFlag[];
};

/** Flags invite a conversation with the critical friend; the wording and the look stay calm on purpose. */
export function FlagList({ partnershipId, flags }: TFlagListProps) {
  const { t } = useTranslation();
  const [showAll, setShowAll] = useState(false);
  const history = usePartnershipFlagHistory(partnershipId, showAll);

  const shown = showAll && history.data ? history.data : flags;
  return (
    <section aria-labelledby="flags" className={`surface ${styles.card}`}>
      <div className={styles.cardHeader}>
        <h2 id="flags">{t('flags.title')}</h2>
        <button
          type="button"
          className="button button-secondary button-small"
          aria-pressed={showAll}
          onClick={() => setShowAll((all) => !all)}
        >
          {t('flags.showAll')}
        </button>
      </div>
      <p className={styles.muted}>{t('flags.intro')}</p>
      {showAll && history.isPending ? <LoadingState /> : null}
      {showAll && history.isError ? <ErrorState error={history.error} onRetry={() => void history.refetch()} /> : null}
      {shown.length === 0 ? (
        <p className={styles.calm}>{showAll ? t('flags.noneEver') : t('flags.none')}</p>
      ) : (
        <ul className={flagStyles.flags}>
          {shown.map((flag) => (
            <FlagItem key={flag.id} flag={flag} />
          ))}
        </ul>
      )}
    </section>
  );
}

function FlagItem({ flag }: { flag: TFlag }) {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  return (
    <li className={`${flagStyles.flag} ${flagStyles[flag.severity]}`}>
      <div className={flagStyles.flagMeta}>
        <span className={flagStyles.severity}>{t(`flags.severity.${flag.severity}`)}</span>
        <span>{t(`flags.kinds.${flag.kind}`)}</span>
        <span className={flagStyles.flagPeriod}>{flag.periodCode}</span>
        {flag.status !== 'open' ? (
          <span className={flagStyles.flagStatus}>{t(`flags.status.${flag.status}`)}</span>
        ) : null}
      </div>
      <p className={flagStyles.flagReason}>{flag.reason[language]}</p>
      {flag.resolution ? <p className={styles.muted}>{flag.resolution}</p> : null}
    </li>
  );
}
