export const flagSettingsKeys = {
  thresholds: () => ['flag-settings'] as const,
};
