/** Signing in with the institution's account (SURFconext, Microsoft, Google, Entree), in Dutch. */
export const signInMethodsNl = {
  signInMethods: {
    institution: {
      title: 'Met je instelling',
      signInWith: 'Inloggen met {{label}}',
      orPassword: 'of met je e-mailadres en wachtwoord',
    },
    noAccess: {
      title: 'Nog geen toegang',
      lead: 'Je hebt nog geen toegang tot Koers; vraag je beheerder om een uitnodiging.',
      explanation:
        'Je instelling heeft je herkend, maar Koers kent dit account nog niet. Koers werkt met uitnodigingen: je beheerder nodigt je uit met het e-mailadres dat je instelling gebruikt. Daarna kom je hier met dezelfde knop binnen.',
      back: 'Terug naar inloggen',
    },
    notices: {
      failed:
        'Inloggen via je instelling is niet afgerond, bijvoorbeeld omdat het langer dan tien minuten duurde. Probeer het gerust opnieuw.',
      unavailable: 'De inlogdienst van je instelling is nu niet bereikbaar. Probeer het over een moment opnieuw.',
      throttled:
        'Er is vanaf dit adres vaak geprobeerd in te loggen via een instelling. Wacht een kwartier en probeer het dan opnieuw.',
    },
    signedOut: {
      provider: 'Je bent uitgelogd bij Koers. Bij je instelling ben je misschien nog ingelogd.',
      providerLink: 'Ook uitloggen bij je instelling',
    },
    ssoDomains: {
      title: 'Inloggen via de instelling verplicht',
      intro:
        'Voor deze e-maildomeinen logt iedereen in met het account van de eigen instelling; een wachtwoord werkt dan niet. Zo beheert de instelling zelf wie er binnenkomt, met haar eigen tweede factor.',
      formTitle: 'Inloggen via de instelling verplicht stellen',
      domain: 'E-maildomein',
      domainHint: 'Het deel na de @, bijvoorbeeld hogeschool.nl',
      organisation: 'Organisatie',
      provider: 'Inloggen met',
      submit: 'Verplicht stellen',
      release: 'Wachtwoord weer toestaan',
      empty: 'Nog geen domeinen: iedereen kan ook met een wachtwoord inloggen.',
      noProviders:
        'Er is nog geen inlogdienst van een instelling ingesteld (zoals SURFconext). Zodra die er is, kun je hier per e-maildomein inloggen via de instelling verplicht stellen; de handleiding voor beheer zegt hoe.',
      caption: 'E-maildomeinen die via de instelling inloggen',
    },
  },
};
