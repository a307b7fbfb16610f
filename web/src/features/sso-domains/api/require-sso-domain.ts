import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TSsoRequiredDomain, TSsoRequiredDomainCreate } from '@koers/shared/sign-in-identities';
import { apiSend } from '../../../lib/api-client.ts';
import { ssoDomainKeys } from './query-keys.ts';

function requireSsoDomain(body: TSsoRequiredDomainCreate) {
  return apiSend<TSsoRequiredDomain>('POST', '/api/sso-domains', { body });
}

export function useRequireSsoDomain() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: requireSsoDomain,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ssoDomainKeys.list() }),
  });
}
