import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TPasskey } from '@koers/shared/passkeys';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { useFormatDate } from '../../../i18n/use-format-date.ts';
import { ApiRequestError } from '../../../lib/api-client.ts';
import { useEnrolPasskey } from '../api/enrol-passkey.ts';
import { usePasskeys } from '../api/get-passkeys.ts';
import { useRemovePasskey } from '../api/remove-passkey.ts';
import styles from './passkeys.module.css';

/** On the account page: the person's passkeys, a way to add one, and to remove one. */
export function PasskeySettings() {
  const { t } = useTranslation();
  const passkeys = usePasskeys();
  const supported = typeof window.PublicKeyCredential === 'function';

  return (
    <section aria-labelledby="account-passkeys" className={`surface ${styles.panel}`}>
      <h2 id="account-passkeys">{t('passkeys.account.title')}</h2>
      <p>{t('passkeys.account.intro')}</p>
      {passkeys.isPending ? <LoadingState /> : null}
      {passkeys.isError ? <ErrorState error={passkeys.error} onRetry={() => void passkeys.refetch()} /> : null}
      {passkeys.data ? <PasskeyList passkeys={passkeys.data} /> : null}
      {supported ? <EnrolPasskey /> : <p>{t('passkeys.account.unsupported')}</p>}
    </section>
  );
}

function PasskeyList({ passkeys }: { passkeys: TPasskey[] }) {
  const { t } = useTranslation();
  const { dateTime } = useFormatDate();
  const remove = useRemovePasskey();
  const [asking, setAsking] = useState<TPasskey | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);

  if (passkeys.length === 0) return <p className={styles.empty}>{t('passkeys.account.empty')}</p>;

  const confirm = (passkey: TPasskey) =>
    remove.mutate(passkey, {
      onSuccess: () => {
        setAsking(null);
        setRemoved(passkey.name);
      },
    });

  return (
    <>
      <div className="table-wrapper">
        <table className={`data-table ${styles.list}`}>
          <caption className="visually-hidden">{t('passkeys.account.listCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('passkeys.account.name')}</th>
              <th scope="col">{t('passkeys.account.createdAt')}</th>
              <th scope="col">{t('passkeys.account.lastUsedAt')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('passkeys.account.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {passkeys.map((passkey) => (
              <tr key={passkey.id}>
                <th scope="row">{passkey.name}</th>
                <td data-label={t('passkeys.account.createdAt')}>{dateTime(passkey.createdAt)}</td>
                <td data-label={t('passkeys.account.lastUsedAt')}>
                  {passkey.lastUsedAt ? dateTime(passkey.lastUsedAt) : t('passkeys.account.neverUsed')}
                </td>
                <td>
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    aria-label={t('passkeys.account.removeNamed', { name: passkey.name })}
                    onClick={() => {
                      remove.reset();
                      setRemoved(null);
                      setAsking(passkey);
                    }}
                  >
                    {t('passkeys.account.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {removed ? <p role="status">{t('passkeys.account.removed', { name: removed })}</p> : null}
      {asking ? (
        <ConfirmDialog
          title={t('passkeys.account.confirmTitle')}
          confirmLabel={remove.isPending ? t('passkeys.account.removing') : t('passkeys.account.remove')}
          cancelLabel={t('passkeys.account.cancel')}
          busy={remove.isPending}
          onConfirm={() => confirm(asking)}
          onCancel={() => setAsking(null)}
        >
          <p>{t('passkeys.account.confirmText', { name: asking.name })}</p>
          <FormAlert error={remove.error} />
        </ConfirmDialog>
      ) : null}
    </>
  );
}

function EnrolPasskey() {
  const { t } = useTranslation();
  const enrol = useEnrolPasskey();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  const [added, setAdded] = useState<string | null>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setNameError(t('passkeys.account.nameRequired'));
    setNameError(undefined);
    setAdded(null);
    enrol.mutate(trimmed, {
      onSuccess: (passkey) => {
        setAdded(passkey.name);
        setName('');
      },
    });
  };

  return (
    <form className={styles.enrol} noValidate onSubmit={onSubmit} aria-labelledby="passkey-enrol-title">
      <h3 id="passkey-enrol-title">{t('passkeys.account.addTitle')}</h3>
      {enrol.error instanceof ApiRequestError || !enrol.error ? (
        <FormAlert error={enrol.error} />
      ) : (
        // Not the API's answer: the browser's dialog was closed, timed out, or this device already holds one.
        <p role="alert" className={styles.alert}>
          {t('passkeys.account.ceremonyFailed')}
        </p>
      )}
      <TextField
        label={t('passkeys.account.nameLabel')}
        hint={t('passkeys.account.nameHint')}
        maxLength={60}
        autoComplete="off"
        value={name}
        onValueChange={setName}
        error={nameError}
      />
      <div>
        <button type="submit" className="button" disabled={enrol.isPending}>
          {enrol.isPending ? t('passkeys.account.adding') : t('passkeys.account.add')}
        </button>
      </div>
      {added ? <p role="status">{t('passkeys.account.added', { name: added })}</p> : null}
    </form>
  );
}
