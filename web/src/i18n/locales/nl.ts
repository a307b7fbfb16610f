/** Dutch is the source language: every other language must provide the same keys (see en.ts). */
export const nl = {
  app: {
    name: 'Koers',
    tagline: 'Samen Opleiden op de vijf kernthema’s',
    skipToContent: 'Naar de inhoud',
    footer: 'Koers helpt partnerschappen Samen Opleiden om samen te zien waar ze staan en wat de volgende stap is.',
    pageTitle: '{{page}} · Koers',
  },
  nav: {
    label: 'Hoofdmenu',
    partnerships: 'Partnerschappen',
    questionnaire: 'Vragenlijst',
  },
  language: {
    label: 'Taal',
  },
  status: {
    loading: 'Bezig met laden…',
    updating: 'Resultaten bijwerken…',
    retry: 'Opnieuw proberen',
    errorTitle: 'Dit lukte even niet',
    network: 'De server is niet bereikbaar. Controleer je internetverbinding en probeer het opnieuw.',
    server: 'Er ging aan onze kant iets mis. Probeer het over een moment opnieuw.',
    unavailable: 'Koers is tijdelijk niet beschikbaar. Probeer het over een moment opnieuw.',
    invalidResponse: 'De server gaf een antwoord dat we niet begrijpen. Probeer het opnieuw.',
    request: 'Deze gegevens konden niet worden opgehaald.',
    requestId: 'Foutcode voor de helpdesk: {{requestId}}',
  },
  sectors: {
    po: 'Primair onderwijs (po)',
    vo: 'Voortgezet onderwijs (vo)',
    mbo: 'Middelbaar beroepsonderwijs (mbo)',
  },
  scenarios: {
    A: {
      label: 'Scenario A · Werkplekleren',
      description:
        'Schoolgebonden werkplekleren, gericht op goed voorbereide startende leraren. Twee huizen naast elkaar, met tussendeuren.',
    },
    B: {
      label: 'Scenario B · Tussenvorm',
      description: 'Een tussenvorm: meer gezamenlijk dan werkplekleren, nog niet volledig samen leren.',
    },
    C: {
      label: 'Scenario C · Samen leren',
      description:
        'Interinstitutioneel professionaliseren: alle leraren blijven leren, vraaggestuurd. Eén huis met veel ruimte om elkaar te ontmoeten.',
    },
  },
  partnerships: {
    title: 'Partnerschappen',
    intro:
      'Alle partnerschappen Samen Opleiden die Koers volgt. Kies een partnerschap om te zien welke opleidingen, schoolbesturen en scholen samenwerken.',
    filters: {
      label: 'Partnerschappen filteren',
      search: 'Zoek op naam of regio',
      sector: 'Sector',
      allSectors: 'Alle sectoren',
      scenario: 'Samenwerkingsscenario',
      allScenarios: 'Alle scenario’s',
      clear: 'Filters wissen',
    },
    count_one: '{{count}} partnerschap',
    count_other: '{{count}} partnerschappen',
    table: {
      caption: 'Partnerschappen met regio, sector, scenario en aantal aangesloten organisaties',
      name: 'Partnerschap',
      region: 'Regio',
      sector: 'Sector',
      scenario: 'Scenario',
      members: 'Organisaties',
    },
    memberCount_one: '{{count}} organisatie',
    memberCount_other: '{{count}} organisaties',
    empty: {
      title: 'Geen partnerschappen gevonden',
      filtered: 'Er is geen partnerschap dat bij deze filters past. Pas de filters aan of wis ze.',
      none: 'Er zijn nog geen partnerschappen vastgelegd.',
    },
  },
  partnership: {
    back: 'Alle partnerschappen',
    details: 'Kenmerken',
    region: 'Regio',
    sector: 'Sector',
    scenario: 'Samenwerkingsscenario',
    members: 'Aangesloten organisaties',
    membersIntro: 'De opleidingen, schoolbesturen en scholen die samen opleiden in dit partnerschap.',
    kinds: {
      institute: 'Opleidingen',
      school_board: 'Schoolbesturen',
      school: 'Scholen',
    },
    noMembers: 'Er zijn nog geen organisaties aan dit partnerschap gekoppeld.',
    notFound: {
      title: 'Partnerschap niet gevonden',
      text: 'Dit partnerschap bestaat niet (meer), of de link is niet volledig.',
    },
  },
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
  notFound: {
    title: 'Pagina niet gevonden',
    text: 'Deze pagina bestaat niet. Misschien is de link verouderd of bevat het adres een typefout.',
    home: 'Naar de partnerschappen',
  },
  routeError: {
    title: 'Er ging iets mis',
    text: 'Deze pagina kon niet worden geladen. Misschien is er een nieuwe versie van Koers; laad de pagina opnieuw.',
    reload: 'Pagina opnieuw laden',
  },
};

export type TTranslation = typeof nl;
