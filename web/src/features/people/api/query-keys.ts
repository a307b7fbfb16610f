import { scopes } from '../../../lib/query-scopes.ts';

export const peopleKeys = {
  list: () => [...scopes.people(), 'list'] as const,
  detail: (personId: string) => [...scopes.people(), 'detail', personId] as const,
};
