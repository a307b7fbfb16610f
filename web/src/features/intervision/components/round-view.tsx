import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TIntervisionRoundDetail } from '@koers/shared/intervision';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { useFormatDate } from '../../../i18n/use-format-date.ts';
import { ApiRequestError } from '../../../lib/api-client.ts';
import { useIntervisionRound } from '../api/get-round.ts';
import { FacilitatorPanel } from './facilitator-panel.tsx';
import { GroupMembers } from './group-members.tsx';
import { GroupSessions } from './group-sessions.tsx';
import { SignUpForm } from './sign-up-form.tsx';
import { TakeAwayForm } from './take-away-form.tsx';
import styles from './intervision.module.css';

type TRoundViewProps = {
  roundId: string;
  /** The partnerships the person manages: with any, they can sign up. */
  managedPartnerships: readonly { id: string; name: string }[];
};

/** One round as this person may see it: its facilitator leads it, a programme manager signs up and meets their group. */
export function RoundView({ roundId, managedPartnerships }: TRoundViewProps) {
  const { t } = useTranslation();
  const round = useIntervisionRound(roundId);
  if (round.isPending) return <LoadingState />;
  if (round.isError) {
    if (round.error instanceof ApiRequestError && round.error.status === 404)
      return <EmptyState headingLevel={1} title={t('intervision.round.notFound')} />;
    return <ErrorState error={round.error} onRetry={() => void round.refetch()} />;
  }
  return <Round round={round.data} managedPartnerships={managedPartnerships} />;
}

function Round({
  round,
  managedPartnerships,
}: {
  round: TIntervisionRoundDetail;
  managedPartnerships: TRoundViewProps['managedPartnerships'];
}) {
  const { t } = useTranslation();
  const format = useFormatDate();
  const myGroup = round.groups.find((g) => g.members.some((m) => m.id === round.mySignUp?.id));
  return (
    <div className={styles.page}>
      <header>
        <Link className="back-link" to="/intervision">
          {t('intervision.round.back')}
        </Link>
        <h1>{round.title}</h1>
        <ul className={styles.facts}>
          <li>{t('intervision.rounds.theme', { theme: t(`themesShort.theme${round.theme}`) })}</li>
          <li>
            {round.signUpOpen
              ? t('intervision.rounds.deadline', { date: format.date(round.signUpDeadline) })
              : t('intervision.rounds.closed')}
          </li>
          <li>{t('intervision.rounds.facilitator', { name: round.facilitator.name })}</li>
          <li>{t('intervision.rounds.signUps', { count: round.signUpCount })}</li>
        </ul>
        {round.invitation ? <p className="lead">{round.invitation}</p> : null}
        <p className={styles.muted}>{t('intervision.round.privacy')}</p>
      </header>
      {myGroup && round.mySignUp ? (
        <section aria-labelledby="my-group" className={`surface ${styles.card}`}>
          <h2 id="my-group">{t('intervision.group.title')}</h2>
          <h3>{t('intervision.group.members')}</h3>
          <GroupMembers members={myGroup.members} chosenSignUpId={myGroup.chosenSignUpId} />
          <GroupSessions group={myGroup} canPlan={round.isFacilitator} />
          <TakeAwayForm groupId={myGroup.id} partnershipName={round.mySignUp.partnership.name} />
        </section>
      ) : null}
      {managedPartnerships.length > 0 && (round.signUpOpen || round.mySignUp) && !myGroup ? (
        <SignUpForm key={round.id} round={round} partnerships={managedPartnerships} />
      ) : null}
      {round.isFacilitator ? <FacilitatorPanel round={round} /> : null}
    </div>
  );
}
