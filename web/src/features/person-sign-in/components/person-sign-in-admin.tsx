import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ZConfiguredIdentityCreate, type TOidcProvider, type TPersonSignIn } from '@koers/shared/sign-in-identities';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { Notice } from '../../../components/form/notice.tsx';
import { SelectField } from '../../../components/form/select-field.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { focusFirstInvalidField, useFormErrors, type TFieldErrors } from '../../../lib/form-errors.ts';
import { useConfigureIdentity } from '../api/configure-identity.ts';
import { usePersonSignIn } from '../api/get-person-sign-in.ts';
import { useRemoveIdentity } from '../api/remove-identity.ts';
import { useRemovePasskeys } from '../api/remove-passkeys.ts';
import { useResetSecondFactor } from '../api/reset-second-factor.ts';
import styles from './person-sign-in.module.css';

type TPersonSignInAdminProps = {
  person: { id: string; displayName: string };
  /** The configured institutions' sign-in providers. */
  providers: readonly TOidcProvider[];
  /** The admin's own page: their factor and passkeys are changed on their account page, with a current code. */
  self: boolean;
};

/** How a person signs in, tended by their admin: an institution's account, and a way back in after a lost phone. */
export function PersonSignInAdmin({ person, providers, self }: TPersonSignInAdminProps) {
  const { t } = useTranslation();
  const query = usePersonSignIn(person.id);

  return (
    <section className={`surface ${styles.card}`} aria-labelledby="person-sign-in">
      <h2 id="person-sign-in">{t('personSignIn.title')}</h2>
      <p className={styles.muted}>{t('personSignIn.intro')}</p>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <InstitutionAccounts person={person} providers={providers} signIn={query.data} />
          {self ? (
            <Notice>
              <p>
                {t('personSignIn.self')} <Link to="/account">{t('personSignIn.selfLink')}</Link>
              </p>
            </Notice>
          ) : (
            <>
              <SecondFactorReset person={person} enrolled={query.data.secondFactor} />
              <PasskeysRemoval person={person} count={query.data.passkeys} />
            </>
          )}
        </>
      )}
    </section>
  );
}

