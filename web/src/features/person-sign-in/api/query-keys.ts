import { scopes } from '../../../lib/query-scopes.ts';

/** Under the people root: a change to a person (erasure, disabling) refreshes how they sign in too. */
export const personSignInKeys = {
  detail: (personId: string) => [...scopes.people(), 'sign-in', personId] as const,
};
