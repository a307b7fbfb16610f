import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZTimelineNote } from '@koers/shared/dashboards';
import { z } from 'zod';
import { apiSend } from '../../../lib/api-client.ts';

const ZTimelineNoteList = z.object({ items: z.array(ZTimelineNote) });

type TAddTimelineNote = { partnershipId: string; notedOn: string; text: string };

function addTimelineNote({ partnershipId, notedOn, text }: TAddTimelineNote) {
  return apiSend('POST', `/api/partnerships/${encodeURIComponent(partnershipId)}/timeline-notes`, {
    body: { notedOn, text },
    schema: ZTimelineNoteList,
  });
}

export function useAddTimelineNote() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addTimelineNote,
    // Every quarter of the dashboard draws the notes on its trend.
    onSuccess: (_notes, { partnershipId }) =>
      queryClient.invalidateQueries({ queryKey: ['partnerships', 'dashboard', partnershipId] }),
  });
}
