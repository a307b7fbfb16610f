import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TNotice } from '@koers/shared/follow-up';
import { apiGet, type TItemList } from '../../../lib/api-client.ts';
import { noticeKeys } from './query-keys.ts';

function getInbox(signal: AbortSignal) {
  return apiGet<TItemList<TNotice> & { unread: number }>('/api/inbox', { signal });
}

function inboxQueryOptions() {
  return queryOptions({ queryKey: noticeKeys.inbox(), queryFn: ({ signal }) => getInbox(signal) });
}

/** Checked now and then while the app is open, so the counter in the header does not go stale. */
const INBOX_REFRESH_MS = 60_000;

export function useInbox({ poll = false }: { poll?: boolean } = {}) {
  return useQuery({ ...inboxQueryOptions(), refetchInterval: poll ? INBOX_REFRESH_MS : false });
}
