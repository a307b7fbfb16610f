import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { TCurrentUser, TSessionInfo, TSignedIn } from '@koers/shared/auth';
import { fetchSession, replaceCsrfToken } from '../../../lib/api-client.ts';
import { authKeys } from './query-keys.ts';

/** Why the person is no longer signed in, when this page saw it happen. */
export type TSessionEnd = 'sessionEnded' | 'signedOut';

type TSession = TSessionInfo & {
  endedBecause?: TSessionEnd;
  /** After signing out of a session that came through an institution offering its own sign-out. */
  providerLogoutUrl?: string | null;
};

export function sessionQueryOptions() {
  return queryOptions({
    queryKey: authKeys.session(),
    queryFn: ({ signal }): Promise<TSession> => fetchSession(signal),
    // Fresh on every load of the app; after that, sign-in, sign-out and 401 answers keep it true.
    staleTime: Infinity,
  });
}

export function useSession() {
  return useQuery(sessionQueryOptions());
}

/** The signed-in person, or null; inside the signed-in part of the app it is always there. */
export function useCurrentUser(): TCurrentUser | null {
  return useSession().data?.user ?? null;
}

/** Records who signed in, with the new session's CSRF token. */
function startSession(queryClient: QueryClient, signedIn: TSignedIn): void {
  queryClient.setQueryData(sessionQueryOptions().queryKey, { ...signedIn });
}

/** After sign-in (in one step or two): the new session's token, and nothing kept of whoever was here before. */
export function completeSignIn(queryClient: QueryClient, signedIn: TSignedIn): void {
  replaceCsrfToken(signedIn.csrfToken);
  forgetOtherData(queryClient);
  startSession(queryClient, signedIn);
}

/** Records that nobody is signed in any more, and why, so the sign-in page can say so. */
export function endSession(queryClient: QueryClient, reason: TSessionEnd, providerLogoutUrl?: string | null): void {
  queryClient.setQueryData(sessionQueryOptions().queryKey, (previous) =>
    previous ? { ...previous, user: null, endedBecause: reason, providerLogoutUrl } : previous,
  );
}

/** The institution's own sign-out, when the session just ended came through one that offers it. */
export function useProviderLogoutUrl(): string | null {
  return useSession().data?.providerLogoutUrl ?? null;
}

/**
 * Drops every cached answer except the session: what one person was allowed to see must not show
 * for the next person who signs in on this browser.
 */
export function forgetOtherData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.session()[0] });
}
