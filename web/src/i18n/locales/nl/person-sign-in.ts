/** How a person signs in, as their admin tends it on the person's page, in Dutch. */
export const personSignInNl = {
  personSignIn: {
    title: 'Inloggen',
    intro:
      'Hoe deze persoon inlogt. Is iemand de telefoon kwijt, help dan weer op weg; spreek de persoon eerst zelf, zodat je zeker weet dat de vraag van hen komt.',
    self: 'Je eigen manieren van inloggen beheer je op je accountpagina.',
    selfLink: 'Naar Mijn account',
    institution: {
      title: 'Account bij de instelling',
      intro:
        'Vul het kenmerk (subject) in dat de inlogdienst van de instelling voor deze persoon aan Koers doorgeeft: de "sub", bij sommige instellingen een id als een eduPersonPrincipalName. De eerste keer dat iemand daarmee inlogt, komt die bij deze persoon binnen, ook als de instelling geen e-mailadres meestuurt.',
      none: 'Nog geen account bij een instelling.',
      noProviders: 'Er is nog geen inlogdienst van een instelling ingesteld; zie de handleiding voor beheer.',
      awaiting: 'wacht op de eerste keer inloggen',
      lastUsed: 'laatst gebruikt op {{date}}',
      provider: 'Inlogdienst',
      subject: 'Kenmerk (subject)',
      add: 'Kenmerk vastleggen',
      added: 'Het kenmerk is vastgelegd.',
      remove: 'Verwijderen',
    },
    secondFactor: {
      title: 'Inloggen in twee stappen',
      on: 'Deze persoon gebruikt een authenticator-app.',
      off: 'Deze persoon heeft geen authenticator-app ingesteld.',
      start: 'Inloggen in twee stappen opnieuw instellen…',
      confirmTitle: 'Inloggen in twee stappen van {{name}} opnieuw instellen?',
      confirmText:
        'De authenticator-app en de herstelcodes worden verwijderd en alle sessies van deze persoon stoppen. Daarna logt de persoon in met het wachtwoord en stelt een nieuwe app in; voor beheerders is dat verplicht.',
      confirm: 'Ja, opnieuw instellen',
      done: 'Inloggen in twee stappen is opnieuw ingesteld. Bij de volgende keer inloggen stelt de persoon een nieuwe app in.',
    },
    passkeys: {
      title: 'Passkeys',
      count_one: 'Deze persoon heeft {{count}} passkey.',
      count_other: 'Deze persoon heeft {{count}} passkeys.',
      none: 'Deze persoon heeft geen passkeys.',
      start: 'Passkeys verwijderen…',
      confirmTitle: 'Alle passkeys van {{name}} verwijderen?',
      confirmText:
        'Geen van de passkeys van deze persoon werkt daarna nog, en alle sessies van deze persoon stoppen. Op de accountpagina kan de persoon nieuwe passkeys toevoegen.',
      confirm: 'Ja, passkeys verwijderen',
      done: 'De passkeys zijn verwijderd.',
    },
  },
};
