import { useMutation } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client.ts';

/** An invited respondent, through the link in an invitation or reminder, switches reminders off. */
export function useOptOutOfReminders(token: string) {
  return useMutation({
    mutationFn: () => apiSend('POST', `/api/reminder-opt-outs/${encodeURIComponent(token)}`),
  });
}
