import type { QueryClient } from '@tanstack/react-query';
import { scopes } from '../../../lib/query-scopes.ts';
import { followUpKeys } from './query-keys.ts';

/**
 * A flag or action changed: the queue, every open flag page, the partnership's action plan, dashboards
 * and flags (open flags, overdue actions) and the board's count of open flags may all show it, so all
 * of them refresh.
 */
export function followUpChanged(queryClient: QueryClient, partnershipId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: followUpKeys.all() }),
    queryClient.invalidateQueries({ queryKey: scopes.reviewQueue() }),
    queryClient.invalidateQueries({ queryKey: scopes.partnership(partnershipId) }),
    queryClient.invalidateQueries({ queryKey: scopes.boardOverview() }),
  ]);
}
