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
    submit: {
      emptyThemes_one: 'Bij dit thema is nog niets beantwoord:',
      emptyThemes_other: 'Bij deze {{count}} thema’s is nog niets beantwoord:',
      partialThemes_one: 'Dit thema is deels beantwoord:',
      partialThemes_other: 'Deze {{count}} thema’s zijn deels beantwoord:',
      openCounts:
        'Wat open blijft, telt niet mee in de scores; een thema zonder antwoorden krijgt dit kwartaal geen score. Je kunt eerst verder invullen, of nu indienen.',
      tooLong: 'Een onderbouwing of volgende stap is te lang om op te slaan. Kort hem in; daarna kun je indienen.',
    },
    open: {
      progress: 'Zelfevaluatie {{period}}: {{answered}} van {{total}} beantwoord, inleveren vóór {{date}}',
      draft: 'Zelfevaluatie {{period}}: open, inleveren vóór {{date}}',
      notStarted: 'Zelfevaluatie {{period}}: nog niet begonnen, inleveren vóór {{date}}',
      periodLink: 'Naar je zelfevaluatie',
    },
    ownNotes: {
      title: 'Jouw onderbouwing en volgende stappen',
      none: 'Je schreef in deze zelfevaluatie geen onderbouwing of volgende stap.',
      priority: 'prioriteit dit kwartaal',
    },
  },
};
