import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TCurrentUser } from '@koers/shared/auth';
import type { TGoodApproach } from '@koers/shared/good-approaches';
import { can } from '@koers/shared/policy';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { DocumentTitle } from '../../../components/document-title.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { ApiRequestError } from '../../../lib/api-client.ts';
import { useGoodApproach } from '../api/get-good-approach.ts';
import { useWithdrawGoodApproach } from '../api/withdraw-good-approach.ts';
import { ApprovalForm } from './approval-form.tsx';
import styles from './good-approaches.module.css';

type TApproachDetailProps = {
  id: string;
  user: TCurrentUser;
  /** Shown when the approach does not exist or is not for this person to see. */
  notFound: ReactNode;
};

export function ApproachDetail({ id, user, notFound }: TApproachDetailProps) {
  const query = useGoodApproach(id);
  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    if (query.error instanceof ApiRequestError && query.error.status === 404) return notFound;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <ApproachPage approach={query.data} user={user} />;
}

function ApproachPage({ approach, user }: { approach: TGoodApproach; user: TCurrentUser }) {
  const { t } = useTranslation();
  const withdraw = useWithdrawGoodApproach();
  const [confirming, setConfirming] = useState(false);
  const mine = approach.author.id === user.id;
  const mayApprove =
    approach.status === 'submitted' &&
    approach.partnership !== null &&
    can(user.access, 'good-approach:approve', { partnershipId: approach.partnership.id });
  const story = [
    ['context', approach.context],
    ['whatWeDid', approach.whatWeDid],
    ['whatItBrought', approach.whatItBrought],
    ['whatItTook', approach.whatItTook],
  ] as const;

  return (
    <article className={styles.page}>
      <DocumentTitle page={approach.title} />
      <header>
        <Link to="/good-approaches" className="back-link">
          {t('goodApproaches.detail.back')}
        </Link>
        <h1>{approach.title}</h1>
        <ul className={styles.tags} aria-label={t('goodApproaches.fields.themes')}>
          {approach.status === 'published' ? null : (
            <li className="badge">{t(`goodApproaches.status.${approach.status}`)}</li>
          )}
          {approach.themes.map((theme) => (
            <li key={theme} className="badge">
              {t(`themesShort.theme${theme}`)}
            </li>
          ))}
          {approach.indicators.map((indicator) => (
            <li key={indicator.id} className="badge">
              {indicator.code}
            </li>
          ))}
          {approach.scenario ? <li className="badge">{t(`scenarios.${approach.scenario}.label`)}</li> : null}
        </ul>
        <p className={styles.muted}>
          {approach.partnership
            ? `${t('goodApproaches.detail.from', { partnership: approach.partnership.name })} · `
            : ''}
          {t('goodApproaches.detail.by', { name: approach.author.name })}
        </p>
      </header>
      {approach.reviewComment && mine && approach.status === 'draft' ? (
        <section className={`surface ${styles.card}`}>
          <h2>{t('goodApproaches.detail.reviewComment')}</h2>
          <p>{approach.reviewComment}</p>
        </section>
      ) : null}
      <div className={`surface ${styles.card} ${styles.story}`}>
        {story.map(([field, text]) => (
          <section key={field}>
            <h2>{t(`goodApproaches.fields.${field}`)}</h2>
            <p>{text}</p>
          </section>
        ))}
        <section>
          <h2>{t('goodApproaches.fields.contact')}</h2>
          <p>{approach.contact || t('goodApproaches.detail.noContact')}</p>
        </section>
      </div>
      {mayApprove ? <ApprovalForm approachId={approach.id} /> : null}
      {approach.status !== 'withdrawn' && (mine || user.access.isAdmin) ? (
        <div className={styles.buttons}>
          {mine ? (
            <Link to={`/good-approaches/${approach.id}/edit`} className="button button-secondary">
              {t('goodApproaches.detail.edit')}
            </Link>
          ) : null}
          <button type="button" className="button button-secondary" onClick={() => setConfirming(true)}>
            {t('goodApproaches.detail.withdraw')}
          </button>
        </div>
      ) : null}
      <FormAlert error={withdraw.error} />
      {confirming ? (
        <ConfirmDialog
          title={t('goodApproaches.detail.withdraw')}
          confirmLabel={t('goodApproaches.detail.withdraw')}
          cancelLabel={t('goodApproaches.detail.cancel')}
          busy={withdraw.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={() => withdraw.mutate(approach.id, { onSettled: () => setConfirming(false) })}
        >
          <p>{t('goodApproaches.detail.withdrawConfirm')}</p>
        </ConfirmDialog>
      ) : null}
    </article>
  );
}
