import { useTranslation } from 'react-i18next';
import { ORGANISATION_KINDS, type TOrganisation } from '@koers/shared/organisations';
import styles from './partnership-details.module.css';

export function PartnershipMembers({ members }: { members: readonly TOrganisation[] }) {
  const { t } = useTranslation();
  const groups = ORGANISATION_KINDS.map((kind) => ({
    kind,
    organisations: members.filter((member) => member.kind === kind),
  })).filter((group) => group.organisations.length > 0);

  return (
    <section aria-labelledby="partnership-members" className={styles.members}>
      <h2 id="partnership-members">{t('partnership.members')}</h2>
      <p className={styles.muted}>{t('partnership.membersIntro')}</p>
      {groups.length === 0 ? (
        <p>{t('partnership.noMembers')}</p>
      ) : (
        <div className={styles.groups}>
          {groups.map(({ kind, organisations }) => (
            <section key={kind} aria-labelledby={`members-${kind}`} className={`surface ${styles.card}`}>
              <h3 id={`members-${kind}`} className={styles.groupTitle}>
                {t(`partnership.kinds.${kind}`)} <span className={styles.groupCount}>{organisations.length}</span>
              </h3>
              <ul className={styles.organisations}>
                {organisations.map((organisation) => (
                  <li key={organisation.id}>{organisation.name}</li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </section>
  );
}
