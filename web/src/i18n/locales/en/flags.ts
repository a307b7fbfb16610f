import type { flagsNl } from '../nl/flags.ts';

/** Flags: what invites a conversation, and how urgently, in English (the same keys as Dutch). */
export const flagsEn: typeof flagsNl = {
  flags: {
    title: 'Flags to talk about',
    intro: 'A flag invites a conversation with the critical friend. It is not a judgement.',
    showAll: 'Show earlier flags too',
    none: 'No flags are open. Good to see.',
    noneEver: 'There have never been any flags.',
    severity: {
      high: 'Discuss now',
      attention: 'Attention',
    },
    kinds: {
      weak: 'Weak theme',
      declining: 'Declining',
      foundation_gap: 'Does the foundation carry theme 5?',
      divergence: 'No shared north',
      low_coverage: 'Many “don’t know”',
      overdue: 'Not submitted',
    },
    status: {
      open: 'Open',
      acknowledged: 'In conversation',
      closed: 'Closed',
    },
  },
};
