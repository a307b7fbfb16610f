import type { QueryClient } from '@tanstack/react-query';

/**
 * A flag or action changed: the queue, every open flag page, the action plans and the partnership's
 * dashboards (open flags, overdue actions) may all show it, so all of them refresh.
 */
export function followUpChanged(queryClient: QueryClient, partnershipId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ['follow-up'] }),
    queryClient.invalidateQueries({ queryKey: ['partnerships', 'dashboard', partnershipId] }),
    queryClient.invalidateQueries({ queryKey: ['partnerships', 'flags', partnershipId] }),
  ]);
}
