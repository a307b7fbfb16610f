import { sql, type Kysely } from 'kysely';

// Frozen in time: flags raised for critical-friend follow-up, their admin-set thresholds, and the
// dated timeline notes that give a dip in a chart its story.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TYPE flag_kind AS ENUM ('weak', 'declining', 'foundation_gap', 'divergence', 'low_coverage', 'overdue')`.execute(
    db,
  );
  await sql`CREATE TYPE flag_severity AS ENUM ('high', 'attention')`.execute(db);
  await sql`CREATE TYPE flag_status AS ENUM ('open', 'acknowledged', 'closed')`.execute(db);

  await db.schema
    .createTable('flag')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('partnership_id', 'uuid', (c) => c.notNull().references('partnership.id').onDelete('cascade'))
    .addColumn('period_id', 'uuid', (c) => c.notNull().references('period.id').onDelete('restrict'))
    // Null for flags about the whole quarter (overdue).
    .addColumn('theme_number', 'smallint', (c) => c.check(sql`theme_number BETWEEN 1 AND 5`))
    .addColumn('kind', sql`flag_kind`, (c) => c.notNull())
    .addColumn('severity', sql`flag_severity`, (c) => c.notNull())
    // The numbers behind the flag, so its reason can be told in any language.
    .addColumn('facts', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('raised_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('status', sql`flag_status`, (c) => c.notNull().defaultTo('open'))
    .addColumn('acknowledged_at', 'timestamptz')
    .addColumn('acknowledged_by', 'uuid', (c) => c.references('person.id').onDelete('restrict'))
    .addColumn('closed_at', 'timestamptz')
    .addColumn('closed_by', 'uuid', (c) => c.references('person.id').onDelete('restrict'))
    .addColumn('resolution', 'text')
    .addCheckConstraint('flag_closed_complete', sql`(status = 'closed') = (closed_at IS NOT NULL)`)
    .addCheckConstraint('flag_overdue_has_no_theme', sql`(kind = 'overdue') = (theme_number IS NULL)`)
    .execute();
  // The same flag is raised at most once for a quarter, whichever instance or retry raises it.
  await sql`CREATE UNIQUE INDEX flag_once_per_quarter ON flag (partnership_id, period_id, kind, theme_number) NULLS NOT DISTINCT`.execute(
    db,
  );
  await db.schema.createIndex('flag_partnership_status_idx').on('flag').columns(['partnership_id', 'status']).execute();
  await db.schema.createIndex('flag_period_id_idx').on('flag').column('period_id').execute();
  await db.schema.createIndex('flag_acknowledged_by_idx').on('flag').column('acknowledged_by').execute();
  await db.schema.createIndex('flag_closed_by_idx').on('flag').column('closed_by').execute();

  await db.schema
    .createTable('flag_settings')
    .addColumn('id', 'smallint', (c) =>
      c
        .primaryKey()
        .defaultTo(1)
        .check(sql`id = 1`),
    )
    .addColumn('thresholds', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by', 'uuid', (c) => c.references('person.id').onDelete('restrict'))
    .execute();
  await db.schema.createIndex('flag_settings_updated_by_idx').on('flag_settings').column('updated_by').execute();

  await db.schema
    .createTable('timeline_note')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('partnership_id', 'uuid', (c) => c.notNull().references('partnership.id').onDelete('cascade'))
    .addColumn('noted_on', 'date', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull().check(sql`length(text) BETWEEN 2 AND 500`))
    .addColumn('author_id', 'uuid', (c) => c.notNull().references('person.id').onDelete('restrict'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('timeline_note_partnership_idx')
    .on('timeline_note')
    .columns(['partnership_id', 'noted_on'])
    .execute();
  await db.schema.createIndex('timeline_note_author_id_idx').on('timeline_note').column('author_id').execute();

  // Dashboards read a partnership's summaries over time, and peers' summaries per period and theme.
  await db.schema
    .createIndex('assessment_partnership_status_idx')
    .on('assessment')
    .columns(['partnership_id', 'status'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('assessment_partnership_status_idx').execute();
  for (const table of ['timeline_note', 'flag_settings', 'flag']) await db.schema.dropTable(table).execute();
  for (const type of ['flag_status', 'flag_severity', 'flag_kind']) await db.schema.dropType(type).execute();
}
