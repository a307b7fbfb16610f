/** The web page where a respondent switches reminders off: the token alone says whose, no session needed. */
export const reminderOptOutLink = (publicUrl: string, optOutToken: string) =>
  `${publicUrl}/reminders/opt-out/${optOutToken}`;
