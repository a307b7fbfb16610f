/** Read-only API tokens for integrations, on the account page, in Dutch. */
export const apiTokensNl = {
  apiTokens: {
    title: 'API-sleutels',
    intro:
      'Met een API-sleutel kan een koppeling, zoals het BI-dashboard van je instelling, de gegevens lezen die jij mag zien. Een sleutel leest alleen; wijzigen kan er niet mee.',
    usage: 'De koppeling stuurt de sleutel mee in deze header:',
    create: {
      title: 'Nieuwe API-sleutel',
      name: 'Naam',
      nameHint: 'Waarvoor is de sleutel? Bijvoorbeeld “Power BI stuurgroep”.',
      expiresIn: 'Geldig',
      expiresInHint: 'Daarna werkt de sleutel niet meer en maak je zo nodig een nieuwe.',
      days30: '30 dagen',
      days90: '90 dagen',
      days180: '180 dagen',
      days365: '1 jaar',
      submit: 'Sleutel maken',
    },
    created: {
      label: 'Je nieuwe API-sleutel “{{name}}”',
      warning:
        'Kopieer de sleutel nu en bewaar hem veilig, bijvoorbeeld in de instellingen van je koppeling. Koers bewaart alleen een onleesbare afdruk en kan hem niet nog eens laten zien. Wie de sleutel heeft, leest alles wat jij mag lezen.',
      copy: 'Kopieer sleutel',
      copied: 'De sleutel is gekopieerd.',
      copyFailed: 'Kopiëren lukte niet; de sleutel is geselecteerd, zodat je hem zelf kunt kopiëren.',
      done: 'Ik heb de sleutel bewaard',
    },
    list: {
      title: 'Jouw API-sleutels',
      caption: 'Jouw API-sleutels, met wanneer ze verlopen en voor het laatst zijn gebruikt',
      empty: 'Je hebt nog geen API-sleutels.',
      name: 'Naam',
      createdAt: 'Gemaakt',
      expiresAt: 'Verloopt',
      lastUsedAt: 'Laatst gebruikt',
      neverUsed: 'Nog niet gebruikt',
      expired: 'Verlopen',
      actions: 'Acties',
      revoke: 'Intrekken',
    },
    revoke: {
      title: 'API-sleutel intrekken?',
      body: 'Koppelingen die “{{name}}” gebruiken, kunnen daarna niets meer lezen. Dit kun je niet ongedaan maken.',
      confirm: 'Intrekken',
      cancel: 'Annuleren',
      done: 'De sleutel “{{name}}” is ingetrokken.',
    },
  },
};
