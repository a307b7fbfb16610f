import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TGoodApproach } from '@koers/shared/good-approaches';
import styles from './good-approaches.module.css';

type TApproachCardProps = {
  approach: TGoodApproach;
  headingLevel: 2 | 3;
  /** Why it is suggested here (a flag's page), shown as tags after the themes. */
  reasons?: string[];
};

/** One approach in a list: its title as the link to it, where it comes from, its themes, and a first line. */
export function ApproachCard({ approach, headingLevel, reasons = [] }: TApproachCardProps) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className={`surface ${styles.card}`}>
      <Heading>
        <Link to={`/good-approaches/${approach.id}`}>{approach.title}</Link>
      </Heading>
      <ul className={styles.tags} aria-label={t('goodApproaches.fields.themes')}>
        {approach.status === 'published' ? null : (
          <li className="badge">{t(`goodApproaches.status.${approach.status}`)}</li>
        )}
        {approach.themes.map((theme) => (
          <li key={theme} className="badge">
            {t(`themesShort.theme${theme}`)}
          </li>
        ))}
        {approach.scenario ? <li className="badge">{t(`scenarios.${approach.scenario}.label`)}</li> : null}
        {reasons.map((reason) => (
          <li key={reason} className="badge">
            {reason}
          </li>
        ))}
      </ul>
      {approach.partnership ? (
        <p className={styles.muted}>{t('goodApproaches.detail.from', { partnership: approach.partnership.name })}</p>
      ) : null}
      <p>{approach.whatWeDid}</p>
    </article>
  );
}
