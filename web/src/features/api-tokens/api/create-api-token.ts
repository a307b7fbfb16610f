import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TApiTokenCreate, TApiTokenCreated } from '@koers/shared/api-tokens';
import { apiSend } from '../../../lib/api-client.ts';
import { apiTokenKeys } from './query-keys.ts';

function createApiToken(body: TApiTokenCreate) {
  return apiSend<TApiTokenCreated>('POST', '/api/account/api-tokens', { body });
}

/** The answer holds the secret; it stays in this mutation's state only, never in the query cache. */
export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApiToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokenKeys.list() }),
  });
}
