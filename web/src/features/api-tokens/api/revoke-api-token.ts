import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client.ts';
import { apiTokenKeys } from './query-keys.ts';

function revokeApiToken(tokenId: string) {
  return apiSend('DELETE', `/api/account/api-tokens/${encodeURIComponent(tokenId)}`);
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeApiToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokenKeys.list() }),
  });
}
