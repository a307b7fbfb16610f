/**
 * Filling in and submitting the quarterly self-assessment, in Dutch: the way to the open assessment,
 * long texts, the save status, submitting and what follows. Kept beside nl.ts and spread into it.
 */
export const assessmentFillInNl = {
  fillIn: {
    notes: {
      counter: '{{length}} van {{limit}} tekens',
      tooLong:
        'Je tekst is {{length}} tekens; er passen er {{limit}} in. Kort hem in, dan slaan we hem op. Tot dan blijft alles in dit veld en in deze browser staan.',
    },
    save: {
      nothingYet: 'Nog niets ingevuld: we slaan vanzelf op zodra je begint',
      tooLong: 'Niet opgeslagen: een tekst is te lang. Kort hem in, dan slaan we weer op.',
    },
  },
};
