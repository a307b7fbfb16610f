export const jobQueueKeys = {
  overview: () => ['job-queue'] as const,
};
