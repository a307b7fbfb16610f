import { useTranslation } from 'react-i18next';

/** React 19 hoists <title> into the document head, so each page names itself where it renders. */
export function DocumentTitle({ page }: { page: string }) {
  const { t } = useTranslation();
  return <title>{t('app.pageTitle', { page })}</title>;
}
