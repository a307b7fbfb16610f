export const noticeKeys = {
  inbox: () => ['notices', 'inbox'] as const,
  preferences: () => ['notices', 'preferences'] as const,
};
