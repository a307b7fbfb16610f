import type { TThemeNumber } from '@koers/shared/themes';
import type { TIntervisionGroup, TIntervisionRound, TIntervisionSignUp } from '@koers/shared/intervision';
import { countBoardClashes } from './grouping.ts';
import type { TGroupRow, TRoundRow, TSignUpRow } from './intervision.repository.ts';

export function toSignUp(row: TSignUpRow): TIntervisionSignUp {
  return {
    id: row.id,
    person: { id: row.person_id, name: row.person_name },
    partnership: { id: row.partnership_id, name: row.partnership_name },
    dilemma: row.dilemma,
    case: row.case_text,
  };
}

export function toRound(row: TRoundRow, personId: string, mine: TSignUpRow | undefined): TIntervisionRound {
  return {
    id: row.id,
    theme: row.theme_number as TThemeNumber,
    title: row.title,
    invitation: row.invitation,
    signUpDeadline: row.sign_up_deadline,
    signUpOpen: row.sign_up_open,
    status: row.status,
    facilitator: { id: row.facilitator_id, name: row.facilitator_name },
    signUpCount: Number(row.sign_up_count ?? 0),
    isFacilitator: row.facilitator_id === personId,
    mySignUp: mine ? toSignUp(mine) : null,
  };
}

type TSessionRow = { id: string; group_id: string; starts_at: Date; ends_at: Date; place: string };

export function toGroups(
  groups: readonly TGroupRow[],
  signUps: readonly TSignUpRow[],
  sessions: readonly TSessionRow[],
  boards: ReadonlyMap<string, readonly string[]>,
): TIntervisionGroup[] {
  return groups.map((group) => {
    const members = signUps.filter((s) => s.group_id === group.id);
    return {
      id: group.id,
      roundId: group.round_id,
      number: group.number,
      members: members.map(toSignUp),
      chosenSignUpId: group.chosen_sign_up_id,
      boardClashes: countBoardClashes([
        members.map((m) => ({
          id: m.id,
          partnershipId: m.partnership_id,
          boardIds: boards.get(m.partnership_id) ?? [],
        })),
      ]),
      sessions: sessions
        .filter((s) => s.group_id === group.id)
        .map((s) => ({
          id: s.id,
          startsAt: s.starts_at.toISOString(),
          endsAt: s.ends_at.toISOString(),
          place: s.place,
        })),
    };
  });
}
