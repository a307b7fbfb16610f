import { useTranslation } from 'react-i18next';
import type { TIntervisionSignUp } from '@koers/shared/intervision';
import styles from './intervision.module.css';

/** The members of a group with their dilemmas (and cases) side by side; `aside` adds controls per member. */
export function GroupMembers({
  members,
  chosenSignUpId,
  aside,
}: {
  members: readonly TIntervisionSignUp[];
  chosenSignUpId: string | null;
  aside?: (member: TIntervisionSignUp) => React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <ul className={styles.members}>
      {members.map((m) => (
        <li key={m.id} className={`${styles.member} ${m.id === chosenSignUpId ? styles.chosen : ''}`}>
          <p>
            <strong>{m.person.name}</strong> · {m.partnership.name}
            {m.id === chosenSignUpId ? <span className="badge">{t('intervision.group.chosen')}</span> : null}
          </p>
          <p>{m.dilemma}</p>
          {m.case ? (
            <p className={styles.muted}>
              {t('intervision.group.case')}: {m.case}
            </p>
          ) : null}
          {aside?.(m)}
        </li>
      ))}
    </ul>
  );
}
