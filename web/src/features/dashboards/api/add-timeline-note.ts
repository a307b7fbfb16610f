import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TTimelineNote } from '@koers/shared/dashboards';
import { apiSend, type TItemList } from '../../../lib/api-client.ts';
import { dashboardKeys } from './query-keys.ts';

type TAddTimelineNote = { partnershipId: string; notedOn: string; text: string };

function addTimelineNote({ partnershipId, notedOn, text }: TAddTimelineNote) {
  return apiSend<TItemList<TTimelineNote>>(
    'POST',
    `/api/partnerships/${encodeURIComponent(partnershipId)}/timeline-notes`,
    { body: { notedOn, text } },
  );
}

export function useAddTimelineNote() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addTimelineNote,
    // Every quarter of the dashboard draws the notes on its trend.
    onSuccess: (_notes, { partnershipId }) =>
      queryClient.invalidateQueries({ queryKey: dashboardKeys.partnershipAll(partnershipId) }),
  });
}
