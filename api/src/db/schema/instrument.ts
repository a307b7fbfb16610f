import type { Generated } from 'kysely';
import type { TCreatedAt } from './columns.ts';

type TInstrumentVersionTable = {
  id: Generated<string>;
  version: number;
  title_nl: string;
  title_en: string;
  status: Generated<'draft' | 'published' | 'retired'>;
  published_at: Date | null;
  created_at: TCreatedAt;
};

type TThemeTable = {
  id: Generated<string>;
  instrument_version_id: string;
  number: number;
  name_nl: string;
  name_en: string;
  question_nl: string;
  question_en: string;
};

type TIndicatorTable = {
  id: Generated<string>;
  theme_id: string;
  code: string;
  position: number;
  text_nl: string;
  text_en: string;
  continues_indicator_id: string | null;
};

/** The questionnaire: versions, their themes and indicators. */
export type TInstrumentTables = {
  instrument_version: TInstrumentVersionTable;
  theme: TThemeTable;
  indicator: TIndicatorTable;
};
