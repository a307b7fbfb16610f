import { useTranslation } from 'react-i18next';
import { DocumentTitle } from '../../components/document-title.tsx';
import { AccountOverview } from '../../features/auth/components/account-overview.tsx';
import { CalendarFeedSection } from '../../features/calendar-feed/components/calendar-feed-section.tsx';
import { NoticePreferences } from '../../features/notices/components/notice-preferences.tsx';

export function Component() {
  const { t } = useTranslation();
  return (
    <>
      <DocumentTitle page={t('account.title')} />
      <h1>{t('account.title')}</h1>
      <p className="lead">{t('account.intro')}</p>
      <AccountOverview />
      <NoticePreferences />
      <CalendarFeedSection />
    </>
  );
}
