// No zod in this module: the web app's first page names roles (the demo accounts), and must not load zod
// to do so. The role schemas (roles.ts) are built from these.

export const ROLES = ['admin', 'programme_manager', 'critical_friend', 'board_member'] as const;
