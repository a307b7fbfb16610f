/** Member organisations: their kinds, in Dutch. */
export const organisationsNl = {
  organisationKinds: {
    institute: 'Lerarenopleiding',
    school_board: 'Schoolbestuur',
    school: 'School',
  },
};
