import { describe, expect, it } from 'vitest';
import { can, readablePartnerships, type TAccess } from './policy.ts';

const P = '00000000-0000-4000-8000-000000000001';
const Q = '00000000-0000-4000-8000-000000000002';
const none: TAccess = { isAdmin: false, programmeManagerOf: [], criticalFriendOf: [], boardMemberOf: [] };

describe('access rules', () => {
  it('fails closed: no person, or no role, may do nothing', () => {
    expect(can(null, 'partnership:read', { partnershipId: P })).toBe(false);
    expect(can(none, 'partnership:read', { partnershipId: P })).toBe(false);
    expect(can(none, 'board-overview:read')).toBe(false);
    expect(readablePartnerships(none)).toEqual([]);
  });

  it('lets a programme manager edit only their own partnership’s assessment', () => {
    const pm = { ...none, programmeManagerOf: [P] };
    expect(can(pm, 'assessment:edit', { partnershipId: P })).toBe(true);
    expect(can(pm, 'assessment:edit', { partnershipId: Q })).toBe(false);
    expect(can(pm, 'platform:manage')).toBe(false);
  });

  it('never lets a critical friend change scores, but lets them review, reopen and follow up', () => {
    const friend = { ...none, criticalFriendOf: [P] };
    expect(can(friend, 'assessment:edit', { partnershipId: P })).toBe(false);
    expect(can(friend, 'review:write', { partnershipId: P })).toBe(true);
    expect(can(friend, 'assessment:reopen', { partnershipId: P })).toBe(true);
    expect(can(friend, 'follow-up:write', { partnershipId: Q })).toBe(false);
  });

  it('lets board members read, never write, and see narratives only when the partnership shares them', () => {
    const board = { ...none, boardMemberOf: [P] };
    expect(can(board, 'partnership:read', { partnershipId: P })).toBe(true);
    expect(can(board, 'board-overview:read')).toBe(true);
    for (const action of ['assessment:edit', 'review:write', 'follow-up:write', 'timeline-note:write'] as const) {
      expect(can(board, action, { partnershipId: P })).toBe(false);
    }
    expect(can(board, 'partnership:read-narrative', { partnershipId: P })).toBe(false);
    expect(can(board, 'partnership:read-narrative', { partnershipId: P, sharesNarratives: true })).toBe(true);
  });

  it('combines roles: a manager of one partnership can be a critical friend of another', () => {
    const both = { ...none, programmeManagerOf: [P], criticalFriendOf: [Q] };
    expect(can(both, 'assessment:edit', { partnershipId: P })).toBe(true);
    expect(can(both, 'assessment:edit', { partnershipId: Q })).toBe(false);
    expect(can(both, 'review:write', { partnershipId: Q })).toBe(true);
    expect(readablePartnerships(both)).toEqual([P, Q]);
  });

  it('lets an admin run the platform and read everything, but not fill in a partnership’s assessment', () => {
    const admin = { ...none, isAdmin: true };
    expect(can(admin, 'platform:manage')).toBe(true);
    expect(can(admin, 'partnership:read-narrative', { partnershipId: Q })).toBe(true);
    expect(can(admin, 'assessment:edit', { partnershipId: Q })).toBe(false);
    expect(readablePartnerships(admin)).toBe('all');
  });
  it('lets every role read good approaches; programme managers write from their own partnership, friends approve', () => {
    const pm = { ...none, programmeManagerOf: [P] };
    const friend = { ...none, criticalFriendOf: [P] };
    const board = { ...none, boardMemberOf: [P] };
    expect([none, pm, friend, board].map((a) => can(a, 'good-approach:read'))).toEqual([false, true, true, true]);
    expect([pm, friend, board].map((a) => can(a, 'good-approach:author'))).toEqual([true, true, false]);
    expect(can(pm, 'good-approach:write', { partnershipId: P })).toBe(true);
    expect(can(pm, 'good-approach:write', { partnershipId: Q })).toBe(false);
    expect(can(pm, 'good-approach:approve', { partnershipId: P })).toBe(false);
    expect(can(friend, 'good-approach:approve', { partnershipId: P })).toBe(true);
    expect(can(friend, 'good-approach:approve', { partnershipId: Q })).toBe(false);
    expect([pm, friend].map((a) => can(a, 'good-approach:publish'))).toEqual([false, true]);
  });
});
