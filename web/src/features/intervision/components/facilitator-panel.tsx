import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TIntervisionRoundDetail } from '@koers/shared/intervision';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { Notice } from '../../../components/form/notice.tsx';
import { SelectField } from '../../../components/form/select-field.tsx';
import { useArrangeGroups } from '../api/arrange-groups.ts';
import { useConfirmGroups } from '../api/confirm-groups.ts';
import { useProposeGroups } from '../api/propose-groups.ts';
import { GroupMembers } from './group-members.tsx';
import { GroupSessions } from './group-sessions.tsx';
import styles from './intervision.module.css';

type TArrangement = { placement: Record<string, number>; chosen: Record<number, string | null> };

function arrangementOf(round: TIntervisionRoundDetail): TArrangement {
  const placement: Record<string, number> = {};
  const chosen: Record<number, string | null> = {};
  round.groups.forEach((group, index) => {
    for (const m of group.members) placement[m.id] = index;
    chosen[index] = group.chosenSignUpId;
  });
  return { placement, chosen };
}

/**
 * The facilitator's view: every sign-up, Koers's proposal with the dilemmas side by side, moving people
 * between groups and choosing a case per group, confirming, and planning sessions once confirmed.
 */
export function FacilitatorPanel({ round }: { round: TIntervisionRoundDetail }) {
  const { t } = useTranslation();
  const propose = useProposeGroups();
  const arrange = useArrangeGroups();
  const confirm = useConfirmGroups();
  const [arrangement, setArrangement] = useState(() => arrangementOf(round));
  const [shownFor, setShownFor] = useState(round);
  // A new answer from the server (a proposal, a saved arrangement) replaces what was moved locally.
  if (shownFor !== round) {
    setShownFor(round);
    setArrangement(arrangementOf(round));
  }
  const confirmed = round.status === 'confirmed';
  const groupCount = round.groups.length;
  const unplaced = round.signUps.filter((s) => arrangement.placement[s.id] === undefined);
  // What the facilitator moved here and has not saved yet.
  const moved = JSON.stringify(arrangement) !== JSON.stringify(arrangementOf(round));

  const save = () =>
    arrange.mutate({
      roundId: round.id,
      groups: {
        groups: round.groups.map((_, index) => ({
          signUpIds: round.signUps.filter((s) => arrangement.placement[s.id] === index).map((s) => s.id),
          chosenSignUpId: arrangement.chosen[index] ?? null,
        })),
      },
    });

  const moveControl = (signUpId: string, name: string) =>
    confirmed || groupCount === 0 ? null : (
      <div className={styles.actions}>
        <SelectField
          label={t('intervision.facilitate.moveTo', { name })}
          value={String(arrangement.placement[signUpId] ?? '')}
          onValueChange={(value) =>
            setArrangement((a) => ({ ...a, placement: { ...a.placement, [signUpId]: Number(value) } }))
          }
        >
          {arrangement.placement[signUpId] === undefined ? <option value="">—</option> : null}
          {round.groups.map((g, index) => (
            <option key={g.id} value={String(index)}>
              {t('intervision.facilitate.group', { number: index + 1 })}
            </option>
          ))}
        </SelectField>
        {arrangement.placement[signUpId] !== undefined ? (
          <button
            type="button"
            className="button button-secondary"
            aria-pressed={arrangement.chosen[arrangement.placement[signUpId] ?? -1] === signUpId}
            onClick={() =>
              setArrangement((a) => ({ ...a, chosen: { ...a.chosen, [a.placement[signUpId] ?? -1]: signUpId } }))
            }
          >
            {t('intervision.facilitate.chooseCase')}
          </button>
        ) : null}
      </div>
    );

  return (
    <section aria-labelledby="facilitate" className={styles.page}>
      <h2 id="facilitate">{t('intervision.facilitate.title')}</h2>
      {round.signUps.length === 0 ? <p className={styles.muted}>{t('intervision.facilitate.noSignUps')}</p> : null}
      {confirmed ? <Notice>{t('intervision.facilitate.confirmed')}</Notice> : null}
      {!confirmed && round.signUps.length > 0 ? (
        <div className={`surface ${styles.card}`}>
          <p className={styles.muted}>{t('intervision.facilitate.proposeHint')}</p>
          <FormAlert error={propose.error ?? arrange.error ?? confirm.error} />
          {arrange.isSuccess && !moved ? <Notice>{t('intervision.facilitate.saved')}</Notice> : null}
          <div className={styles.actions}>
            <button
              type="button"
              className={groupCount === 0 ? 'button' : 'button button-secondary'}
              disabled={propose.isPending}
              onClick={() => propose.mutate(round.id)}
            >
              {groupCount === 0 ? t('intervision.facilitate.propose') : t('intervision.facilitate.proposeAgain')}
            </button>
            {groupCount > 0 ? (
              <button
                type="button"
                className="button button-secondary"
                disabled={!moved || arrange.isPending}
                onClick={save}
              >
                {t('intervision.facilitate.save')}
              </button>
            ) : null}
            {groupCount > 0 ? (
              <button
                type="button"
                className="button"
                disabled={moved || unplaced.length > 0 || confirm.isPending}
                onClick={() => confirm.mutate(round.id)}
              >
                {t('intervision.facilitate.confirm')}
              </button>
            ) : null}
          </div>
          {groupCount > 0 ? <p className={styles.muted}>{t('intervision.facilitate.confirmHint')}</p> : null}
        </div>
      ) : null}
      {groupCount === 0 && round.signUps.length > 0 ? (
        <div className={`surface ${styles.card}`}>
          <h3>{t('intervision.facilitate.signUps')}</h3>
          <GroupMembers members={round.signUps} chosenSignUpId={null} />
        </div>
      ) : null}
      {groupCount > 0 && unplaced.length > 0 ? (
        <div className={`surface ${styles.card}`}>
          <h3>{t('intervision.facilitate.unplaced')}</h3>
          <GroupMembers members={unplaced} chosenSignUpId={null} aside={(m) => moveControl(m.id, m.person.name)} />
        </div>
      ) : null}
      <div className={styles.groups}>
        {round.groups.map((group, index) => {
          const members = round.signUps.filter((s) => arrangement.placement[s.id] === index);
          return (
            <section key={group.id} aria-labelledby={`group-${group.id}`} className={`surface ${styles.card}`}>
              <h3 id={`group-${group.id}`}>{t('intervision.facilitate.group', { number: index + 1 })}</h3>
              <ul className={styles.facts}>
                <li>{t('intervision.facilitate.members', { count: members.length })}</li>
                <li>
                  {group.boardClashes === 0
                    ? t('intervision.facilitate.noClashes')
                    : t('intervision.facilitate.clashes', { count: group.boardClashes })}
                </li>
              </ul>
              <GroupMembers
                members={members}
                chosenSignUpId={arrangement.chosen[index] ?? null}
                aside={(m) => moveControl(m.id, m.person.name)}
              />
              {confirmed ? <GroupSessions group={group} canPlan /> : null}
            </section>
          );
        })}
      </div>
    </section>
  );
}
