import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { ApiRequestError } from '../../../lib/api-client.ts';
import { useOneTimeLink } from '../api/get-one-time-link.ts';
import { SetPasswordForm } from './set-password-form.tsx';
import styles from './auth.module.css';

export function OneTimeLinkUnusable() {
  const { t } = useTranslation();
  return (
    <div className={styles.layout}>
      <EmptyState
        headingLevel={1}
        title={t('auth.link.unusableTitle')}
        action={
          <Link to="/login" className="button">
            {t('auth.link.toLogin')}
          </Link>
        }
      >
        <p>{t('auth.link.unusableText')}</p>
      </EmptyState>
    </div>
  );
}

/** An invitation or password-reset link: choose a password, then sign in. */
export function OneTimeLink({ token }: { token: string }) {
  const { t } = useTranslation();
  const link = useOneTimeLink(token);

  if (link.isPending) return <LoadingState />;
  if (link.isError) {
    if (link.error instanceof ApiRequestError && link.error.status === 404) return <OneTimeLinkUnusable />;
    return <ErrorState error={link.error} onRetry={() => void link.refetch()} />;
  }
  return (
    <div className={styles.layout}>
      <section className={`surface ${styles.card}`} aria-labelledby="link-title">
        <h1 id="link-title" className={styles.title}>
          {link.data.purpose === 'invitation' ? t('auth.link.invitationTitle') : t('auth.link.resetTitle')}
        </h1>
        <SetPasswordForm token={token} link={link.data} />
      </section>
    </div>
  );
}
