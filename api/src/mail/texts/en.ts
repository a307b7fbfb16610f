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
    optOut: 'Rather have no more reminders? Switch them off',
  },
  respondentReminder: {
    subject: 'Reminder: your view on {partnership}, self-assessment {period}',
    greeting: 'Dear {name},',
    paragraphs: [
      'A friendly reminder: {partnership} would like to hear how you, as a partner, see the five core themes. Even a half-finished questionnaire helps the conversation along.',
      'Below is a new personal link; the link in the earlier email no longer works. What you filled in already is kept.',
    ],
    action: 'Open your questionnaire',
    due: 'Please fill it in before {dueOn}.',
    closing: 'Kind regards,\nKoers, on behalf of {partnership}',
    footer:
      'You receive this reminder because the programme manager of {partnership} invited you. Do not share the link: whoever has it opens your answers.',
    optOut: 'Rather have no more reminders? Switch them off',
  },
  openPerspectivesReminder: {
    subject: 'Koers: perspectives still open in {partnership}, {period}',
    greeting: 'Dear {name},',
    paragraphs: [
      'For the {period} self-assessment of {partnership}, nobody has submitted yet from: {perspectives}. Different views are what make the conversation rich; perhaps a personal word helps.',
    ],
    action: 'See the invitations',
    due: 'The self-assessment is due before {dueOn}.',
    closing: 'Kind regards,\nKoers',
    footer: 'You receive this message as programme manager of {partnership}.',
    perspectives: { institute: 'teacher-training institute', school_board: 'school board', school: 'school' },
  },
  notice: {
    subject: 'Koers: {title}',
    greeting: 'Dear {name},',
    action: 'See it in Koers',
    footer: 'Which notices reach you by email, you choose in Koers under Account.',
  },
  weeklyDigest: {
    subject: 'Koers: your weekly digest',
    greeting: 'Dear {name},',
    intro:
      'This came up in your partnerships over the past week, and this is on the agenda for the coming week. A flag is an invitation to a conversation, not a verdict.',
    flagsHeading: 'New flags of the past week',
    flag: '{kind}{theme} in {partnership}, on {raisedOn}',
    theme: ' (theme {number})',
    noFlags: 'No new flags.',
    actionsHeading: 'Actions due in the coming week',
    action: '{description}, {partnership}, by {dueOn}',
    noActions: 'No actions due in the coming week.',
    open: 'See it in Koers',
    footer:
      'You receive this digest once a week, instead of an email per notice. You choose that in Koers under Account.',
    flagKinds: {
      weak: 'Weak theme',
      declining: 'Declining',
      foundation_gap: 'Does the foundation carry theme 5?',
      divergence: 'No shared north',
      low_coverage: 'Many “don’t know”',
      overdue: 'Not submitted',
    },
  },
};
