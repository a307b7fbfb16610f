/** Signing in, one-time links, passwords and the own account, in Dutch. */
export const authNl = {
  auth: {
    login: {
      title: 'Inloggen',
      intro: 'Log in met het e-mailadres waarmee je bent uitgenodigd.',
      email: 'E-mailadres',
      password: 'Wachtwoord',
      submit: 'Inloggen',
      submitting: 'Bezig met inloggen…',
      forgotPassword: 'Wachtwoord vergeten?',
      wrongCredentials: 'Dit e-mailadres en wachtwoord horen niet bij elkaar. Controleer ze en probeer het opnieuw.',
      throttled: 'Te veel mislukte pogingen. Wacht even en probeer het opnieuw.',
      throttledWait_one: 'Te veel mislukte pogingen. Probeer het over {{count}} seconde opnieuw.',
      throttledWait_other: 'Te veel mislukte pogingen. Probeer het over {{count}} seconden opnieuw.',
    },
    notices: {
      sessionEnded: 'Je sessie is verlopen, log opnieuw in. Daarna ga je verder waar je was.',
      signedOut: 'Je bent uitgelogd.',
      passwordSet: 'Je wachtwoord is ingesteld. Log in met je e-mailadres en je nieuwe wachtwoord.',
    },
    reset: {
      title: 'Wachtwoord vergeten',
      intro:
        'Vul je e-mailadres in. Hoort er een account bij, dan sturen we een link om een nieuw wachtwoord te kiezen.',
      submit: 'Stuur mij een link',
      sent: 'Als er een account bij dit e-mailadres hoort, is er nu een link onderweg. Kijk ook in je map met ongewenste e-mail.',
      back: 'Terug naar inloggen',
    },
    demo: {
      title: 'Demo-accounts',
      intro: 'Koers draait met demogegevens. Kies een rol om in te loggen; het wachtwoord is {{password}}.',
      fillIn: '(vul in op het inlogformulier)',
    },
    link: {
      pageTitle: 'Wachtwoord kiezen',
      invitationTitle: 'Welkom bij Koers',
      resetTitle: 'Nieuw wachtwoord kiezen',
      invitationIntro: 'Welkom, {{name}}. Kies een wachtwoord om je account te activeren.',
      resetIntro: 'Kies een nieuw wachtwoord, {{name}}. Je oude wachtwoord werkt daarna niet meer.',
      password: 'Nieuw wachtwoord',
      passwordHint_one: 'Minstens {{count}} teken. Een zin van een paar woorden is sterk en goed te onthouden.',
      passwordHint_other: 'Minstens {{count}} tekens. Een zin van een paar woorden is sterk en goed te onthouden.',
      confirmation: 'Herhaal het wachtwoord',
      submitInvitation: 'Account activeren',
      submitReset: 'Wachtwoord opslaan',
      unusableTitle: 'Deze link werkt niet meer',
      unusableText:
        'De link is verlopen, al gebruikt of niet volledig. Vraag op de inlogpagina een nieuwe link aan, of vraag de beheerder om een nieuwe uitnodiging.',
      toLogin: 'Naar inloggen',
    },
  },
  account: {
    title: 'Mijn account',
    intro: 'Wie je bent in Koers, welke rollen je hebt en welke gegevens we over je bewaren.',
    details: 'Gegevens',
    name: 'Naam',
    email: 'E-mailadres',
    roles: 'Rollen',
    data: {
      title: 'Mijn gegevens downloaden',
      text: 'Download alles wat Koers over jou bewaart als JSON-bestand: je gegevens, rollen, sessies en wat je hebt gedaan (AVG).',
      export: 'Download mijn gegevens',
      exporting: 'Bezig met ophalen…',
      exported: 'Je gegevens zijn gedownload.',
    },
    signOut: {
      title: 'Uitloggen',
      text: 'Log uit als je klaar bent, zeker op een gedeelde computer.',
    },
  },
};
