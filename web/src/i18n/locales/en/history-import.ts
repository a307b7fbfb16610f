import type { historyImportNl } from '../nl/history-import.ts';

/** Importing past quarters from a CSV, in English (the same keys as Dutch). */
export const historyImportEn: typeof historyImportNl = {
  historyImport: {
    pageTitle: 'Import history · {{name}}',
    eyebrow: 'Import history',
    back: 'Back to the partnership',
    intro:
      'Bring self-assessments from before Koers over from your own spreadsheets, so trends reach further back. Koers first checks the whole file and imports only when everything is right: all or nothing.',
    forbidden: {
      title: 'No access to importing',
      text: 'Only this partnership’s programme managers and admins can import history.',
    },
    link: {
      title: 'Import earlier quarters',
      text: 'Did you do self-assessments before? Bring them over from a CSV file.',
      open: 'Import history',
    },
    format: {
      title: 'What the file looks like',
      intro:
        'A CSV file with a header row and one row per answer below it. Separate the columns with commas or semicolons (as Excel saves in Dutch).',
      example: 'Example',
      caption: 'The columns of the file',
      column: 'Column',
      meaning: 'Meaning',
      accepted: 'Accepted values',
      optional: '(optional)',
      columns: {
        period: {
          meaning: 'The quarter of the self-assessment.',
          accepted: 'A quarter like 2025-Q3. Not in the future, and without a self-assessment in this partnership yet.',
        },
        perspective: {
          meaning: 'The perspective the answer was given from.',
          accepted: 'coordination, institute, school_board or school (Dutch: coordinatie, opleiding, schoolbestuur).',
        },
        indicator: {
          meaning: 'The indicator’s code in the questionnaire in use now.',
          accepted: 'A code like 4.2.',
        },
        answer: {
          meaning: 'The answer to the indicator.',
          accepted: '1 (not started), 2 (developing), 3 (established), 4 (embedded) or “dont_know” (Dutch: weet niet).',
        },
        respondent: {
          meaning: 'Tells several answers from one perspective in the same quarter apart.',
          accepted: 'Free text, for example the school’s name. Empty: the perspective itself.',
        },
      },
    },
    form: {
      title: 'Check and import the file',
      file: 'CSV file',
      fileHint: 'The file is only read in your browser; Koers receives it when you choose Check.',
      fileError: 'This file could not be read. Choose a CSV file.',
      workbook:
        'This is an Excel workbook, not a CSV file. In Excel, choose ‘Save as’ with the type ‘CSV (comma delimited)’ and choose that file here.',
      notText: 'This file holds no text. Choose a CSV file.',
      text: 'Contents of the file',
      textHint: 'Or paste the contents here. You can also correct rows here before checking again.',
      empty: 'Choose a file or paste its contents.',
      check: 'Check',
      checking: 'Checking…',
      import: 'Import',
      importing: 'Importing…',
      importHint: 'Importing is possible after a check without problems of exactly these contents.',
    },
    result: {
      title: 'Outcome of the check',
      problems_one: 'The check found {{count}} problem; nothing was imported. Correct the file and check again.',
      problems_other: 'The check found {{count}} problems; nothing was imported. Correct the file and check again.',
      refused_one: 'The import was refused for {{count}} problem; nothing was imported.',
      refused_other: 'The import was refused for {{count}} problems; nothing was imported.',
      problemsCaption: 'Problems by line of the file',
      line: 'Line',
      reason: 'Reason',
      clean_one: 'No problems found. Importing adds this quarter:',
      clean_other: 'No problems found. Importing adds these {{count}} quarters:',
      nothing: 'No problems, but the file holds no answers to import.',
      quartersCaption: 'Quarters that will be imported',
      period: 'Quarter',
      responses: 'Respondents',
      answers: 'Answers',
      changed: 'The contents changed since the last check. Check again before importing.',
    },
    done: {
      text_one: '{{count}} quarter was imported: {{periods}}.',
      text_other: '{{count}} quarters were imported: {{periods}}.',
      link: 'See the partnership’s self-assessments',
    },
    problem: {
      FILE_EMPTY: 'The file has no rows to import.',
      COLUMN_MISSING: 'The header row lacks the column {{column}}.',
      PERIOD_INVALID: 'period “{{value}}” is not a quarter like 2025-Q3',
      PERIOD_IN_FUTURE: 'period {{value}} lies in the future',
      PERIOD_TAKEN: '{{value}} already has a self-assessment in this partnership',
      PERSPECTIVE_UNKNOWN: 'perspective “{{value}}” is not coordination, institute, school_board or school',
      INDICATOR_UNKNOWN: 'indicator “{{value}}” is not in the questionnaire',
      ANSWER_INVALID: 'answer “{{value}}” is not 1, 2, 3, 4 or “dont_know”',
      ANSWER_TWICE: 'indicator {{code}} is answered twice for {{respondent}} in {{period}}',
    },
  },
};
