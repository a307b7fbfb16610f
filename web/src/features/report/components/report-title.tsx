import { useTranslation } from 'react-i18next';
import type { TPartnershipDashboard } from '@koers/shared/dashboards';
import type { TOrganisation } from '@koers/shared/organisations';
import styles from './report.module.css';

type TReportTitleProps = {
  dashboard: TPartnershipDashboard;
  /** The partnership's member organisations: institutes and boards by name, schools counted. */
  members: readonly TOrganisation[];
  /** The day it is printed, already in the reader's language. */
  printedOn: string;
};

/** The top of the first sheet: whose report, which quarter against which, and who train teachers together. */
export function ReportTitle({ dashboard, members, printedOn }: TReportTitleProps) {
  const { t } = useTranslation();
  const { partnership, period, previousPeriod } = dashboard;
  const names = (kind: TOrganisation['kind']) =>
    members.filter((member) => member.kind === kind).map((member) => member.name);
  const institutes = names('institute');
  const boards = names('school_board');
  const schools = names('school').length;

  return (
    <header className={styles.title}>
      <span className={styles.eyebrow}>{t('report.title')}</span>
      <h1>{partnership.name}</h1>
      <dl className={styles.facts}>
        <div>
          <dt>{t('report.facts.quarter')}</dt>
          <dd>
            {previousPeriod
              ? t('report.facts.comparedWith', { period: period?.code, previous: previousPeriod.code })
              : t('report.facts.firstQuarter', { period: period?.code })}
          </dd>
        </div>
        <div>
          <dt>{t('report.facts.region')}</dt>
          <dd>
            {partnership.region} · {t(`sectors.${partnership.sector}`)}
          </dd>
        </div>
        <div>
          <dt>{t('report.facts.scenario')}</dt>
          <dd>{t(`scenarios.${partnership.scenario}.label`)}</dd>
        </div>
        <div>
          <dt>{t('report.facts.printed')}</dt>
          <dd>{printedOn}</dd>
        </div>
        <div className={styles.wide}>
          <dt>{t('report.facts.members')}</dt>
          <dd>
            {members.length === 0 ? (
              t('report.facts.noMembers')
            ) : (
              <>
                {institutes.length > 0 ? (
                  <span className={styles.memberLine}>
                    {t('partnership.kinds.institute')}: {institutes.join(', ')}
                  </span>
                ) : null}
                {boards.length > 0 ? (
                  <span className={styles.memberLine}>
                    {t('partnership.kinds.school_board')}: {boards.join(', ')}
                  </span>
                ) : null}
                {schools > 0 ? (
                  <span className={styles.memberLine}>{t('report.facts.schools', { count: schools })}</span>
                ) : null}
              </>
            )}
          </dd>
        </div>
      </dl>
    </header>
  );
}
