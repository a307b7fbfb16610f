import type { ColumnType, Generated } from 'kysely';
import type { TDashboardBase } from '@koers/shared/dashboards';

/**
 * A partnership's dashboard as rendered (its latest submitted quarter, without peer medians and narratives:
 * its themes, and the rest compressed as it is sent), with what rendered it and the versions of the data
 * scopes it was rendered from: current only while all three still are.
 */
type TDashboardSnapshotTable = {
  partnership_id: string;
  rendering: string;
  partnership_version: ColumnType<string, string | number, string | number>;
  catalogue_version: ColumnType<string, string | number, string | number>;
  period_id: string | null;
  assessment_id: string | null;
  themes: ColumnType<TDashboardBase['themes'], string, string>;
  /** The rest's deflate data (see `http/gzip-parts.ts`), with the checksum and length of what it holds. */
  body: Buffer;
  body_crc: ColumnType<string, number, number>;
  body_length: number;
  rendered_at: Generated<Date>;
};

export type TDashboardTables = { dashboard_snapshot: TDashboardSnapshotTable };
