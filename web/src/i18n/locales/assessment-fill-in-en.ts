import type { assessmentFillInNl } from './assessment-fill-in-nl.ts';

/** Filling in and submitting the quarterly self-assessment, in English (same keys as Dutch). */
export const assessmentFillInEn: typeof assessmentFillInNl = {
  fillIn: {
    notes: {
      counter: '{{length}} of {{limit}} characters',
      tooLong:
        'Your text is {{length}} characters; {{limit}} fit. Shorten it and we will save it. Until then, all of it stays in this field and in this browser.',
    },
    save: {
      nothingYet: 'Nothing filled in yet: we save automatically as soon as you start',
      tooLong: 'Not saved: a text is too long. Shorten it and saving resumes.',
    },
    submit: {
      emptyThemes_one: 'Nothing has been answered yet for this theme:',
      emptyThemes_other: 'Nothing has been answered yet for these {{count}} themes:',
      partialThemes_one: 'This theme is partly answered:',
      partialThemes_other: 'These {{count}} themes are partly answered:',
      openCounts:
        'What stays open does not count in the scores; a theme without answers gets no score this quarter. You can fill in more first, or submit now.',
      tooLong: 'An evidence or next-step text is too long to be saved. Shorten it; then you can submit.',
    },
    open: {
      progress: 'Self-assessment {{period}}: {{answered}} of {{total}} answered, due by {{date}}',
      draft: 'Self-assessment {{period}}: open, due by {{date}}',
      notStarted: 'Self-assessment {{period}}: not started yet, due by {{date}}',
      periodLink: 'To your self-assessment',
    },
    ownNotes: {
      title: 'Your evidence and next steps',
      none: 'You wrote no evidence or next step in this self-assessment.',
      priority: 'priority this quarter',
    },
  },
};
