import type { TFlag, TPartnershipDashboard } from '@koers/shared/dashboards';
import type { TThemeNumber } from '@koers/shared/themes';

type TDashboardTheme = TPartnershipDashboard['themes'][number];

/** The theme that rose most and the one that dropped most since the previous quarter; null when none did. */
export function largestChanges(themes: readonly TDashboardTheme[]): {
  rise: TDashboardTheme | null;
  drop: TDashboardTheme | null;
} {
  let rise: TDashboardTheme | null = null;
  let drop: TDashboardTheme | null = null;
  for (const theme of themes) {
    if (theme.change === null) continue;
    if (theme.change > 0 && theme.change > (rise?.change ?? 0)) rise = theme;
    if (theme.change < 0 && theme.change < (drop?.change ?? 0)) drop = theme;
  }
  return { rise, drop };
}

export type TFlagGroup = { theme: TThemeNumber | null; flags: TFlag[] };

/**
 * Open flags by theme, themes in their order and flags about the partnership as a whole last, so a
 * theme with two flags is one heading with two reasons. Within a group the API's order (most severe first) holds.
 */
export function flagsByTheme(flags: readonly TFlag[]): TFlagGroup[] {
  const groups = new Map<TThemeNumber | null, TFlag[]>();
  for (const flag of flags) groups.set(flag.theme, [...(groups.get(flag.theme) ?? []), flag]);
  return [...groups.entries()]
    .map(([theme, grouped]) => ({ theme, flags: grouped }))
    .sort((a, b) => (a.theme ?? Infinity) - (b.theme ?? Infinity));
}
