import type { TOrganisationKind } from '@koers/shared/organisations';
import { scopes } from '../../../lib/query-scopes.ts';

export const organisationKeys = {
  list: (kind: TOrganisationKind | undefined) => [...scopes.organisations(), 'list', { kind }] as const,
};
