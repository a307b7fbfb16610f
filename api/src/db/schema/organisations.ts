import type { Generated } from 'kysely';
import type { TOrganisationKind } from '@koers/shared/organisations';
import type { TScenario, TSector } from '@koers/shared/partnerships';
import type { TCreatedAt } from './columns.ts';

type OrganisationTable = {
  id: Generated<string>;
  name: string;
  kind: TOrganisationKind;
  parent_id: string | null;
  created_at: TCreatedAt;
};

type PartnershipTable = {
  id: Generated<string>;
  name: string;
  region: string;
  sector: TSector;
  scenario: TScenario;
  shares_with_board: Generated<boolean>;
  created_at: TCreatedAt;
};

type PartnershipMemberTable = {
  partnership_id: string;
  organisation_id: string;
};

/** Organisations and the partnerships they form. */
export type TOrganisationTables = {
  organisation: OrganisationTable;
  partnership: PartnershipTable;
  partnership_member: PartnershipMemberTable;
};
