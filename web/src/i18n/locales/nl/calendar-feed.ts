/** The calendar feed on the account page, in Dutch. */
export const calendarFeedNl = {
  calendarFeed: {
    title: 'Agenda-koppeling',
    intro:
      'Zie de inleverdata van de zelfevaluaties en de deadlines van acties in je partnerschappen in je eigen agenda, in Outlook of Google Agenda. Je agenda haalt ze zelf op en houdt ze bij.',
    create: 'Agenda-koppeling maken',
    renew: 'Nieuw adres maken',
    stop: 'Koppeling stoppen',
    cancel: 'Annuleren',
    address: 'Adres van je agenda-koppeling',
    addressHint:
      'Dit adres is persoonlijk: wie het heeft, ziet jouw deadlines. Koers laat het alleen nu zien. Kwijt of gedeeld? Maak een nieuw adres; het oude werkt dan niet meer.',
    active: 'Koppeling actief sinds {{created}}.',
    activeRenewed: 'Koppeling actief sinds {{created}}, adres vernieuwd op {{renewed}}.',
    inLanguage: 'De agenda-items zijn in het {{language}}.',
    languages: { nl: 'Nederlands', en: 'Engels' },
    stopped: 'De koppeling is gestopt. Het oude adres werkt niet meer; haal de agenda ook weg uit je agenda-app.',
    renewConfirmTitle: 'Een nieuw adres maken?',
    renewConfirmText:
      'Het huidige adres werkt daarna niet meer. Voeg het nieuwe adres opnieuw toe aan je agenda-app. De agenda-items komen in de taal die je nu in Koers gebruikt.',
    stopConfirmTitle: 'De agenda-koppeling stoppen?',
    stopConfirmText: 'Het adres werkt daarna niet meer. Je kunt later altijd een nieuwe koppeling maken.',
    help: {
      title: 'Zo zet je de koppeling in je agenda',
      outlookTitle: 'Outlook',
      outlook:
        'Kopieer het adres. Kies in Outlook bij Agenda voor ‘Agenda toevoegen’ en dan ‘Abonneren via internet’, plak het adres en geef de agenda een naam, bijvoorbeeld ‘Koers’.',
      googleTitle: 'Google Agenda',
      google:
        'Kopieer het adres. Open Google Agenda op een computer, klik naast ‘Andere agenda’s’ op het plusteken, kies ‘Via URL’, plak het adres en klik op ‘Agenda toevoegen’.',
      refresh:
        'Je agenda-app haalt de koppeling zelf opnieuw op: Outlook meestal binnen een paar uur, Google Agenda soms pas na een dag. Een wijziging in Koers staat daarom niet meteen in je agenda.',
    },
  },
};
