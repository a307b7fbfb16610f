/**
 * Versions of the questionnaire (admin), in Dutch. Kept beside nl.ts and spread into it, so this
 * feature's strings and the rest of the app's do not have to change in one file.
 */
export const instrumentVersionsNl = {
  instrumentVersions: {
    nav: 'Vragenlijstversies',
    title: 'Vragenlijstversies',
    intro:
      'De vragenlijst van de zelfevaluatie kan per versie veranderen. Een nieuwe versie stel je op als concept. Na publiceren gebruiken nieuwe zelfevaluaties die versie; eerdere zelfevaluaties houden hun eigen versie.',
    listTitle: 'Versies',
    caption: 'Alle versies van de vragenlijst, nieuwste eerst',
    version: 'Versie',
    versionLabel: 'Versie {{version}}',
    name: 'Titel',
    status: 'Status',
    publishedAt: 'Gepubliceerd op',
    statuses: { draft: 'Concept', published: 'In gebruik', retired: 'Buiten gebruik' },
    edit: 'Bewerken',
    back: 'Alle versies',
    notFound: 'Deze versie bestaat niet.',
    create: {
      title: 'Nieuwe versie',
      intro:
        'Het concept begint als kopie van de versie die nu in gebruik is. Elke indicator zet die van zijn voorganger voort, zodat de trends doorlopen.',
      submit: 'Nieuwe versie opstellen',
      busy: 'Bezig met opstellen…',
      draftExists: 'Er is al een concept (versie {{version}}). Bewerk of publiceer dat eerst.',
      noCurrent: 'Er is nog geen gepubliceerde versie om van uit te gaan.',
    },
    readOnly: {
      published:
        'Deze versie is gepubliceerd en in gebruik: nieuwe zelfevaluaties worden ermee ingevuld, dus hij kan niet meer worden gewijzigd. Stel een nieuwe versie op om iets te veranderen.',
      retired:
        'Deze versie is in gebruik geweest: eerdere zelfevaluaties zijn ermee ingevuld en houden hem, dus hij kan niet meer worden gewijzigd.',
    },
    editor: {
      intro:
        'Pas de teksten aan, voeg indicatoren toe of schrap ze. Kies bij elke indicator welke indicator uit versie {{version}} hij voortzet, zodat de trend doorloopt, of “Nieuw” als hij niets voortzet.',
      general: 'Titel van de versie',
      titleNl: 'Titel (Nederlands)',
      titleEn: 'Titel (Engels)',
      theme: 'Thema {{number}}: {{name}}',
      nameNl: 'Naam (Nederlands)',
      nameEn: 'Naam (Engels)',
      questionNl: 'Vraag erachter (Nederlands)',
      questionEn: 'Vraag erachter (Engels)',
      indicators: 'Indicatoren van thema {{number}}',
      indicator: 'Indicator {{code}}',
      newIndicator: 'Nieuwe indicator',
      code: 'Code',
      codeHint: 'Bijvoorbeeld 4.2',
      codeInvalid: 'Gebruik een code zoals 4.2: het themanummer, een punt en een volgnummer.',
      codeTaken: 'Deze code komt al eerder voor in deze versie.',
      codeTheme: 'De code begint met het nummer van het thema.',
      textNl: 'Tekst (Nederlands)',
      textEn: 'Tekst (Engels)',
      continues: 'Zet voort',
      continuesHint: 'Welke indicator van versie {{version}} deze voortzet.',
      continuesNew: 'Nieuw: zet niets voort',
      continuesGroup: 'Thema {{number}}',
      remove: 'Schrappen',
      add: 'Indicator toevoegen',
      lastOne: 'Een thema houdt minstens één indicator.',
      full: 'Een thema heeft hoogstens {{count}} indicatoren.',
      save: 'Concept opslaan',
      saving: 'Bezig met opslaan…',
      saved: 'Het concept is opgeslagen.',
      unsaved: 'Er zijn wijzigingen die nog niet zijn opgeslagen.',
      invalid: 'Niet alles is goed ingevuld. Controleer de gemarkeerde velden.',
    },
    publish: {
      button: 'Publiceren',
      saveFirst: 'Sla eerst de wijzigingen op; daarna kun je publiceren.',
      title: 'Versie {{version}} publiceren?',
      intro: 'Wat er gebeurt als je publiceert:',
      now: 'Nieuwe zelfevaluaties gebruiken vanaf nu versie {{version}}.',
      retire:
        'Versie {{previous}} gaat buiten gebruik. Zelfevaluaties die er al mee zijn gestart of ingeleverd, houden hun versie.',
      frozen: 'Versie {{version}} kan daarna niet meer worden gewijzigd.',
      trends: 'Indicatoren die niets voortzetten, beginnen een nieuwe trend.',
      confirm: 'Versie {{version}} publiceren',
      cancel: 'Annuleren',
      done: 'Versie {{version}} is gepubliceerd en nu in gebruik.',
    },
  },
};
