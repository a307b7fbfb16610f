import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ZSsoRequiredDomainCreate, type TOidcProvider } from '@koers/shared/sign-in-identities';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { SelectField } from '../../../components/form/select-field.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { focusFirstInvalidField, useFormErrors, type TFieldErrors } from '../../../lib/form-errors.ts';
import { useSsoDomains } from '../api/get-sso-domains.ts';
import { useReleaseSsoDomain } from '../api/release-sso-domain.ts';
import { useRequireSsoDomain } from '../api/require-sso-domain.ts';
import styles from './sso-domains.module.css';

type TSsoDomainsAdminProps = {
  organisations: readonly { id: string; name: string }[];
  /** The configured sign-in providers; without any, there is nothing to require yet. */
  providers: readonly TOidcProvider[];
};

/** Email domains whose people sign in through their institution only: password sign-in is refused for them. */
export function SsoDomainsAdmin({ organisations, providers }: TSsoDomainsAdminProps) {
  const { t } = useTranslation();
  const domains = useSsoDomains();
  const release = useReleaseSsoDomain();
  const organisationNames = new Map(organisations.map((o) => [o.id, o.name]));
  const providerLabels = new Map(providers.map((p) => [p.name, p.label]));

  if (providers.length === 0) {
    return (
      <section aria-labelledby="sso-domains-title" className={styles.section}>
        <h2 id="sso-domains-title">{t('signInMethods.ssoDomains.title')}</h2>
        <p className={styles.intro}>{t('signInMethods.ssoDomains.noProviders')}</p>
      </section>
    );
  }

  return (
    <section aria-labelledby="sso-domains-title" className={styles.section}>
      <h2 id="sso-domains-title">{t('signInMethods.ssoDomains.title')}</h2>
      <p className={styles.intro}>{t('signInMethods.ssoDomains.intro')}</p>
      <RequireSsoDomainForm organisations={organisations} providers={providers} />
      <FormAlert error={release.error} />
      {domains.isPending ? (
        <LoadingState />
      ) : domains.isError ? (
        <ErrorState error={domains.error} onRetry={() => void domains.refetch()} />
      ) : domains.data.length === 0 ? (
        <EmptyState title={t('signInMethods.ssoDomains.empty')} />
      ) : (
        <div className="table-wrapper">
          <table className="data-table">
            <caption className="visually-hidden">{t('signInMethods.ssoDomains.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('signInMethods.ssoDomains.domain')}</th>
                <th scope="col">{t('signInMethods.ssoDomains.organisation')}</th>
                <th scope="col">{t('signInMethods.ssoDomains.provider')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('admin.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {domains.data.map((domain) => (
                <tr key={domain.domain}>
                  <th scope="row">@{domain.domain}</th>
                  <td data-label={t('signInMethods.ssoDomains.organisation')}>
                    {organisationNames.get(domain.organisationId) ?? '–'}
                  </td>
                  <td data-label={t('signInMethods.ssoDomains.provider')}>
                    {providerLabels.get(domain.provider) ?? domain.provider}
                  </td>
                  <td className={styles.rowActions}>
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      disabled={release.isPending}
                      onClick={() => release.mutate(domain.domain)}
                    >
                      {t('signInMethods.ssoDomains.release')}
                      <span className="visually-hidden"> @{domain.domain}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function RequireSsoDomainForm({ organisations, providers }: TSsoDomainsAdminProps) {
  const { t } = useTranslation();
  const { fromZod, fromApi } = useFormErrors();
  const require = useRequireSsoDomain();
  const formRef = useRef<HTMLFormElement>(null);
  const empty = { domain: '', organisationId: '', provider: providers[0]?.name ?? '' };
  const [values, setValues] = useState(empty);
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // People type the domain as they know it from an address: "@hogeschool.nl" or "hogeschool.nl".
    const parsed = ZSsoRequiredDomainCreate.safeParse({ ...values, domain: values.domain.trim().replace(/^@/, '') });
    flushSync(() => setFieldErrors(parsed.success ? {} : fromZod(parsed.error)));
    if (!parsed.success) return focusFirstInvalidField(formRef.current);
    require.mutate(parsed.data, {
      onSuccess: () => setValues(empty),
      onError: (error) => {
        flushSync(() => setFieldErrors(fromApi(error)));
        focusFirstInvalidField(formRef.current);
      },
    });
  };

  return (
    <form
      ref={formRef}
      className={`surface ${styles.form}`}
      noValidate
      onSubmit={onSubmit}
      aria-label={t('signInMethods.ssoDomains.formTitle')}
    >
      <FormAlert error={require.error} />
      <div className={styles.formFields}>
        <TextField
          label={t('signInMethods.ssoDomains.domain')}
          hint={t('signInMethods.ssoDomains.domainHint')}
          value={values.domain}
          autoComplete="off"
          spellCheck={false}
          onValueChange={(domain) => setValues({ ...values, domain })}
          error={fieldErrors.domain}
        />
        <SelectField
          label={t('signInMethods.ssoDomains.organisation')}
          value={values.organisationId}
          onValueChange={(organisationId) => setValues({ ...values, organisationId })}
          error={fieldErrors.organisationId}
        >
          <option value="">{t('admin.chooseOne')}</option>
          {organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('signInMethods.ssoDomains.provider')}
          value={values.provider}
          onValueChange={(provider) => setValues({ ...values, provider })}
          error={fieldErrors.provider}
        >
          {providers.map((provider) => (
            <option key={provider.name} value={provider.name}>
              {provider.label}
            </option>
          ))}
        </SelectField>
      </div>
      <div>
        <button type="submit" className="button" disabled={require.isPending}>
          {t('signInMethods.ssoDomains.submit')}
        </button>
      </div>
    </form>
  );
}
