import { useTranslation } from 'react-i18next';
import { can } from '@koers/shared/policy';
import { DocumentTitle } from '../../components/document-title.tsx';
import { ApiTokens } from '../../features/api-tokens/components/api-tokens.tsx';
import { useCurrentUser } from '../../features/auth/api/get-session.ts';
import { AccountOverview } from '../../features/auth/components/account-overview.tsx';
import { CalendarFeedSection } from '../../features/calendar-feed/components/calendar-feed-section.tsx';
import { NoticePreferences } from '../../features/notices/components/notice-preferences.tsx';
import { PasskeySettings } from '../../features/passkeys/components/passkey-settings.tsx';

export function Component() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <>
      <DocumentTitle page={t('account.title')} />
      <h1>{t('account.title')}</h1>
      <p className="lead">{t('account.intro')}</p>
      <AccountOverview />
      <PasskeySettings />
      {/* Integrations read what an admin or programme manager reads; other roles have no tokens to make. */}
      {can(user?.access, 'api-token:create') ? <ApiTokens /> : null}
      <CalendarFeedSection />
      {/* The weekly digest tells of flags and actions in one's partnerships: for those with a role in one. */}
      <NoticePreferences
        offerWeeklyDigest={
          (user?.access.programmeManagerOf.length ?? 0) + (user?.access.criticalFriendOf.length ?? 0) > 0
        }
      />
    </>
  );
}
