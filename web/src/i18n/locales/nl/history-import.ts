/** Importing past quarters from a CSV, in Dutch. */
export const historyImportNl = {
  historyImport: {
    pageTitle: 'Geschiedenis importeren · {{name}}',
    eyebrow: 'Geschiedenis importeren',
    back: 'Terug naar het partnerschap',
    intro:
      'Zet zelfevaluaties van vóór Koers over uit jullie eigen spreadsheets, zodat trends verder teruggaan. Koers controleert eerst het hele bestand en importeert pas als alles klopt: alles of niets.',
    forbidden: {
      title: 'Geen toegang tot importeren',
      text: 'Alleen de programmamanagers van dit partnerschap en beheerders kunnen geschiedenis importeren.',
    },
    link: {
      title: 'Eerdere kwartalen importeren',
      text: 'Hebben jullie al eerder zelfevaluaties gedaan? Zet ze over uit een CSV-bestand.',
      open: 'Geschiedenis importeren',
    },
    format: {
      title: 'Zo ziet het bestand eruit',
      intro:
        'Een CSV-bestand met een kopregel en daaronder één regel per antwoord. Scheid de kolommen met komma’s of puntkomma’s (zoals Excel in het Nederlands opslaat).',
      example: 'Voorbeeld',
      caption: 'De kolommen van het bestand',
      column: 'Kolom',
      meaning: 'Betekenis',
      accepted: 'Toegestane waarden',
      optional: '(optioneel)',
      columns: {
        period: {
          meaning: 'Het kwartaal van de zelfevaluatie.',
          accepted:
            'Een kwartaal zoals 2025-Q3. Niet in de toekomst, en nog zonder zelfevaluatie bij dit partnerschap.',
        },
        perspective: {
          meaning: 'Vanuit welk perspectief is geantwoord.',
          accepted: 'coordinatie, opleiding, schoolbestuur of school (Engels: coordination, institute, school_board).',
        },
        indicator: {
          meaning: 'De code van de indicator in de vragenlijst die nu in gebruik is.',
          accepted: 'Een code zoals 4.2.',
        },
        answer: {
          meaning: 'Het antwoord op de indicator.',
          accepted:
            '1 (nog niet gestart), 2 (in ontwikkeling), 3 (functionerend), 4 (verankerd) of “weet niet” (Engels: dont_know).',
        },
        respondent: {
          meaning: 'Onderscheidt meerdere antwoorden vanuit één perspectief in hetzelfde kwartaal.',
          accepted: 'Vrije tekst, bijvoorbeeld de naam van de school. Leeg: het perspectief zelf.',
        },
      },
    },
    form: {
      title: 'Bestand controleren en importeren',
      file: 'CSV-bestand',
      fileHint: 'Het bestand wordt alleen in je browser gelezen; Koers krijgt het pas als je op Controleren klikt.',
      fileError: 'Dit bestand kon niet worden gelezen. Kies een CSV-bestand.',
      workbook:
        'Dit is een Excel-werkmap, geen CSV-bestand. Kies in Excel ‘Opslaan als’ met het type ‘CSV (gescheiden door lijstscheidingsteken)’ en kies dat bestand hier.',
      notText: 'Dit bestand bevat geen tekst. Kies een CSV-bestand.',
      text: 'Inhoud van het bestand',
      textHint: 'Of plak de inhoud hier. Hier kun je ook regels verbeteren voordat je opnieuw controleert.',
      empty: 'Kies een bestand of plak de inhoud.',
      check: 'Controleren',
      checking: 'Bezig met controleren…',
      import: 'Importeren',
      importing: 'Bezig met importeren…',
      importHint: 'Importeren kan na een controle zonder problemen van precies deze inhoud.',
    },
    result: {
      title: 'Uitkomst van de controle',
      problems_one:
        'De controle vond {{count}} probleem; er is niets geïmporteerd. Verbeter het bestand en controleer opnieuw.',
      problems_other:
        'De controle vond {{count}} problemen; er is niets geïmporteerd. Verbeter het bestand en controleer opnieuw.',
      refused_one: 'Het importeren is geweigerd om {{count}} probleem; er is niets geïmporteerd.',
      refused_other: 'Het importeren is geweigerd om {{count}} problemen; er is niets geïmporteerd.',
      problemsCaption: 'Problemen per regel van het bestand',
      line: 'Regel',
      reason: 'Reden',
      clean_one: 'Geen problemen gevonden. Bij importeren komt dit kwartaal erbij:',
      clean_other: 'Geen problemen gevonden. Bij importeren komen deze {{count}} kwartalen erbij:',
      nothing: 'Geen problemen, maar het bestand bevat geen antwoorden om te importeren.',
      quartersCaption: 'Kwartalen die worden geïmporteerd',
      period: 'Kwartaal',
      responses: 'Respondenten',
      answers: 'Antwoorden',
      changed: 'De inhoud is gewijzigd sinds de laatste controle. Controleer opnieuw voordat je importeert.',
    },
    done: {
      text_one: '{{count}} kwartaal is geïmporteerd: {{periods}}.',
      text_other: '{{count}} kwartalen zijn geïmporteerd: {{periods}}.',
      link: 'Bekijk de zelfevaluaties van het partnerschap',
    },
    problem: {
      FILE_EMPTY: 'Het bestand heeft geen regels om te importeren.',
      COLUMN_MISSING: 'De kopregel mist de kolom {{column}}.',
      PERIOD_INVALID: 'periode “{{value}}” is geen kwartaal zoals 2025-Q3',
      PERIOD_IN_FUTURE: 'periode {{value}} ligt in de toekomst',
      PERIOD_TAKEN: '{{value}} heeft al een zelfevaluatie bij dit partnerschap',
      PERSPECTIVE_UNKNOWN: 'perspectief “{{value}}” is niet coordinatie, opleiding, schoolbestuur of school',
      INDICATOR_UNKNOWN: 'indicator “{{value}}” staat niet in de vragenlijst',
      ANSWER_INVALID: 'antwoord “{{value}}” is niet 1, 2, 3, 4 of “weet niet”',
      ANSWER_TWICE: 'indicator {{code}} is twee keer beantwoord voor {{respondent}} in {{period}}',
    },
  },
};
