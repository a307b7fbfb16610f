import type { Generated } from 'kysely';
import type { TOrganisationKind } from '@koers/shared/organisations';
import type { TScenario, TSector } from '@koers/shared/partnerships';
import type { TCreatedAt } from './columns.ts';

type TOrganisationTable = {
  id: Generated<string>;
  name: string;
  kind: TOrganisationKind;
  parent_id: string | null;
  created_at: TCreatedAt;
};

type TPartnershipTable = {
  id: Generated<string>;
  name: string;
  region: string;
  sector: TSector;
  scenario: TScenario;
  shares_with_board: Generated<boolean>;
  created_at: TCreatedAt;
};

type TPartnershipMemberTable = {
  partnership_id: string;
  organisation_id: string;
};

/** Organisations and the partnerships they form. */
export type TOrganisationTables = {
  organisation: TOrganisationTable;
  partnership: TPartnershipTable;
  partnership_member: TPartnershipMemberTable;
};
