import type { calendarFeedNl } from '../nl/calendar-feed.ts';

/** The calendar feed on the account page, in English (the same keys as Dutch). */
export const calendarFeedEn: typeof calendarFeedNl = {
  calendarFeed: {
    title: 'Calendar feed',
    intro:
      'See the self-assessment due dates and the action deadlines of your partnerships in your own calendar, in Outlook or Google Calendar. Your calendar fetches them itself and keeps them up to date.',
    create: 'Create calendar feed',
    renew: 'Make a new address',
    stop: 'Stop the feed',
    cancel: 'Cancel',
    address: 'Your calendar feed’s address',
    addressHint:
      'This address is personal: whoever has it sees your deadlines. Koers shows it only now. Lost or shared it? Make a new address; the old one then stops working.',
    active: 'Feed active since {{created}}.',
    activeRenewed: 'Feed active since {{created}}, address renewed on {{renewed}}.',
    inLanguage: 'Its calendar items are in {{language}}.',
    languages: { nl: 'Dutch', en: 'English' },
    stopped: 'The feed has stopped. Its old address no longer works; remove the calendar from your calendar app too.',
    renewConfirmTitle: 'Make a new address?',
    renewConfirmText:
      'The current address then stops working. Add the new address to your calendar app again. The calendar items will be in the language you now use in Koers.',
    stopConfirmTitle: 'Stop the calendar feed?',
    stopConfirmText: 'Its address then stops working. You can always create a new feed later.',
    help: {
      title: 'How to add the feed to your calendar',
      outlookTitle: 'Outlook',
      outlook:
        'Copy the address. In Outlook’s Calendar, choose ‘Add calendar’, then ‘Subscribe from web’, paste the address and give the calendar a name, such as ‘Koers’.',
      googleTitle: 'Google Calendar',
      google:
        'Copy the address. Open Google Calendar on a computer, click the plus sign next to ‘Other calendars’, choose ‘From URL’, paste the address and click ‘Add calendar’.',
      refresh:
        'Your calendar app fetches the feed again by itself: Outlook usually within a few hours, Google Calendar sometimes only after a day. A change in Koers therefore does not show in your calendar at once.',
    },
  },
};
