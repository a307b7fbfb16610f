import type { ColumnType, Generated } from 'kysely';
import type { TDashboardBase } from '@koers/shared/dashboards';

/**
 * A partnership's dashboard as rendered (its latest submitted quarter, without peer medians and narratives),
 * with what rendered it and the versions of the data scopes it was rendered from: current only while
 * all three still are.
 */
type TDashboardSnapshotTable = {
  partnership_id: string;
  rendering: string;
  partnership_version: ColumnType<string, string | number, string | number>;
  catalogue_version: ColumnType<string, string | number, string | number>;
  period_id: string | null;
  assessment_id: string | null;
  body: ColumnType<TDashboardBase, string, string>;
  rendered_at: Generated<Date>;
};

export type TDashboardTables = { dashboard_snapshot: TDashboardSnapshotTable };
