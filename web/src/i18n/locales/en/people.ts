import type { peopleNl } from '../nl/people.ts';

/** People: the status of an account, in English (the same keys as Dutch). */
export const peopleEn: typeof peopleNl = {
  personStatus: {
    invited: 'Invited',
    active: 'Active',
    disabled: 'Disabled',
    erased: 'Erased',
  },
};
