import { useEffect } from 'react';
import { Navigate, Outlet, useLocation, type Location } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { ErrorState } from '../../../components/error-state.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { onSessionEnded } from '../../../lib/api-client.ts';
import { endSession, useSession } from '../api/get-session.ts';
import type { TLoginNotice } from './login-panel.tsx';

/** The sign-in page, with the way back to where the person was. */
function loginPathFor(location: Pick<Location, 'pathname' | 'search'>): string {
  const next = `${location.pathname}${location.search}`;
  return next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
}

/**
 * The signed-in part of the app. Without a session the person goes to the sign-in page; when an API call
 * answers 401 later on (idle or absolute timeout, signed out elsewhere, account disabled), they go there
 * with a word of explanation, and come back here after signing in.
 */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  const queryClient = useQueryClient();

  useEffect(() => onSessionEnded(() => endSession(queryClient, 'sessionEnded')), [queryClient]);

  if (session.isPending) return <LoadingState />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data.user) {
    const reason = session.data.endedBecause;
    const state: { notice?: TLoginNotice } = reason ? { notice: reason } : {};
    // After signing out on purpose there is no page to go back to.
    return <Navigate to={reason === 'signedOut' ? '/login' : loginPathFor(location)} replace state={state} />;
  }
  return <Outlet />;
}
