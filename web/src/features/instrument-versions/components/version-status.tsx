import { useTranslation } from 'react-i18next';
import type { TInstrumentVersion } from '@koers/shared/instrument';
import styles from './instrument-versions.module.css';

/** A word for the status; the colour only repeats it. */
export function VersionStatus({ status }: { status: TInstrumentVersion['status'] }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${styles.status}`} data-status={status}>
      {t(`instrumentVersions.statuses.${status}`)}
    </span>
  );
}
