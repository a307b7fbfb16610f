import { scopes } from '../../../lib/query-scopes.ts';

export const versionKeys = {
  list: () => [...scopes.instrument(), 'versions', 'list'] as const,
  version: (version: number) => [...scopes.instrument(), 'versions', version] as const,
};
