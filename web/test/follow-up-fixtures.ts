import type { TCurrentUser } from '@koers/shared/auth';
import type { TFlag } from '@koers/shared/dashboards';
import type { TAction, TFlagDetail, TQueueItem } from '@koers/shared/follow-up';

export const TWENTE_ID = '0b6f2a1e-4c3d-4e8a-9b1f-2a7c5d9e1f03';
const FRIEND_ID = '4fa06e5c-8a71-4c2e-9f5d-6e1a9b3c5d03';
const MANAGER_ID = '4fa06e5c-8a71-4c2e-9f5d-6e1a9b3c5d01';

/** A critical friend of Twente Leert. */
export const CRITICAL_FRIEND: TCurrentUser = {
  id: FRIEND_ID,
  displayName: 'Frank de Vriend',
  email: 'friend@demo.koers.nl',
  roles: [
    {
      id: '5ab17f6d-9b82-4d3f-8a6e-7f2b0c4d6e03',
      role: 'critical_friend',
      partnershipId: TWENTE_ID,
      partnershipName: 'Partnerschap Twente Leert',
    },
  ],
  access: { isAdmin: false, programmeManagerOf: [], criticalFriendOf: [TWENTE_ID], boardMemberOf: [] },
  secondFactorRequired: false,
};

export const WEAK_FLAG: TFlag = {
  id: '6bc28a7e-0c93-4e40-9b7f-8a3c1d5e7f01',
  periodCode: '2026-Q3',
  theme: 4,
  kind: 'weak',
  severity: 'high',
  status: 'open',
  raisedAt: '2026-10-01T09:00:00.000Z',
  reason: { nl: 'Data en feedback scoort 1,8: zwak.', en: 'Data and feedback scores 1.8: weak.' },
  resolution: null,
};

export const DECLINING_FLAG: TFlag = {
  id: '6bc28a7e-0c93-4e40-9b7f-8a3c1d5e7f02',
  periodCode: '2026-Q3',
  theme: 2,
  kind: 'declining',
  severity: 'attention',
  status: 'acknowledged',
  raisedAt: '2026-09-01T09:00:00.000Z',
  reason: { nl: 'Procesmanagement daalde met 0,6.', en: 'Process management dropped by 0.6.' },
  resolution: null,
};

export function queueItem(flag: TFlag, overrides: Partial<TQueueItem> = {}): TQueueItem {
  return {
    flag,
    sincePeriodCode: flag.periodCode,
    partnership: { id: TWENTE_ID, name: 'Partnerschap Twente Leert' },
    actions: { total: 0, open: 0, overdue: 0 },
    lastReviewAt: null,
    newSinceLastReview: true,
    ...overrides,
  };
}

export const PEER_REVIEW_ACTION: TAction = {
  id: '7cd39b8f-1da4-4f51-8c80-9b4d2e6f8001',
  partnershipId: TWENTE_ID,
  theme: 4,
  description: 'Peer review with another partnership',
  owner: { id: MANAGER_ID, name: 'Priya Manders' },
  dueOn: '2027-01-15',
  supportType: 'peer_review',
  status: 'open',
  overdue: false,
  flags: [{ id: WEAK_FLAG.id, kind: WEAK_FLAG.kind, theme: WEAK_FLAG.theme }],
  notes: [],
  goodApproaches: [],
  peerReview: null,
  createdBy: 'Frank de Vriend',
  createdAt: '2026-10-02T09:00:00.000Z',
};

export function flagDetail(overrides: Partial<TFlagDetail> = {}): TFlagDetail {
  return {
    flag: WEAK_FLAG,
    partnership: { id: TWENTE_ID, name: 'Partnerschap Twente Leert' },
    history: [{ event: 'raised', at: WEAK_FLAG.raisedAt, actor: null, note: null }],
    readings: [{ periodCode: '2026-Q3', severity: 'high', reason: WEAK_FLAG.reason, recordedAt: WEAK_FLAG.raisedAt }],
    actions: [],
    ...overrides,
  };
}

export const PARTNERSHIP_PEOPLE = [
  { id: MANAGER_ID, displayName: 'Priya Manders', role: 'programme_manager' as const },
  { id: FRIEND_ID, displayName: 'Frank de Vriend', role: 'critical_friend' as const },
];

export const EMPTY_INBOX = { items: [], unread: 0 };
