import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TPartnershipSummary } from '@koers/shared/partnerships';
import { TableScroller } from '../../../components/table-scroller.tsx';
import { ScenarioBadge, SectorBadge } from './partnership-badges.tsx';
import styles from './partnership-table.module.css';

type TPartnershipTableProps = {
  partnerships: readonly TPartnershipSummary[];
  /** Where a partnership's name leads: its page, unless the table is used for managing. */
  linkTo?: (partnershipId: string) => string;
};

export function PartnershipTable({
  partnerships,
  linkTo = (partnershipId) => `/partnerships/${partnershipId}`,
}: TPartnershipTableProps) {
  const { t } = useTranslation();

  return (
    // Scrolls sideways when the columns outgrow the page, instead of cutting off the last ones.
    <TableScroller label={t('partnerships.table.caption')}>
      <table className={`data-table ${styles.table}`}>
        <caption className="visually-hidden">{t('partnerships.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('partnerships.table.name')}</th>
            <th scope="col">{t('partnerships.table.region')}</th>
            <th scope="col">{t('partnerships.table.sector')}</th>
            <th scope="col">{t('partnerships.table.scenario')}</th>
            <th scope="col" className={styles.numeric}>
              {t('partnerships.table.members')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('dashboard.title')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {partnerships.map((partnership) => (
            <tr key={partnership.id}>
              <th scope="row" className={styles.name}>
                <Link id={`partnership-name-${partnership.id}`} to={linkTo(partnership.id)}>
                  {partnership.name}
                </Link>
              </th>
              <td data-label={t('partnerships.table.region')}>{partnership.region}</td>
              <td data-label={t('partnerships.table.sector')}>
                <SectorBadge sector={partnership.sector} />
              </td>
              <td data-label={t('partnerships.table.scenario')}>
                <ScenarioBadge scenario={partnership.scenario} />
              </td>
              <td data-label={t('partnerships.table.members')} className={styles.numeric}>
                {t('partnerships.memberCount', { count: partnership.memberCount })}
              </td>
              <td className={styles.dashboardCell}>
                <Link
                  to={`/partnerships/${partnership.id}/dashboard`}
                  className="button button-secondary button-small"
                  // Named "Dashboard" and described by the partnership: its name alone still finds the name link.
                  aria-describedby={`partnership-name-${partnership.id}`}
                >
                  {t('dashboard.title')}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}
