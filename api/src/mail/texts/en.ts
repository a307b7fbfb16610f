import type { nl } from './nl.ts';

// English email texts, shaped by the Dutch ones (the first language).
export const en: typeof nl = {
  respondentInvitation: {
    subject: 'Your view on {partnership}: self-assessment {period}',
    greeting: 'Dear {name},',
    paragraphs: [
      'Every quarter {partnership} looks back together on the five core themes of Samen Opleiden. Your view as a partner shows where we see the same and where we see things differently: both are a good start for a conversation.',
      'The personal link below opens only your own questionnaire. You can stop in between; what you fill in is kept.',
    ],
    action: 'Open your questionnaire',
    due: 'Please fill it in before {dueOn}.',
    closing: 'Kind regards,\nKoers, on behalf of {partnership}',
    footer:
      'You receive this message because the programme manager of {partnership} invited you. Do not share the link: whoever has it opens your answers.',
  },
  notice: {
    subject: 'Koers: {title}',
    greeting: 'Dear {name},',
    action: 'See it in Koers',
    footer: 'Which notices reach you by email, you choose in Koers under Account.',
  },
};
