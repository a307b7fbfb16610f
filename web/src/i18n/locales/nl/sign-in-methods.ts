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
    signedOut: {
      provider: 'Je bent uitgelogd bij Koers. Bij je instelling ben je misschien nog ingelogd.',
      providerLink: 'Ook uitloggen bij je instelling',
    },
  },
};
