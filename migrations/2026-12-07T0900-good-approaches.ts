import { sql, type Kysely } from 'kysely';

// Frozen in time: good approaches (goede aanpakken), short write-ups one partnership's way of working that
// others can learn from, tagged with themes, indicators and a scenario. The search vector is generated from
// the texts with PostgreSQL's Dutch configuration, so "begeleiders" is found by "begeleiding"; the title
// weighs most. The author link stays when a person is erased (the person row stays, under a pseudonym).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE good_approach (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      title text NOT NULL,
      context text NOT NULL,
      what_we_did text NOT NULL,
      what_it_brought text NOT NULL,
      what_it_took text NOT NULL,
      contact text NOT NULL DEFAULT '',
      scenario collaboration_scenario,
      partnership_id uuid REFERENCES partnership (id) ON DELETE SET NULL,
      author_id uuid NOT NULL REFERENCES person (id),
      status text NOT NULL CHECK (status IN ('draft', 'submitted', 'published', 'withdrawn')),
      review_comment text,
      reviewed_by uuid REFERENCES person (id),
      reviewed_at timestamptz,
      published_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('dutch', title), 'A') ||
        setweight(to_tsvector('dutch', what_we_did || ' ' || what_it_brought), 'B') ||
        setweight(to_tsvector('dutch', context || ' ' || what_it_took), 'C')
      ) STORED
    )
  `.execute(db);
  await sql`CREATE INDEX good_approach_search_idx ON good_approach USING gin (search)`.execute(db);
  await sql`CREATE INDEX good_approach_status_idx ON good_approach (status, published_at DESC)`.execute(db);
  await sql`CREATE INDEX good_approach_partnership_idx ON good_approach (partnership_id)`.execute(db);
  await sql`CREATE INDEX good_approach_author_idx ON good_approach (author_id)`.execute(db);
  await sql`CREATE INDEX good_approach_reviewed_by_idx ON good_approach (reviewed_by)`.execute(db);
  await sql`
    CREATE TABLE good_approach_theme (
      good_approach_id uuid NOT NULL REFERENCES good_approach (id) ON DELETE CASCADE,
      theme_number smallint NOT NULL CHECK (theme_number BETWEEN 1 AND 5),
      PRIMARY KEY (good_approach_id, theme_number)
    )
  `.execute(db);
  await sql`CREATE INDEX good_approach_theme_theme_idx ON good_approach_theme (theme_number)`.execute(db);
  await sql`
    CREATE TABLE good_approach_indicator (
      good_approach_id uuid NOT NULL REFERENCES good_approach (id) ON DELETE CASCADE,
      indicator_id uuid NOT NULL REFERENCES indicator (id),
      PRIMARY KEY (good_approach_id, indicator_id)
    )
  `.execute(db);
  await sql`CREATE INDEX good_approach_indicator_indicator_idx ON good_approach_indicator (indicator_id)`.execute(db);
  await sql`
    CREATE TABLE action_good_approach (
      action_id uuid NOT NULL REFERENCES action (id) ON DELETE CASCADE,
      good_approach_id uuid NOT NULL REFERENCES good_approach (id) ON DELETE CASCADE,
      PRIMARY KEY (action_id, good_approach_id)
    )
  `.execute(db);
  await sql`CREATE INDEX action_good_approach_approach_idx ON action_good_approach (good_approach_id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('action_good_approach').execute();
  await db.schema.dropTable('good_approach_indicator').execute();
  await db.schema.dropTable('good_approach_theme').execute();
  await db.schema.dropTable('good_approach').execute();
}
