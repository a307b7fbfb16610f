import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client.ts';
import { ssoDomainKeys } from './query-keys.ts';

function releaseSsoDomain(domain: string) {
  return apiSend('DELETE', `/api/sso-domains/${encodeURIComponent(domain)}`);
}

export function useReleaseSsoDomain() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: releaseSsoDomain,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ssoDomainKeys.list() }),
  });
}
