import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TIntervisionRound } from '@koers/shared/intervision';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { useFormatDate } from '../../../i18n/use-format-date.ts';
import { useIntervisionRounds } from '../api/get-rounds.ts';
import styles from './intervision.module.css';

/** The rounds a person can join or leads: open ones, and those they facilitate or signed up for. */
export function RoundsOverview({ facilitates }: { facilitates: boolean }) {
  const { t } = useTranslation();
  const rounds = useIntervisionRounds();
  return (
    <section aria-labelledby="intervision-rounds" className={`${styles.page} ${styles.overview}`}>
      <h2 id="intervision-rounds">{t('intervision.rounds.title')}</h2>
      {rounds.isPending ? <LoadingState /> : null}
      {rounds.isError ? <ErrorState error={rounds.error} onRetry={() => void rounds.refetch()} /> : null}
      {rounds.data?.items.length === 0 ? (
        <EmptyState title={facilitates ? t('intervision.rounds.emptyFacilitator') : t('intervision.rounds.empty')} />
      ) : null}
      {rounds.data && rounds.data.items.length > 0 ? (
        <ul className={styles.list}>
          {rounds.data.items.map((round) => (
            <RoundCard key={round.id} round={round} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function RoundCard({ round }: { round: TIntervisionRound }) {
  const { t } = useTranslation();
  const format = useFormatDate();
  return (
    <li className={`surface ${styles.card}`}>
      <h3>
        <Link to={`/intervision/${round.id}`}>{round.title}</Link>
      </h3>
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
      {round.invitation ? <p className={styles.muted}>{round.invitation}</p> : null}
      <p className={styles.actions}>
        {round.isFacilitator ? <span className="badge">{t('intervision.rounds.youFacilitate')}</span> : null}
        {round.mySignUp ? <span className="badge">{t('intervision.rounds.youSignedUp')}</span> : null}
        {round.status === 'confirmed' ? <span className="badge">{t('intervision.rounds.confirmed')}</span> : null}
      </p>
    </li>
  );
}
