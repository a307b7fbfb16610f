import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TCurrentUser } from '@koers/shared/auth';
import type { TFlagDetail } from '@koers/shared/follow-up';
import { can } from '@koers/shared/policy';
import { DocumentTitle } from '../../../components/document-title.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { Notice } from '../../../components/form/notice.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { useFormatDate } from '../../../i18n/use-format-date.ts';
import { useLocalisedText } from '../../../i18n/use-localised-text.ts';
import { ApiRequestError } from '../../../lib/api-client.ts';
import { useAcknowledgeFlag } from '../api/acknowledge-flag.ts';
import { useFlag } from '../api/get-flag.ts';
import { ActionForm, type TApproachPicker } from './action-form.tsx';
import { ActionList } from './action-list.tsx';
import { CloseFlagForm } from './close-flag-form.tsx';
import { FlagHistory } from './flag-history.tsx';
import { FlagReadings } from './flag-readings.tsx';
import { SeverityBadge } from './severity-badge.tsx';
import { useThemeName } from './use-theme-name.ts';
import styles from './follow-up.module.css';

type TFlagDetailProps = {
  flagId: string;
  user: TCurrentUser;
  /** Shown when the flag does not exist or is out of reach. */
  notFound: ReactNode;
  /** Good approaches to link to a new action, offered by the page that composes this one. */
  approachPicker?: TApproachPicker;
};

export function FlagDetail({ flagId, user, notFound, approachPicker }: TFlagDetailProps) {
  const query = useFlag(flagId);
  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    if (query.error instanceof ApiRequestError && query.error.status === 404) return notFound;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <FlagPage detail={query.data} user={user} approachPicker={approachPicker} />;
}

function FlagPage({
  detail,
  user,
  approachPicker,
}: {
  detail: TFlagDetail;
  user: TCurrentUser;
  approachPicker: TApproachPicker | undefined;
}) {
  const { t } = useTranslation();
  const localised = useLocalisedText();
  const themeName = useThemeName();
  const { dateTime } = useFormatDate();
  const { flag, partnership } = detail;
  const resource = { partnershipId: partnership.id };
  const canReview = can(user.access, 'review:write', resource);
  const canFollowUp = can(user.access, 'follow-up:write', resource);
  const closed = flag.status === 'closed';
  const title = `${t(`flags.kinds.${flag.kind}`)}: ${themeName(flag.theme)}`;

  return (
    <article className={styles.page}>
      <DocumentTitle page={t('followUp.flag.pageTitle', { name: `${partnership.name} · ${title}` })} />
      <header className={styles.header}>
        {can(user.access, 'review-queue:read') ? (
          <Link to="/review-queue" className="back-link">
            <span aria-hidden="true">←</span> {t('followUp.flag.back')}
          </Link>
        ) : null}
        <h1>
          <span className="eyebrow">{t('followUp.flag.eyebrow')}</span>
          {title}
        </h1>
      </header>
      <div className={styles.grid}>
        <section aria-labelledby="flag-reason" className={`surface ${styles.card}`}>
          <h2 id="flag-reason">{t('followUp.flag.reason')}</h2>
          <p className={styles.reason}>{localised(flag.reason)}</p>
          <p className={styles.muted}>{t('followUp.flag.calm')}</p>
          <dl className={styles.facts}>
            <dt>{t('followUp.flag.partnership')}</dt>
            <dd>
              <Link to={`/partnerships/${partnership.id}`}>{partnership.name}</Link>
            </dd>
            <dt>{t('followUp.queue.severity')}</dt>
            <dd>
              <SeverityBadge severity={flag.severity} />
            </dd>
            <dt>{t('followUp.flag.period')}</dt>
            <dd>{flag.periodCode}</dd>
            <dt>{t('followUp.flag.theme')}</dt>
            <dd>{themeName(flag.theme)}</dd>
            <dt>{t('followUp.flag.status')}</dt>
            <dd>
              <span className={styles.status}>{t(`flags.status.${flag.status}`)}</span>
            </dd>
            <dt>{t('followUp.flag.raisedAt')}</dt>
            <dd>{dateTime(flag.raisedAt)}</dd>
            {flag.resolution ? (
              <>
                <dt>{t('followUp.flag.resolution')}</dt>
                <dd>{flag.resolution}</dd>
              </>
            ) : null}
          </dl>
          {canReview ? <Acknowledge flagId={flag.id} open={flag.status === 'open'} /> : null}
        </section>
        <FlagHistory history={detail.history} />
        {detail.readings.length > 1 ? <FlagReadings readings={detail.readings} /> : null}
      </div>
      <section aria-labelledby="flag-actions" className={`surface ${styles.card}`}>
        <h2 id="flag-actions">{t('followUp.flag.actions.title')}</h2>
        {detail.actions.length === 0 ? (
          <p className={styles.muted}>{t('followUp.flag.actions.none')}</p>
        ) : (
          <ActionList actions={detail.actions} canWrite={canFollowUp} currentFlagId={flag.id} />
        )}
      </section>
      {closed ? (
        <Notice>{t('followUp.flag.close.closed')}</Notice>
      ) : (
        <div className={styles.grid}>
          {canFollowUp ? (
            <ActionForm
              partnershipId={partnership.id}
              user={user}
              flagIds={[flag.id]}
              theme={flag.theme}
              approachPicker={approachPicker}
            />
          ) : null}
          {canReview ? <CloseFlagForm flagId={flag.id} /> : null}
        </div>
      )}
    </article>
  );
}

function Acknowledge({ flagId, open }: { flagId: string; open: boolean }) {
  const { t } = useTranslation();
  const acknowledge = useAcknowledgeFlag();
  if (!open) return acknowledge.isSuccess ? <Notice>{t('followUp.flag.acknowledge.done')}</Notice> : null;
  return (
    <div className={styles.inlineForm}>
      <h3>{t('followUp.flag.acknowledge.title')}</h3>
      <p className={styles.muted}>{t('followUp.flag.acknowledge.text')}</p>
      <FormAlert error={acknowledge.error} />
      <div>
        <button
          type="button"
          className="button"
          disabled={acknowledge.isPending}
          onClick={() => acknowledge.mutate(flagId)}
        >
          {t('followUp.flag.acknowledge.submit')}
        </button>
      </div>
    </div>
  );
}
