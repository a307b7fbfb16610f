import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/error-state.tsx';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { Notice } from '../../../components/form/notice.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { useConfirmTotpEnrolment } from '../api/confirm-totp-enrolment.ts';
import { useDisableSecondFactor } from '../api/disable-second-factor.ts';
import { useSecondFactor } from '../api/get-second-factor.ts';
import { useCurrentUser } from '../api/get-session.ts';
import { useReplaceRecoveryCodes } from '../api/replace-recovery-codes.ts';
import { useStartTotpEnrolment } from '../api/start-totp-enrolment.ts';
import { CodeForm } from './code-form.tsx';
import { RecoveryCodes } from './recovery-codes.tsx';
import styles from './second-factor.module.css';

/** The key as people type it: in groups of four. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

/** Enrol an authenticator app, see the recovery codes once, replace them, or switch the factor off. */
export function SecondFactorSettings() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const status = useSecondFactor();
  const start = useStartTotpEnrolment();
  const confirm = useConfirmTotpEnrolment();
  const replace = useReplaceRecoveryCodes();
  const disable = useDisableSecondFactor();
  const [shownCodes, setShownCodes] = useState<readonly string[]>();

  if (status.isPending) return <LoadingState />;
  if (status.isError) return <ErrorState error={status.error} onRetry={() => void status.refetch()} />;
  const enrolment = start.data;

  if (shownCodes)
    return (
      <RecoveryCodes
        codes={shownCodes}
        email={user?.email ?? ''}
        onDone={() => {
          setShownCodes(undefined);
          start.reset();
        }}
      />
    );

  if (!status.data.enrolled)
    return (
      <div className={styles.settings}>
        {disable.isSuccess ? (
          <Notice>
            <p>{t('secondFactor.on.disabled')}</p>
          </Notice>
        ) : null}
        {status.data.required ? (
          <Notice>
            <p>{t('secondFactor.required')}</p>
          </Notice>
        ) : null}
        <section aria-labelledby="second-factor-enrol" className={`surface ${styles.panel}`}>
          <h2 id="second-factor-enrol">{t('secondFactor.enrol.title')}</h2>
          {enrolment ? (
            <ol className={styles.steps}>
              <li>
                <p>{t('secondFactor.enrol.scan')}</p>
                <img className={styles.qr} src={enrolment.qrCode} alt={t('secondFactor.enrol.qrAlt')} />
                <p>{t('secondFactor.enrol.manual')}</p>
                <p>
                  <span className="visually-hidden">{t('secondFactor.enrol.manualLabel')}: </span>
                  <code className={styles.secret}>{grouped(enrolment.secret)}</code>
                </p>
              </li>
              <li>
                <p>{t('secondFactor.enrol.confirm')}</p>
                <CodeForm
                  label={t('secondFactor.enrol.code')}
                  submit={t('secondFactor.enrol.submit')}
                  busy={t('secondFactor.enrol.submitting')}
                  pending={confirm.isPending}
                  error={confirm.error}
                  appOnly
                  onCode={(code) =>
                    confirm.mutate({ code }, { onSuccess: ({ recoveryCodes }) => setShownCodes(recoveryCodes) })
                  }
                />
              </li>
            </ol>
          ) : (
            <>
              <p>{t('secondFactor.off.text')}</p>
              <FormAlert error={start.error} />
              <button type="button" className="button" disabled={start.isPending} onClick={() => start.mutate()}>
                {start.isPending ? t('secondFactor.off.starting') : t('secondFactor.off.start')}
              </button>
            </>
          )}
        </section>
      </div>
    );

  return (
    <div className={styles.settings}>
      <section aria-labelledby="second-factor-on" className={`surface ${styles.panel}`}>
        <h2 id="second-factor-on">{t('secondFactor.on.title')}</h2>
        <p>{t('secondFactor.on.text')}</p>
        <p>{t('secondFactor.on.codesLeft', { count: status.data.recoveryCodesLeft })}</p>
      </section>
      <section aria-labelledby="second-factor-replace" className={`surface ${styles.panel}`}>
        <h2 id="second-factor-replace">{t('secondFactor.on.replaceTitle')}</h2>
        <p>{t('secondFactor.on.replaceText')}</p>
        <CodeForm
          label={t('secondFactor.currentCode')}
          submit={t('secondFactor.on.replace')}
          busy={t('secondFactor.on.busy')}
          pending={replace.isPending}
          error={replace.error}
          onCode={(code) =>
            replace.mutate({ code }, { onSuccess: ({ recoveryCodes }) => setShownCodes(recoveryCodes) })
          }
        />
      </section>
      <section aria-labelledby="second-factor-disable" className={`surface ${styles.panel}`}>
        <h2 id="second-factor-disable">{t('secondFactor.on.disableTitle')}</h2>
        <p>{t('secondFactor.on.disableText')}</p>
        <CodeForm
          label={t('secondFactor.currentCode')}
          submit={t('secondFactor.on.disable')}
          busy={t('secondFactor.on.busy')}
          pending={disable.isPending}
          error={disable.error}
          onCode={(code) => disable.mutate({ code })}
        />
      </section>
    </div>
  );
}
