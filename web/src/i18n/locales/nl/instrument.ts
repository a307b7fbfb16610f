/** The questionnaire of the five themes, in Dutch. */
export const instrumentNl = {
  questionnaire: {
    title: 'Vragenlijst',
    version: 'Versie {{version}}',
    publishedOn: 'gepubliceerd op {{date}}',
    intro:
      'Elk kwartaal kijken de partners samen waar het partnerschap staat op de vijf kernthema’s. Het gaat niet om een oordeel, maar om het gesprek over de volgende stap.',
    preconditions: 'De eerste vier thema’s zijn voorwaarden voor het vijfde.',
    scale: {
      title: 'Zo geef je een score',
      intro: 'Per indicator kies je de stap die het beste past bij de situatie van nu.',
      levels: {
        '1': { label: 'Nog niet gestart', description: 'Er is nog geen begin mee gemaakt.' },
        '2': { label: 'In ontwikkeling', description: 'Er wordt aan gewerkt, maar het is nog niet overal zichtbaar.' },
        '3': { label: 'Functionerend', description: 'Het werkt in de praktijk.' },
        '4': {
          label: 'Verankerd',
          description: 'Het werkt, is vastgelegd en blijft bestaan als mensen vertrekken.',
        },
      },
      dontKnow: {
        label: 'Weet niet',
        description:
          'Geen score. Telt niet mee in het gemiddelde, maar laat zien waar het partnerschap nog geen zicht op heeft.',
      },
    },
    themes: {
      title: 'De vijf kernthema’s',
      number: 'Thema {{number}}',
      question: 'De vraag achter dit thema',
      indicators: 'Indicatoren',
    },
  },
};
