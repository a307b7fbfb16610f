import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TPasskey } from '@koers/shared/passkeys';
import { apiGet, type TItemList } from '../../../lib/api-client.ts';
import { passkeyKeys } from './query-keys.ts';

function getPasskeys(signal: AbortSignal) {
  return apiGet<TItemList<TPasskey>>('/api/account/passkeys', { signal });
}

function passkeysQueryOptions() {
  return queryOptions({
    queryKey: passkeyKeys.mine(),
    queryFn: async ({ signal }) => (await getPasskeys(signal)).items,
  });
}

export function usePasskeys() {
  return useQuery(passkeysQueryOptions());
}
