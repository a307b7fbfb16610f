import type { ColumnType, Generated, Selectable } from 'kysely';
import type { TOrganisationKind } from '@koers/shared/organisations';
import type { TScenario, TSector } from '@koers/shared/partnerships';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export type OrganisationTable = {
  id: Generated<string>;
  name: string;
  kind: TOrganisationKind;
  parent_id: string | null;
  created_at: CreatedAt;
};

export type PartnershipTable = {
  id: Generated<string>;
  name: string;
  region: string;
  sector: TSector;
  scenario: TScenario;
  created_at: CreatedAt;
};

export type PartnershipMemberTable = {
  partnership_id: string;
  organisation_id: string;
};

export type InstrumentVersionTable = {
  id: Generated<string>;
  version: number;
  title_nl: string;
  title_en: string;
  status: Generated<'draft' | 'published' | 'retired'>;
  published_at: Date | null;
  created_at: CreatedAt;
};

export type ThemeTable = {
  id: Generated<string>;
  instrument_version_id: string;
  number: number;
  name_nl: string;
  name_en: string;
  question_nl: string;
  question_en: string;
};

export type IndicatorTable = {
  id: Generated<string>;
  theme_id: string;
  code: string;
  position: number;
  text_nl: string;
  text_en: string;
  continues_indicator_id: string | null;
};

/** The tables of Koers, as Kysely sees them. Migrations stay untyped (Kysely<any>) and frozen. */
export type Database = {
  organisation: OrganisationTable;
  partnership: PartnershipTable;
  partnership_member: PartnershipMemberTable;
  instrument_version: InstrumentVersionTable;
  theme: ThemeTable;
  indicator: IndicatorTable;
};

export type OrganisationRow = Selectable<OrganisationTable>;
export type PartnershipRow = Selectable<PartnershipTable>;
