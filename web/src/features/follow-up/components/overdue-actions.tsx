import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDate } from '../../../i18n/use-format-date.ts';
import { usePartnershipActions } from '../api/get-partnership-actions.ts';
import styles from './follow-up.module.css';

/** Actions past their date, placed where the partnership looks first; nothing at all when none are. */
export function OverdueActions({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const { date } = useFormatDate();
  const actions = usePartnershipActions(partnershipId);
  const overdue = (actions.data ?? []).filter((action) => action.overdue);
  if (overdue.length === 0) return null;
  return (
    <section aria-labelledby="overdue-actions" className={styles.overduePanel}>
      <h2 id="overdue-actions">
        <span aria-hidden="true">⚠ </span>
        {t('followUp.plan.overdueTitle')}
      </h2>
      <p className={styles.muted}>{t('followUp.plan.overdueIntro')}</p>
      <ul>
        {overdue.map((action) => (
          <li key={action.id}>
            <strong>{action.description}</strong> — {t('followUp.action.overdue')}:{' '}
            {t('followUp.action.dueOn').toLowerCase()} {date(action.dueOn)} · {action.owner.name}
          </li>
        ))}
      </ul>
      <p>
        <Link to={`/partnerships/${partnershipId}/actions`}>{t('followUp.plan.open')}</Link>
      </p>
    </section>
  );
}
