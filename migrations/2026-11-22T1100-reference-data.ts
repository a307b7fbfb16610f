import { sql, type Kysely } from 'kysely';

// Frozen in time: this file takes Kysely<any> and never imports application code.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TYPE organisation_kind AS ENUM ('institute', 'school_board', 'school')`.execute(db);
  await sql`CREATE TYPE sector AS ENUM ('po', 'vo', 'mbo')`.execute(db);
  await sql`CREATE TYPE collaboration_scenario AS ENUM ('A', 'B', 'C')`.execute(db);
  await sql`CREATE TYPE instrument_status AS ENUM ('draft', 'published', 'retired')`.execute(db);

  await db.schema
    .createTable('organisation')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', sql`organisation_kind`, (c) => c.notNull())
    // A school belongs to the board that runs it.
    .addColumn('parent_id', 'uuid', (c) => c.references('organisation.id').onDelete('restrict'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('organisation_name_not_blank', sql`btrim(name) <> ''`)
    .execute();
  await db.schema.createIndex('organisation_parent_id_idx').on('organisation').column('parent_id').execute();
  await db.schema
    .createIndex('organisation_kind_name_key')
    .on('organisation')
    .columns(['kind', 'name'])
    .unique()
    .execute();

  await db.schema
    .createTable('partnership')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('sector', sql`sector`, (c) => c.notNull())
    .addColumn('scenario', sql`collaboration_scenario`, (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('partnership_name_not_blank', sql`btrim(name) <> ''`)
    .execute();
  await db.schema.createIndex('partnership_scenario_idx').on('partnership').column('scenario').execute();

  await db.schema
    .createTable('partnership_member')
    .addColumn('partnership_id', 'uuid', (c) => c.notNull().references('partnership.id').onDelete('cascade'))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisation.id').onDelete('restrict'))
    .addPrimaryKeyConstraint('partnership_member_pkey', ['partnership_id', 'organisation_id'])
    .execute();
  await db.schema
    .createIndex('partnership_member_organisation_id_idx')
    .on('partnership_member')
    .column('organisation_id')
    .execute();

  await db.schema
    .createTable('instrument_version')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('version', 'integer', (c) =>
      c
        .notNull()
        .unique()
        .check(sql`version > 0`),
    )
    .addColumn('title_nl', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('status', sql`instrument_status`, (c) => c.notNull().defaultTo('draft'))
    .addColumn('published_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('instrument_version_published_has_date', sql`(status = 'draft') = (published_at IS NULL)`)
    .execute();

  await db.schema
    .createTable('theme')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('instrument_version_id', 'uuid', (c) =>
      c.notNull().references('instrument_version.id').onDelete('cascade'),
    )
    .addColumn('number', 'smallint', (c) => c.notNull().check(sql`number BETWEEN 1 AND 5`))
    .addColumn('name_nl', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('question_nl', 'text', (c) => c.notNull())
    .addColumn('question_en', 'text', (c) => c.notNull())
    .addUniqueConstraint('theme_version_number_key', ['instrument_version_id', 'number'])
    .execute();

  await db.schema
    .createTable('indicator')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('theme_id', 'uuid', (c) => c.notNull().references('theme.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('position', 'smallint', (c) => c.notNull())
    .addColumn('text_nl', 'text', (c) => c.notNull())
    .addColumn('text_en', 'text', (c) => c.notNull())
    // Lets a later instrument version continue the trend of an indicator it rewords or replaces.
    .addColumn('continues_indicator_id', 'uuid', (c) => c.references('indicator.id').onDelete('restrict'))
    .addUniqueConstraint('indicator_theme_code_key', ['theme_id', 'code'])
    .addUniqueConstraint('indicator_theme_position_key', ['theme_id', 'position'])
    .execute();
  await db.schema
    .createIndex('indicator_continues_indicator_id_idx')
    .on('indicator')
    .column('continues_indicator_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'indicator',
    'theme',
    'instrument_version',
    'partnership_member',
    'partnership',
    'organisation',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  for (const type of ['instrument_status', 'collaboration_scenario', 'sector', 'organisation_kind']) {
    await db.schema.dropType(type).execute();
  }
}
