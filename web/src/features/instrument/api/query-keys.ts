import { scopes } from '../../../lib/query-scopes.ts';

export const instrumentKeys = {
  current: () => [...scopes.instrument(), 'current'] as const,
  version: (version: number) => [...scopes.instrument(), 'version', version] as const,
};
