import { useTranslation } from 'react-i18next';
import { DocumentTitle } from '../../../components/document-title.tsx';
import { useOidcProviders } from '../../../features/auth/api/get-oidc-providers.ts';
import { useOrganisations } from '../../../features/organisations/api/get-organisations.ts';
import { OrganisationsAdmin } from '../../../features/organisations/components/organisations-admin.tsx';
import { SsoDomainsAdmin } from '../../../features/sso-domains/components/sso-domains-admin.tsx';

export function Component() {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const providers = useOidcProviders();
  return (
    <>
      <DocumentTitle page={t('admin.organisations.title')} />
      <div>
        <h1>{t('admin.organisations.title')}</h1>
        <p className="lead">{t('admin.organisations.intro')}</p>
      </div>
      <OrganisationsAdmin />
      {providers.data ? (
        <SsoDomainsAdmin organisations={organisations.data ?? []} providers={providers.data.items} />
      ) : null}
    </>
  );
}
