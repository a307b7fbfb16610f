import { useTranslation } from 'react-i18next';
import { DocumentTitle } from './document-title.tsx';
import { EmptyState } from './empty-state.tsx';

/**
 * Catches what a page could not handle itself, most often a route chunk that no longer exists after a
 * new release. It renders inside the app shell, so the person can still navigate away.
 */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <div role="alert">
      <DocumentTitle page={t('routeError.title')} />
      <EmptyState
        headingLevel={1}
        title={t('routeError.title')}
        action={
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t('routeError.reload')}
          </button>
        }
      >
        <p>{t('routeError.text')}</p>
      </EmptyState>
    </div>
  );
}
