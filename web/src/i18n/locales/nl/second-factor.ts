/** Inloggen in twee stappen (TOTP): de tweede stap bij het inloggen en het instellen op de accountpagina. */
export const secondFactorNl = {
  secondFactor: {
    title: 'Inloggen in twee stappen',
    intro:
      'Na je wachtwoord vul je een code in uit een authenticator-app op je telefoon, zoals Microsoft Authenticator, Google Authenticator of FreeOTP. Zo blijft je account van jou, ook als iemand je wachtwoord kent.',
    required:
      'Als beheerder kun je veel zien en veranderen in Koers. Daarom stel je eerst inloggen in twee stappen in; daarna ga je meteen verder met Beheer.',
    wrongCode:
      'Deze code klopt niet of is al gebruikt. Kijk of de tijd op je telefoon goed staat en probeer de volgende code.',
    throttled_one: 'Te veel codes geprobeerd. Probeer het over {{count}} seconde opnieuw.',
    throttled_other: 'Te veel codes geprobeerd. Probeer het over {{count}} seconden opnieuw.',
    currentCode: 'Code uit je app of een herstelcode',
    off: {
      text: 'Inloggen in twee stappen staat nog uit. Voor beheerders is het nodig, voor iedereen een goede gewoonte.',
      start: 'Authenticator-app instellen',
      starting: 'Bezig…',
    },
    enrol: {
      title: 'Authenticator-app instellen',
      scan: 'Scan deze QR-code met je authenticator-app.',
      qrAlt: 'QR-code om Koers toe te voegen aan je authenticator-app',
      manual: 'Lukt scannen niet? Voer dan deze sleutel met de hand in (op tijd gebaseerd, zes cijfers):',
      manualLabel: 'Sleutel',
      confirm: 'Vul de code van zes cijfers in die je app nu laat zien.',
      code: 'Code uit je app',
      submit: 'Bevestigen',
      submitting: 'Bezig met controleren…',
    },
    recovery: {
      title: 'Je herstelcodes',
      text: 'Bewaar deze codes op een veilige plek, bijvoorbeeld in je wachtwoordbeheerder. Ben je je telefoon kwijt, dan log je in met een van deze codes; elke code werkt één keer. Je ziet ze alleen nu.',
      listLabel: 'Herstelcodes',
      copy: 'Kopieer de codes',
      copied: 'De codes zijn gekopieerd.',
      copyFailed: 'Kopiëren lukte niet. Selecteer de codes en kopieer ze zelf.',
      download: 'Download als tekstbestand',
      fileName: 'koers-herstelcodes.txt',
      fileHeader: 'Herstelcodes voor Koers ({{email}}). Elke code werkt één keer.',
      done: 'Ik heb ze bewaard',
    },
    on: {
      text: 'Inloggen in twee stappen staat aan. Na je wachtwoord vraagt Koers om een code uit je app.',
      codesLeft_one: 'Je hebt nog {{count}} herstelcode.',
      codesLeft_other: 'Je hebt nog {{count}} herstelcodes.',
      replaceTitle: 'Nieuwe herstelcodes',
      replaceText: 'Maak nieuwe codes als je ze kwijt bent of bijna op hebt. De oude werken daarna niet meer.',
      replace: 'Nieuwe herstelcodes maken',
      disableTitle: 'Uitzetten',
      disableText:
        'Zet inloggen in twee stappen uit, bijvoorbeeld om een nieuwe telefoon in te stellen. Als beheerder stel je daarna meteen een nieuwe in.',
      disable: 'Uitzetten',
      disabled: 'Inloggen in twee stappen staat nu uit.',
      busy: 'Bezig…',
    },
    signIn: {
      intro: 'Je wachtwoord klopt. Vul nu de code van zes cijfers in uit je authenticator-app.',
      recoveryIntro: 'Vul een van je herstelcodes in. Elke code werkt één keer.',
      code: 'Code uit je app',
      recoveryCode: 'Herstelcode',
      useRecovery: 'Gebruik een herstelcode',
      useApp: 'Gebruik de code uit je app',
      restart: 'Opnieuw beginnen',
    },
    account: {
      on: 'Staat aan.',
      off: 'Staat uit.',
      manage: 'Inloggen in twee stappen instellen',
    },
  },
};