function InstitutionAccounts({
  person,
  providers,
  signIn,
}: Omit<TPersonSignInAdminProps, 'self'> & { signIn: TPersonSignIn }) {
  const { t, i18n } = useTranslation();
  const remove = useRemoveIdentity();
  const labels = new Map(providers.map((p) => [p.name, p.label]));
  const day = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'long' });
  // One account per provider: the form offers only providers this person has none at yet.
  const open = providers.filter((p) => !signIn.identities.some((i) => i.provider === p.name));

  return (
    <div className={styles.part} role="group" aria-labelledby="person-institution">
      <h3 id="person-institution">{t('personSignIn.institution.title')}</h3>
      {providers.length === 0 ? (
        <p className={styles.muted}>{t('personSignIn.institution.noProviders')}</p>
      ) : (
        <p className={styles.muted}>{t('personSignIn.institution.intro')}</p>
      )}
      <FormAlert error={remove.error} />
      {signIn.identities.length === 0 ? (
        <p>{t('personSignIn.institution.none')}</p>
      ) : (
        <ul className={styles.identities}>
          {signIn.identities.map((identity) => (
            <li key={identity.provider} className={styles.identity}>
              <div className={styles.identityText}>
                <strong>{labels.get(identity.provider) ?? identity.provider}</strong>
                <code className={styles.subject}>{identity.subject}</code>
                <span className={styles.muted}>
                  {identity.lastUsedAt
                    ? t('personSignIn.institution.lastUsed', { date: day.format(new Date(identity.lastUsedAt)) })
                    : t('personSignIn.institution.awaiting')}
                </span>
              </div>
              <button
                type="button"
                className="button button-secondary button-small"
                disabled={remove.isPending}
                onClick={() => remove.mutate({ personId: person.id, provider: identity.provider })}
              >
                {t('personSignIn.institution.remove')}
                <span className="visually-hidden">: {labels.get(identity.provider) ?? identity.provider}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {open.length > 0 ? <ConfigureIdentityForm personId={person.id} providers={open} /> : null}
    </div>
  );
}

function ConfigureIdentityForm({ personId, providers }: { personId: string; providers: readonly TOidcProvider[] }) {
  const { t } = useTranslation();
  const { fromZod, fromApi } = useFormErrors();
  const configure = useConfigureIdentity();
  const formRef = useRef<HTMLFormElement>(null);
  const [provider, setProvider] = useState(providers[0]?.name ?? '');
  const [subject, setSubject] = useState('');
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const chosen = providers.some((p) => p.name === provider) ? provider : (providers[0]?.name ?? '');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ZConfiguredIdentityCreate.safeParse({ provider: chosen, subject });
    flushSync(() => setFieldErrors(parsed.success ? {} : fromZod(parsed.error)));
    if (!parsed.success) return focusFirstInvalidField(formRef.current);
    configure.mutate(
      { personId, identity: parsed.data },
      {
        onSuccess: () => setSubject(''),
        onError: (error) => {
          flushSync(() => setFieldErrors(fromApi(error)));
          focusFirstInvalidField(formRef.current);
        },
      },
    );
  };

  return (
    <form
      ref={formRef}
      className={styles.form}
      noValidate
      onSubmit={onSubmit}
      aria-label={t('personSignIn.institution.add')}
    >
      <FormAlert error={configure.error} />
      {configure.isSuccess ? (
        <Notice>
          <p>{t('personSignIn.institution.added')}</p>
        </Notice>
      ) : null}
      <div className={styles.fields}>
        <SelectField
          label={t('personSignIn.institution.provider')}
          value={chosen}
          onValueChange={setProvider}
          error={fieldErrors.provider}
        >
          {providers.map((p) => (
            <option key={p.name} value={p.name}>
              {p.label}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('personSignIn.institution.subject')}
          value={subject}
          maxLength={255}
          autoComplete="off"
          spellCheck={false}
          onValueChange={setSubject}
          error={fieldErrors.subject}
        />
      </div>
      <div>
        <button type="submit" className="button" disabled={configure.isPending}>
          {t('personSignIn.institution.add')}
        </button>
      </div>
    </form>
  );
}

function SecondFactorReset({ person, enrolled }: { person: { id: string; displayName: string }; enrolled: boolean }) {
  const { t } = useTranslation();
  const reset = useResetSecondFactor();
  const [confirming, setConfirming] = useState(false);

  return (
    <div className={styles.part} role="group" aria-labelledby="person-second-factor">
      <h3 id="person-second-factor">{t('personSignIn.secondFactor.title')}</h3>
      {reset.isSuccess ? (
        <Notice>
          <p>{t('personSignIn.secondFactor.done')}</p>
        </Notice>
      ) : (
        <p>{enrolled ? t('personSignIn.secondFactor.on') : t('personSignIn.secondFactor.off')}</p>
      )}
      <FormAlert error={reset.error} />
      {enrolled ? (
        <div>
          <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
            {t('personSignIn.secondFactor.start')}
          </button>
        </div>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={t('personSignIn.secondFactor.confirmTitle', { name: person.displayName })}
          confirmLabel={t('personSignIn.secondFactor.confirm')}
          cancelLabel={t('admin.cancel')}
          busy={reset.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={() => reset.mutate(person.id, { onSettled: () => setConfirming(false) })}
        >
          <p>{t('personSignIn.secondFactor.confirmText')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

function PasskeysRemoval({ person, count }: { person: { id: string; displayName: string }; count: number }) {
  const { t } = useTranslation();
  const remove = useRemovePasskeys();
  const [confirming, setConfirming] = useState(false);

  return (
    <div className={styles.part} role="group" aria-labelledby="person-passkeys">
      <h3 id="person-passkeys">{t('personSignIn.passkeys.title')}</h3>
      {remove.isSuccess ? (
        <Notice>
          <p>{t('personSignIn.passkeys.done')}</p>
        </Notice>
      ) : (
        <p>{count > 0 ? t('personSignIn.passkeys.count', { count }) : t('personSignIn.passkeys.none')}</p>
      )}
      <FormAlert error={remove.error} />
      {count > 0 ? (
        <div>
          <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
            {t('personSignIn.passkeys.start')}
          </button>
        </div>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={t('personSignIn.passkeys.confirmTitle', { name: person.displayName })}
          confirmLabel={t('personSignIn.passkeys.confirm')}
          cancelLabel={t('admin.cancel')}
          busy={remove.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={() => remove.mutate(person.id, { onSettled: () => setConfirming(false) })}
        >
          <p>{t('personSignIn.passkeys.confirmText')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
