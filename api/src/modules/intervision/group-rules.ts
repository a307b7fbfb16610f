import type { TFieldIssue } from '@koers/shared/api-error';
import type { TIntervisionGroupsUpdate } from '@koers/shared/intervision';

type TSignUpRef = { id: string; partnership_id: string };

/**
 * What a facilitator's arrangement must keep: every sign-up of the round in exactly one group, never two
 * sign-ups of one partnership together, and a chosen case from the group's own members. Sizes and board
 * clashes are the facilitator's judgement (the proposal keeps them in bounds).
 */
export function checkGroups(input: TIntervisionGroupsUpdate, signUps: readonly TSignUpRef[]): TFieldIssue[] {
  const issues: TFieldIssue[] = [];
  const known = new Map(signUps.map((s) => [s.id, s]));
  const placed = new Set<string>();
  input.groups.forEach((group, g) => {
    const partnerships = new Set<string>();
    group.signUpIds.forEach((id, i) => {
      const path = `body.groups.${g}.signUpIds.${i}`;
      const signUp = known.get(id);
      if (!signUp) return issues.push({ path, message: 'Not a sign-up of this round' });
      if (placed.has(id)) return issues.push({ path, message: 'This sign-up is in more than one group' });
      placed.add(id);
      if (partnerships.has(signUp.partnership_id))
        return issues.push({ path, message: 'Two sign-ups of one partnership cannot share a group' });
      partnerships.add(signUp.partnership_id);
    });
    if (group.chosenSignUpId && !group.signUpIds.includes(group.chosenSignUpId))
      issues.push({ path: `body.groups.${g}.chosenSignUpId`, message: 'Choose the case of a member of this group' });
  });
  for (const s of signUps)
    if (!placed.has(s.id)) issues.push({ path: 'body.groups', message: `Sign-up ${s.id} is in no group` });
  return issues;
}
