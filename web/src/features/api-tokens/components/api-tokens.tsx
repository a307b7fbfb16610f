import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TApiToken, TApiTokenCreated } from '@koers/shared/api-tokens';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { CopyLink } from '../../../components/copy-link.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { Notice } from '../../../components/form/notice.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { useFormatDate } from '../../../i18n/use-format-date.ts';
import { useApiTokens } from '../api/get-api-tokens.ts';
import { useRevokeApiToken } from '../api/revoke-api-token.ts';
import styles from './api-tokens.module.css';
import { CreateApiTokenForm } from './create-api-token-form.tsx';

/** The signed-in person's read-only API tokens: make one (shown once), see when each was used, revoke. */
export function ApiTokens() {
  const { t } = useTranslation();
  const tokens = useApiTokens();
  const [created, setCreated] = useState<TApiTokenCreated>();

  return (
    <section aria-labelledby="api-tokens" className={`surface ${styles.section}`}>
      <h2 id="api-tokens">{t('apiTokens.title')}</h2>
      <p>{t('apiTokens.intro')}</p>
      <p className={styles.muted}>
        {t('apiTokens.usage')} <code>Authorization: Bearer koers_pat_…</code>
      </p>
      {created ? (
        <div className={styles.created}>
          <CopyLink
            label={t('apiTokens.created.label', { name: created.token.name })}
            hint={t('apiTokens.created.warning')}
            url={created.secret}
            texts={{
              copy: t('apiTokens.created.copy'),
              copied: t('apiTokens.created.copied'),
              copyFailed: t('apiTokens.created.copyFailed'),
            }}
          />
          <p>
            <button type="button" className="button button-secondary" onClick={() => setCreated(undefined)}>
              {t('apiTokens.created.done')}
            </button>
          </p>
        </div>
      ) : (
        <CreateApiTokenForm onCreated={setCreated} />
      )}
      <h3>{t('apiTokens.list.title')}</h3>
      {tokens.isPending ? <LoadingState /> : null}
      {tokens.isError ? <ErrorState error={tokens.error} onRetry={() => void tokens.refetch()} /> : null}
      {tokens.data ? <TokenList tokens={tokens.data.items} /> : null}
    </section>
  );
}

function TokenList({ tokens }: { tokens: TApiToken[] }) {
  const { t } = useTranslation();
  const { dateTime } = useFormatDate();
  const revoke = useRevokeApiToken();
  const [revoking, setRevoking] = useState<TApiToken>();
  const [revoked, setRevoked] = useState<string>();
  // When the list was drawn: a token that expires while the page is open shows so on the next visit.
  const [now] = useState(() => Date.now());

  const confirmRevoke = (token: TApiToken) =>
    revoke.mutate(token.id, {
      onSuccess: () => {
        setRevoked(token.name);
        setRevoking(undefined);
      },
      onError: () => setRevoking(undefined),
    });

  return (
    <>
      {revoked ? <Notice>{t('apiTokens.revoke.done', { name: revoked })}</Notice> : null}
      <FormAlert error={revoke.error} />
      {tokens.length === 0 ? (
        <p>{t('apiTokens.list.empty')}</p>
      ) : (
        <div className="table-wrapper">
          <table className="data-table">
            <caption className="visually-hidden">{t('apiTokens.list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('apiTokens.list.name')}</th>
                <th scope="col">{t('apiTokens.list.createdAt')}</th>
                <th scope="col">{t('apiTokens.list.expiresAt')}</th>
                <th scope="col">{t('apiTokens.list.lastUsedAt')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('apiTokens.list.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id}>
                  <th scope="row">{token.name}</th>
                  <td data-label={t('apiTokens.list.createdAt')}>{dateTime(token.createdAt)}</td>
                  <td data-label={t('apiTokens.list.expiresAt')}>
                    {Date.parse(token.expiresAt) <= now ? (
                      <span className={styles.expired}>{t('apiTokens.list.expired')}</span>
                    ) : (
                      dateTime(token.expiresAt)
                    )}
                  </td>
                  <td data-label={t('apiTokens.list.lastUsedAt')}>
                    {token.lastUsedAt ? dateTime(token.lastUsedAt) : t('apiTokens.list.neverUsed')}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      onClick={() => {
                        revoke.reset();
                        setRevoked(undefined);
                        setRevoking(token);
                      }}
                    >
                      {t('apiTokens.list.revoke')}
                      <span className="visually-hidden">: {token.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {revoking ? (
        <ConfirmDialog
          title={t('apiTokens.revoke.title')}
          confirmLabel={t('apiTokens.revoke.confirm')}
          cancelLabel={t('apiTokens.revoke.cancel')}
          busy={revoke.isPending}
          onConfirm={() => confirmRevoke(revoking)}
          onCancel={() => setRevoking(undefined)}
        >
          <p>{t('apiTokens.revoke.body', { name: revoking.name })}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
