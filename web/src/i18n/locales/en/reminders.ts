import type { remindersNl } from '../nl/reminders.ts';

/** Reminders to invited respondents: switching them off through the link in an email, in English. */
export const remindersEn: typeof remindersNl = {
  reminderOptOut: {
    title: 'Switch reminders off',
    text: 'You were invited to give your view on a self-assessment. Rather have no more reminders about it? Your personal link keeps working.',
    action: 'Switch reminders off',
    done: 'Done: you will receive no more reminders about this invitation. Your personal link keeps working, should you still want to fill it in.',
    unusable: 'This link is not right. Use the link at the bottom of the email you received.',
  },
};
