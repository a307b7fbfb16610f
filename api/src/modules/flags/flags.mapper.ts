import { describeFlag } from '@koers/shared/flags';
import type { TFlag } from '@koers/shared/dashboards';
import type { TAction, TFlagDetail } from '@koers/shared/follow-up';
import type { TThemeNumber } from '@koers/shared/themes';
import type { TThemeNames } from '../instrument/instrument.repository.ts';
import type { TFlagEventRow, TFlagReadingRow, TFlagRow } from './flags.repository.ts';

/** A flag as every listing shows it: its reason in words, in both languages. */
export function toFlag(row: TFlagRow, names: TThemeNames): TFlag {
  const theme = row.theme_number as TThemeNumber | null;
  return {
    id: row.id,
    periodCode: row.period_code,
    theme,
    kind: row.kind,
    severity: row.severity,
    status: row.status,
    raisedAt: row.raised_at.toISOString(),
    reason: describeFlag({ kind: row.kind, theme, facts: row.facts }, names),
    resolution: row.resolution,
  };
}

/** A flag with its history from the moment it was raised, each quarter's reading and its actions. */
export function toFlagDetail(
  row: TFlagRow,
  events: readonly TFlagEventRow[],
  readings: readonly TFlagReadingRow[],
  actions: TAction[],
  names: TThemeNames,
): TFlagDetail {
  const theme = row.theme_number as TThemeNumber | null;
  return {
    flag: toFlag(row, names),
    partnership: { id: row.partnership_id, name: row.partnership_name },
    history: [
      { event: 'raised' as const, at: row.raised_at.toISOString(), actor: null, note: null },
      ...events.map((e) => ({ event: e.event, at: e.occurred_at.toISOString(), actor: e.actor, note: e.note })),
    ],
    readings: readings.map((r) => ({
      periodCode: r.period_code,
      severity: r.severity,
      reason: describeFlag({ kind: row.kind, theme, facts: r.facts }, names),
      recordedAt: r.recorded_at.toISOString(),
    })),
    actions,
  };
}
