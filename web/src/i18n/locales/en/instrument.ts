import type { instrumentNl } from '../nl/instrument.ts';

/** The questionnaire of the five themes, in English (the same keys as Dutch). */
export const instrumentEn: typeof instrumentNl = {
  questionnaire: {
    title: 'Questionnaire',
    version: 'Version {{version}}',
    publishedOn: 'published on {{date}}',
    intro:
      'Every quarter the partners look together at where the partnership stands on the five core themes. It is not a judgement, but a conversation about the next step.',
    preconditions: 'The first four themes are preconditions for the fifth.',
    scale: {
      title: 'How to score',
      intro: 'For each indicator, choose the step that best fits the situation today.',
      levels: {
        '1': { label: 'Not started', description: 'No start has been made yet.' },
        '2': { label: 'Developing', description: 'Work is under way, but it is not yet visible everywhere.' },
        '3': { label: 'Established', description: 'It works in practice.' },
        '4': {
          label: 'Embedded and sustained',
          description: 'It works, it is laid down, and it lasts when people leave.',
        },
      },
      dontKnow: {
        label: 'Don’t know',
        description:
          'Not a score. It is left out of the average, but shows where the partnership does not yet have a clear view.',
      },
    },
    themes: {
      title: 'The five core themes',
      number: 'Theme {{number}}',
      question: 'The question behind this theme',
      indicators: 'Indicators',
    },
  },
};
