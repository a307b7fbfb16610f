import { sql, type Kysely } from 'kysely';

// Frozen in time: each partnership's dashboard as rendered, kept with the versions of the data scopes it was
// rendered from (its partnership's and the catalogue's). A first read sends it with the figures that change
// with other partnerships (peer medians) and with who reads it (narratives), read in the same statement,
// instead of building it from some 250 rows: in deadline week most dashboards are read by someone for whom
// they are new, and building them cost about 4 ms of the two processes' time each. A rendering whose
// versions are no longer current is never sent; a job renders it again.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE dashboard_snapshot (
      partnership_id uuid PRIMARY KEY REFERENCES partnership (id) ON DELETE CASCADE,
      -- What rendered it (the release's dashboard schema and rules): another release's is not current.
      rendering text NOT NULL,
      partnership_version bigint NOT NULL,
      catalogue_version bigint NOT NULL,
      -- The quarter shown (the latest submitted) and its assessment, which the narratives are read from.
      period_id uuid REFERENCES period (id) ON DELETE CASCADE,
      assessment_id uuid REFERENCES assessment (id) ON DELETE CASCADE,
      body json NOT NULL,
      rendered_at timestamptz NOT NULL DEFAULT now()
    )
  `.execute(db);
  await sql`CREATE INDEX dashboard_snapshot_period_id_idx ON dashboard_snapshot (period_id)`.execute(db);
  await sql`CREATE INDEX dashboard_snapshot_assessment_id_idx ON dashboard_snapshot (assessment_id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE dashboard_snapshot`.execute(db);
}
