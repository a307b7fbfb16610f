import type { periodsNl } from '../nl/periods.ts';

/** Quarters: the one everyone is working on, in English (the same keys as Dutch). */
export const periodsEn: typeof periodsNl = {
  periods: {
    current: 'Current period: {{code}}, due by {{date}}',
  },
};
