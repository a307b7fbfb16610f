import type { organisationsNl } from '../nl/organisations.ts';

/** Member organisations: their kinds, in English (the same keys as Dutch). */
export const organisationsEn: typeof organisationsNl = {
  organisationKinds: {
    institute: 'Teacher-training institute',
    school_board: 'School board',
    school: 'School',
  },
};
