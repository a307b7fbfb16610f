export const noticeKeys = {
  inbox: () => ['notices', 'inbox'] as const,
  preferences: () => ['notices', 'preferences'] as const,
  emailRhythm: () => ['notices', 'email-rhythm'] as const,
};
