// Dutch email texts. {name}-style placeholders are filled in (and escaped for HTML) by render-email.ts;
// a paragraph is one string. No markup here: the layout is the renderer's.
export const nl = {
  respondentInvitation: {
    subject: 'Uw blik op {partnership}: zelfevaluatie {period}',
    greeting: 'Beste {name},',
    paragraphs: [
      '{partnership} kijkt elk kwartaal samen terug op de vijf kernthema’s van Samen Opleiden. Uw blik als partner maakt zichtbaar waar we hetzelfde zien en waar we verschillend kijken: allebei zijn ze een goed begin van een gesprek.',
      'Met de persoonlijke link hieronder opent u alleen uw eigen vragenlijst. U kunt tussendoor stoppen; wat u invult, blijft bewaard.',
    ],
    action: 'Open uw vragenlijst',
    due: 'Graag ingevuld vóór {dueOn}.',
    closing: 'Met vriendelijke groet,\nKoers, namens {partnership}',
    footer:
      'U ontvangt dit bericht omdat de programmamanager van {partnership} u uitnodigde. Deel de link niet: wie hem heeft, opent uw antwoorden.',
    optOut: 'Liever geen herinneringen meer? Zet ze uit',
  },
  respondentReminder: {
    subject: 'Herinnering: uw blik op {partnership}, zelfevaluatie {period}',
    greeting: 'Beste {name},',
    paragraphs: [
      'Een vriendelijke herinnering: {partnership} hoort graag hoe u als partner naar de vijf kernthema’s kijkt. Ook een half ingevulde vragenlijst helpt het gesprek op weg.',
      'Hieronder staat een nieuwe persoonlijke link; de link uit de eerdere e-mail werkt niet meer. Wat u al invulde, blijft bewaard.',
    ],
    action: 'Open uw vragenlijst',
    due: 'Graag ingevuld vóór {dueOn}.',
    closing: 'Met vriendelijke groet,\nKoers, namens {partnership}',
    footer:
      'U ontvangt deze herinnering omdat de programmamanager van {partnership} u uitnodigde. Deel de link niet: wie hem heeft, opent uw antwoorden.',
    optOut: 'Liever geen herinneringen meer? Zet ze uit',
  },
  openPerspectivesReminder: {
    subject: 'Koers: nog open perspectieven in {partnership}, {period}',
    greeting: 'Beste {name},',
    paragraphs: [
      'Voor de zelfevaluatie {period} van {partnership} heeft nog niemand ingeleverd vanuit: {perspectives}. Juist verschillende blikken maken het gesprek rijk; misschien helpt een persoonlijk woordje.',
    ],
    action: 'Bekijk de uitnodigingen',
    due: 'De zelfevaluatie is graag klaar vóór {dueOn}.',
    closing: 'Met vriendelijke groet,\nKoers',
    footer: 'U ontvangt dit bericht als programmamanager van {partnership}.',
    perspectives: { institute: 'lerarenopleiding', school_board: 'schoolbestuur', school: 'school' },
  },
  notice: {
    subject: 'Koers: {title}',
    greeting: 'Beste {name},',
    action: 'Bekijk het in Koers',
    footer: 'Welke meldingen u per e-mail krijgt, kiest u in Koers onder Account.',
  },
  weeklyDigest: {
    subject: 'Koers: uw weekoverzicht',
    greeting: 'Beste {name},',
    intro:
      'Dit speelde er de afgelopen week in uw partnerschappen, en dit staat de komende week op de agenda. Een signaal is een uitnodiging voor een gesprek, geen oordeel.',
    flagsHeading: 'Nieuwe signalen van de afgelopen week',
    flag: '{kind}{theme} in {partnership}, op {raisedOn}',
    theme: ' (thema {number})',
    noFlags: 'Geen nieuwe signalen.',
    actionsHeading: 'Acties die de komende week af moeten',
    action: '{description}, {partnership}, uiterlijk {dueOn}',
    noActions: 'Geen acties die de komende week af moeten.',
    open: 'Bekijk in Koers',
    footer:
      'U krijgt dit overzicht één keer per week, in plaats van een e-mail per melding. Dat kiest u in Koers onder Account.',
    flagKinds: {
      weak: 'Zwak thema',
      declining: 'Dalend',
      foundation_gap: 'Draagt het fundament thema 5?',
      divergence: 'Geen gedeeld noorden',
      low_coverage: 'Veel “weet niet”',
      overdue: 'Niet ingediend',
    },
  },
};
