/** The job queue's page under Beheer, in Dutch. */
export const jobQueueNl = {
  jobQueue: {
    nav: 'Wachtrij',
    title: 'Wachtrij',
    intro:
      'E-mails en taken die ook na alle pogingen niet lukten. Probeer ze opnieuw als de oorzaak weg is, of leg ze opzij; wat er gebeurde, blijft bewaard.',
    error: 'Laatste fout',
    actions: 'Acties',
    retry: 'Opnieuw proberen',
    discard: 'Opzijleggen',
    emails: {
      title: 'Niet afgeleverde e-mails',
      empty: 'Alle e-mails zijn afgeleverd.',
      caption: 'Niet afgeleverde e-mails met ontvanger, soort, stand en laatste fout',
      recipient: 'Aan',
      kind: 'Soort',
      status: 'Stand',
      kinds: {
        respondent_invitation: 'Uitnodiging',
        respondent_reminder: 'Herinnering',
        open_perspectives_reminder: 'Open perspectieven',
        notice: 'Melding',
        weekly_digest: 'Weekoverzicht',
        account_invitation: 'Uitnodiging voor Koers',
      },
      statuses: {
        failed_one: 'Mislukt na {{count}} poging',
        failed_other: 'Mislukt na {{count}} pogingen',
        bounced_one: 'Geweigerd door de mailserver',
        bounced_other: 'Geweigerd door de mailserver',
      },
    },
    jobs: {
      title: 'Mislukte taken',
      empty: 'Er zijn geen mislukte taken.',
      caption: 'Mislukte taken met tijdstip en laatste fout',
      task: 'Taak',
      failedAt: 'Mislukt',
      after_one: '{{date}}, na {{count}} poging',
      after_other: '{{date}}, na {{count}} pogingen',
    },
  },
};
