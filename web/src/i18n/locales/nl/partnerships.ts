/** Partnerships: the list, one partnership, its sectors and scenarios, in Dutch. */
export const partnershipsNl = {
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
};
