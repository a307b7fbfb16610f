import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TInvitationOverview, TInvitedRespondent } from '@koers/shared/invitations';
import type { TOrganisation } from '@koers/shared/organisations';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { CopyLink } from '../../../components/copy-link.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { useFormatDate } from '../../../i18n/use-format-date.ts';
import { useChangeInvitation } from '../api/change-invitation.ts';
import { useInvitations } from '../api/get-invitations.ts';
import { PasteRespondents } from './paste-respondents.tsx';
import styles from './invitations.module.css';

type TInvitationsPanelProps = {
  assessmentId: string;
  members: readonly TOrganisation[];
  /** The assessment's responses changed (new respondents): its page reads them again. */
  onChanged: () => void;
};

/** The programme manager's view of respondents invited by email: who is where, the response rate, and inviting more. */
export function InvitationsPanel({ assessmentId, members, onChanged }: TInvitationsPanelProps) {
  const { t } = useTranslation();
  const invitations = useInvitations(assessmentId);
  const [links, setLinks] = useState<TInvitationOverview['links']>([]);

  return (
    <section aria-labelledby="invitations-title" className={styles.section}>
      <h2 id="invitations-title">{t('invitations.title')}</h2>
      <p>{t('invitations.intro')}</p>
      {invitations.isError ? (
        <ErrorState error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : invitations.isPending ? (
        <LoadingState />
      ) : (
        <>
          <ResponseRates overview={invitations.data} />
          <InvitedTable assessmentId={assessmentId} overview={invitations.data} members={members} />
        </>
      )}
      {links.length > 0 ? (
        <div className={styles.links}>
          <p>{t('invitations.paste.noMail')}</p>
          {links.map(({ responseId, link }) => {
            const name = invitations.data?.respondents.find((r) => r.responseId === responseId)?.name ?? '';
            return (
              <CopyLink key={responseId} label={name} hint={t('assessment.invite.linkHint', { name })} url={link} />
            );
          })}
        </div>
      ) : null}
      <PasteRespondents
        assessmentId={assessmentId}
        members={members}
        invited={invitations.data?.respondents.filter((r) => r.status !== 'withdrawn').map((r) => r.email) ?? []}
        onInvited={(overview) => {
          setLinks(overview.links);
          onChanged();
        }}
      />
    </section>
  );
}

function ResponseRates({ overview }: { overview: TInvitationOverview }) {
  const { t } = useTranslation();
  return (
    <div>
      <h3>{t('invitations.rates.title')}</h3>
      <ul className={styles.rates}>
        {overview.rates.map((rate) => (
          <li key={rate.perspective}>
            <strong>{t(`assessment.perspectives.${rate.perspective}`)}</strong>{' '}
            {rate.invited === 0 ? t('invitations.rates.noneInvited') : t('invitations.rates.rate', rate)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function InvitedTable({
  assessmentId,
  overview,
  members,
}: {
  assessmentId: string;
  overview: TInvitationOverview;
  members: readonly TOrganisation[];
}) {
  const { t } = useTranslation();
  const { date } = useFormatDate();
  const resend = useChangeInvitation(assessmentId, 'resending');
  const withdraw = useChangeInvitation(assessmentId, 'withdrawal');
  const [withdrawing, setWithdrawing] = useState<TInvitedRespondent>();
  const [resent, setResent] = useState<string>();

  if (overview.respondents.length === 0) return <p className={styles.subtle}>{t('invitations.none')}</p>;
  return (
    <>
      <FormAlert error={resend.error ?? withdraw.error} />
      {resent ? <p role="status">{t('invitations.resent', { name: resent })}</p> : null}
      <div className="table-wrapper">
        <table className="data-table">
          <caption className="visually-hidden">{t('invitations.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('invitations.name')}</th>
              <th scope="col">{t('invitations.perspective')}</th>
              <th scope="col">{t('invitations.state')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('invitations.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {overview.respondents.map((respondent) => {
              const organisation = members.find((m) => m.id === respondent.organisationId)?.name;
              const open = respondent.status !== 'withdrawn';
              return (
                <tr key={respondent.responseId}>
                  <th scope="row">
                    {respondent.name}
                    <br />
                    <span className={styles.subtle}>{respondent.email}</span>
                  </th>
                  <td data-label={t('invitations.perspective')}>
                    {t(`assessment.perspectives.${respondent.perspective}`)}
                    {organisation ? <span className={styles.subtle}> · {organisation}</span> : null}
                  </td>
                  <td data-label={t('invitations.state')}>
                    <span className={`badge ${styles.state}`} data-state={respondent.status}>
                      {t(`invitations.status.${respondent.status}`)}
                    </span>{' '}
                    <span className={styles.subtle}>
                      {t('invitations.invitedOn', { date: date(respondent.invitedAt.slice(0, 10)) })}
                    </span>
                  </td>
                  <td>
                    {open ? (
                      <div className={styles.rowActions}>
                        <button
                          type="button"
                          className="button button-secondary button-small"
                          disabled={resend.isPending}
                          aria-label={t('invitations.resendFor', { name: respondent.name })}
                          onClick={() =>
                            resend.mutate(respondent.responseId, { onSuccess: () => setResent(respondent.name) })
                          }
                        >
                          {t('invitations.resend')}
                        </button>
                        <button
                          type="button"
                          className="button button-secondary button-small"
                          aria-label={t('invitations.withdrawFor', { name: respondent.name })}
                          onClick={() => setWithdrawing(respondent)}
                        >
                          {t('invitations.withdraw')}
                        </button>
                      </div>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {withdrawing ? (
        <ConfirmDialog
          title={t('invitations.withdrawFor', { name: withdrawing.name })}
          confirmLabel={t('invitations.withdraw')}
          cancelLabel={t('admin.cancel')}
          busy={withdraw.isPending}
          onCancel={() => setWithdrawing(undefined)}
          onConfirm={() => withdraw.mutate(withdrawing.responseId, { onSettled: () => setWithdrawing(undefined) })}
        >
          <p>{t('invitations.withdrawConfirm', { name: withdrawing.name })}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
