import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { ZNotice } from '@koers/shared/follow-up';
import { apiGet } from '../../../lib/api-client.ts';

const ZInbox = z.object({ items: z.array(ZNotice), unread: z.number().int() });

function getInbox(signal: AbortSignal) {
  return apiGet('/api/inbox', ZInbox, { signal });
}

export const INBOX_KEY = ['notices', 'inbox'] as const;

export function inboxQueryOptions() {
  return queryOptions({ queryKey: INBOX_KEY, queryFn: ({ signal }) => getInbox(signal) });
}

/** Checked now and then while the app is open, so the counter in the header does not go stale. */
const INBOX_REFRESH_MS = 60_000;

export function useInbox({ poll = false }: { poll?: boolean } = {}) {
  return useQuery({ ...inboxQueryOptions(), refetchInterval: poll ? INBOX_REFRESH_MS : false });
}
