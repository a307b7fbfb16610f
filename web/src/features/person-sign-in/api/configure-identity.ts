import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TConfiguredIdentityCreate, TSignInIdentity } from '@koers/shared/sign-in-identities';
import { apiSend } from '../../../lib/api-client.ts';
import { personSignInKeys } from './query-keys.ts';

type TVariables = { personId: string; identity: TConfiguredIdentityCreate };

function configureIdentity({ personId, identity }: TVariables) {
  return apiSend<TSignInIdentity>('POST', `/api/people/${encodeURIComponent(personId)}/sign-in-identities`, {
    body: identity,
  });
}

/** Ties a provider's subject to a person, for a first sign-in still to come. */
export function useConfigureIdentity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: configureIdentity,
    onSuccess: (_identity, { personId }) =>
      queryClient.invalidateQueries({ queryKey: personSignInKeys.detail(personId) }),
  });
}
