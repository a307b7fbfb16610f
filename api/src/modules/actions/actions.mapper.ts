import type { TAction } from '@koers/shared/follow-up';
import type { TThemeNumber } from '@koers/shared/themes';
import type { TActionRecords } from './actions.repository.ts';

export function toActions({ rows, links, notes, approaches }: TActionRecords): TAction[] {
  return rows.map((r) => ({
    id: r.id,
    partnershipId: r.partnership_id,
    theme: r.theme_number as TThemeNumber | null,
    description: r.description,
    owner: { id: r.owner_id, name: r.owner_name },
    dueOn: r.due_on,
    supportType: r.support_type,
    status: r.status,
    overdue: r.overdue,
    flags: links
      .filter((l) => l.action_id === r.id)
      .map((l) => ({ id: l.flag_id, kind: l.kind, theme: l.theme_number as TThemeNumber | null })),
    notes: notes
      .filter((n) => n.action_id === r.id)
      .map((n) => ({
        author: n.author,
        text: n.text,
        statusChange: n.status_change,
        createdAt: n.created_at.toISOString(),
      })),
    goodApproaches: approaches.filter((a) => a.action_id === r.id).map((a) => ({ id: a.id, title: a.title })),
    peerReview:
      r.peer_action_id && r.peer_status && r.peer_partnership_id && r.peer_partnership_name
        ? {
            partnership: { id: r.peer_partnership_id, name: r.peer_partnership_name },
            actionId: r.peer_action_id,
            status: r.peer_status,
          }
        : null,
    createdBy: r.created_by_name,
    createdAt: r.created_at.toISOString(),
  }));
}
