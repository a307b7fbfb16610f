/** The five core themes (kernthema's) of School aan Zet. Themes 1-4 are preconditions for theme 5. */
export const THEME_NUMBERS = [1, 2, 3, 4, 5] as const;
export type TThemeNumber = (typeof THEME_NUMBERS)[number];

/** The theme that rests on the other four (see the "foundation gap" flag). */
export const CONTINUOUS_LINE_THEME: TThemeNumber = 5;
