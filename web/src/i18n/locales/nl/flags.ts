/** Flags: what invites a conversation, and how urgently, in Dutch. */
export const flagsNl = {
  flags: {
    title: 'Signalen om over te praten',
    intro: 'Een signaal nodigt uit tot een gesprek met de kritische vriend. Het is geen oordeel.',
    showAll: 'Toon ook eerdere signalen',
    none: 'Er staan geen signalen open. Fijn om te zien.',
    noneEver: 'Er zijn nog nooit signalen geweest.',
    severity: {
      high: 'Nu bespreken',
      attention: 'Aandacht',
    },
    kinds: {
      weak: 'Zwak thema',
      declining: 'Dalend',
      foundation_gap: 'Draagt het fundament thema 5?',
      divergence: 'Geen gedeeld noorden',
      low_coverage: 'Veel “weet niet”',
      overdue: 'Niet ingediend',
    },
    status: {
      open: 'Open',
      acknowledged: 'In gesprek',
      closed: 'Afgerond',
    },
  },
};
