import { useMutation } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client.ts';

/** The invited respondent says, through their link, that they are done. */
export function useCompleteResponse(token: string) {
  return useMutation({
    mutationFn: () => apiSend('POST', `/api/respond/${encodeURIComponent(token)}/completion`),
  });
}
