import { sql, type Kysely } from 'kysely';

// Frozen in time: a flag that is still open when the next submitted quarter shows the same thing (same
// kind, same theme) is carried on instead of raised again, so a critical friend sees one conversation with
// its history. Each quarter's reading of a flag is kept here; the flag row holds the latest reading and
// keeps the moment it was first raised. Flags raised twice before this migration are merged.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE flag_reading (
      flag_id uuid NOT NULL REFERENCES flag (id) ON DELETE CASCADE,
      period_id uuid NOT NULL REFERENCES period (id) ON DELETE RESTRICT,
      severity flag_severity NOT NULL,
      facts jsonb NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (flag_id, period_id)
    )
  `.execute(db);
  await sql`CREATE INDEX flag_reading_period_id_idx ON flag_reading (period_id)`.execute(db);
  await sql`
    INSERT INTO flag_reading (flag_id, period_id, severity, facts, recorded_at)
    SELECT id, period_id, severity, facts, raised_at FROM flag
  `.execute(db);

  // Runs of open flags of one kind on one theme in consecutive submitted quarters of a partnership
  // (gaps and islands): each run becomes its first flag, holding the latest quarter's reading.
  await sql`
    CREATE TEMPORARY TABLE flag_merge AS
    WITH submitted AS (
      SELECT a.partnership_id, a.period_id,
             row_number() OVER (PARTITION BY a.partnership_id ORDER BY pe.opens_on) AS n
      FROM assessment a JOIN period pe ON pe.id = a.period_id
      WHERE a.status = 'submitted'
    ), open_flags AS (
      SELECT f.id, f.partnership_id, f.kind, f.theme_number, s.n
      FROM flag f JOIN submitted s ON s.partnership_id = f.partnership_id AND s.period_id = f.period_id
      WHERE f.status <> 'closed' AND f.theme_number IS NOT NULL
    ), runs AS (
      SELECT *, n - row_number() OVER (PARTITION BY partnership_id, kind, theme_number ORDER BY n) AS run
      FROM open_flags
    ), chained AS (
      SELECT id,
             first_value(id) OVER w AS keeper,
             last_value(id) OVER w AS latest,
             count(*) OVER w AS length
      FROM runs
      WINDOW w AS (PARTITION BY partnership_id, kind, theme_number, run ORDER BY n
                   ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
    )
    SELECT c.id, c.keeper, l.period_id, l.severity, l.facts
    FROM chained c JOIN flag l ON l.id = c.latest
    WHERE c.length > 1
  `.execute(db);

  // The merged flag is acknowledged when any of its run was, by whoever did so first.
  await sql`
    UPDATE flag k SET status = 'acknowledged', acknowledged_at = a.acknowledged_at, acknowledged_by = a.acknowledged_by
    FROM (
      SELECT DISTINCT ON (m.keeper) m.keeper, f.acknowledged_at, f.acknowledged_by
      FROM flag_merge m JOIN flag f ON f.id = m.id
      WHERE f.status = 'acknowledged'
      ORDER BY m.keeper, f.acknowledged_at
    ) a
    WHERE k.id = a.keeper AND k.status = 'open'
  `.execute(db);
  await sql`
    UPDATE flag_reading r SET flag_id = m.keeper FROM flag_merge m WHERE r.flag_id = m.id AND m.id <> m.keeper
  `.execute(db);
  await sql`
    UPDATE flag_event e SET flag_id = m.keeper FROM flag_merge m WHERE e.flag_id = m.id AND m.id <> m.keeper
  `.execute(db);
  await sql`
    INSERT INTO action_flag (action_id, flag_id)
    SELECT af.action_id, m.keeper FROM action_flag af JOIN flag_merge m ON m.id = af.flag_id WHERE m.id <> m.keeper
    ON CONFLICT DO NOTHING
  `.execute(db);
  await sql`DELETE FROM flag f USING flag_merge m WHERE f.id = m.id AND m.id <> m.keeper`.execute(db);
  await sql`
    UPDATE flag k SET period_id = m.period_id, severity = m.severity, facts = m.facts
    FROM flag_merge m WHERE k.id = m.keeper AND m.id = m.keeper
  `.execute(db);
  await sql`DROP TABLE flag_merge`.execute(db);
}

// Merged flags stay merged: which quarter each came from is gone with the readings.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE flag_reading`.execute(db);
}
