import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { DocumentTitle } from '../../components/document-title.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { useSession } from '../../features/auth/api/get-session.ts';
import { LoginPanel, type TLoginNotice } from '../../features/auth/components/login-panel.tsx';

const NOTICES: readonly TLoginNotice[] = ['sessionEnded', 'signedOut', 'passwordSet'];

/** Only a path inside Koers: `next` must never send a person to another site after signing in. */
function safeNext(next: string | null): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || next.startsWith('/login'))
    return '/';
  return next;
}

function noticeOf(state: unknown): TLoginNotice | undefined {
  const notice = (state as { notice?: unknown } | null)?.notice;
  return NOTICES.find((known) => known === notice);
}

/** The API sends the browser here when a sign-in through the institution did not complete. */
const INSTITUTION_OUTCOMES: Record<string, TLoginNotice> = {
  failed: 'institutionFailed',
  unavailable: 'institutionUnavailable',
  throttled: 'institutionThrottled',
};

export function Component() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const [searchParams] = useSearchParams();

  const user = session.data?.user;
  // An admin who signed in with a password sets up the second step before anything else.
  if (user)
    return (
      <Navigate
        to={user.secondFactorRequired ? '/account/second-factor' : safeNext(searchParams.get('next'))}
        replace
      />
    );
  // An unreachable server shows on the form when the person tries to sign in.
  if (session.isPending) return <LoadingState />;

  return (
    <>
      <DocumentTitle page={t('auth.login.title')} />
      <LoginPanel notice={noticeOf(location.state) ?? INSTITUTION_OUTCOMES[searchParams.get('sign-in') ?? '']} />
    </>
  );
}
