/** People: the status of an account, in Dutch. */
export const peopleNl = {
  personStatus: {
    invited: 'Uitgenodigd',
    active: 'Actief',
    disabled: 'Geblokkeerd',
    erased: 'Gewist',
  },
};
