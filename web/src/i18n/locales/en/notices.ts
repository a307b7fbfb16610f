import type { noticesNl } from '../nl/notices.ts';

/** The inbox of notices, in English (the same keys as Dutch). */
export const noticesEn: typeof noticesNl = {
  inbox: {
    title: 'Notices',
    intro: 'What changed for you: new flags, actions, reviews and reminders.',
    bell_zero: 'Notices',
    bell_one: 'Notices, {{count}} unread',
    bell_other: 'Notices, {{count}} unread',
    empty: 'You have no notices.',
    unreadCount_one: '{{count}} unread',
    unreadCount_other: '{{count}} unread',
    unread: 'New',
    markRead: 'Mark as read',
    markAllRead: 'Mark all read',
    open: 'View',
    kinds: {
      review_new: 'New review',
      flag_new: 'New flag',
      action_new: 'New action',
      action_due_soon: 'Action due soon',
      action_overdue: 'Action overdue',
      assessment_due_soon: 'Self-assessment due soon',
      intervision_group: 'Peer consultation group',
      contact_request: 'Request for contact',
      contact_answer: 'Answer to a contact request',
      good_approach_submitted: 'Good approach awaiting approval',
    },
    emailRhythm: {
      legend: 'Email: per notice or once a week',
      per_notice: {
        label: 'Per notice',
        hint: 'An email as soon as there is something for you, for the kinds you choose by email below.',
      },
      weekly: {
        label: 'Once a week',
        hint: 'One digest on Monday morning: the new flags of the past week and the actions due in the coming week, in your partnerships. Your notices in Koers stay.',
      },
      saved: {
        per_notice: 'You will get an email per notice again.',
        weekly: 'From now on you get a digest by email once a week.',
      },
    },
    preferences: {
      title: 'Notices',
      intro: 'Choose for each kind of notice whether you want to see it in Koers and whether you want an email.',
      kind: 'Kind of notice',
      inApp: 'In Koers',
      email: 'By email',
      inAppFor: '{{kind}} in Koers',
      emailFor: '{{kind}} by email',
      submit: 'Save preferences',
      saved: 'Your preferences were saved.',
    },
  },
};
