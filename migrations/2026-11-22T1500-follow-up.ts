import { sql, type Kysely } from 'kysely';

// Frozen in time: critical-friend follow-up. Flag history, reviews with the programme manager's
// response, action plans with progress notes, and the inbox with each person's notice preferences.
export async function up(db: Kysely<any>): Promise<void> {
  // A partnership decides whether its board members may read narratives (evidence, review summaries).
  await db.schema
    .alterTable('partnership')
    .addColumn('shares_with_board', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();

  await db.schema
    .createTable('flag_event')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('flag_id', 'uuid', (c) => c.notNull().references('flag.id').onDelete('cascade'))
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('actor_person_id', 'uuid', (c) => c.references('person.id').onDelete('restrict'))
    .addColumn('event', 'text', (c) => c.notNull().check(sql`event IN ('acknowledged', 'action_linked', 'closed')`))
    .addColumn('note', 'text')
    .execute();
  await db.schema.createIndex('flag_event_flag_id_idx').on('flag_event').columns(['flag_id', 'occurred_at']).execute();
  await db.schema.createIndex('flag_event_actor_person_id_idx').on('flag_event').column('actor_person_id').execute();

  await db.schema
    .createTable('review')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('assessment_id', 'uuid', (c) => c.notNull().unique().references('assessment.id').onDelete('cascade'))
    .addColumn('author_id', 'uuid', (c) => c.notNull().references('person.id').onDelete('restrict'))
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('question_behind', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('theme_remarks', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('response_text', 'text')
    .addColumn('responded_by', 'uuid', (c) => c.references('person.id').onDelete('restrict'))
    .addColumn('responded_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('review_author_id_idx').on('review').column('author_id').execute();
  await db.schema.createIndex('review_responded_by_idx').on('review').column('responded_by').execute();

  await sql`CREATE TYPE action_status AS ENUM ('open', 'in_progress', 'done', 'dropped')`.execute(db);
  await sql`CREATE TYPE support_type AS ENUM ('expert_conversation', 'peer_review', 'masterclass', 'intervision', 'good_approach', 'other')`.execute(
    db,
  );
  await db.schema
    .createTable('action')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('partnership_id', 'uuid', (c) => c.notNull().references('partnership.id').onDelete('cascade'))
    .addColumn('theme_number', 'smallint', (c) => c.check(sql`theme_number BETWEEN 1 AND 5`))
    .addColumn('description', 'text', (c) => c.notNull().check(sql`length(description) BETWEEN 3 AND 1000`))
    .addColumn('owner_id', 'uuid', (c) => c.notNull().references('person.id').onDelete('restrict'))
    .addColumn('due_on', 'date', (c) => c.notNull())
    .addColumn('support_type', sql`support_type`, (c) => c.notNull())
    .addColumn('status', sql`action_status`, (c) => c.notNull().defaultTo('open'))
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('person.id').onDelete('restrict'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('action_partnership_status_idx')
    .on('action')
    .columns(['partnership_id', 'status', 'due_on'])
    .execute();
  await db.schema.createIndex('action_owner_id_idx').on('action').column('owner_id').execute();
  await db.schema.createIndex('action_created_by_idx').on('action').column('created_by').execute();

  await db.schema
    .createTable('action_flag')
    .addColumn('action_id', 'uuid', (c) => c.notNull().references('action.id').onDelete('cascade'))
    .addColumn('flag_id', 'uuid', (c) => c.notNull().references('flag.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('action_flag_pkey', ['action_id', 'flag_id'])
    .execute();
  await db.schema.createIndex('action_flag_flag_id_idx').on('action_flag').column('flag_id').execute();

  await db.schema
    .createTable('action_note')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('action_id', 'uuid', (c) => c.notNull().references('action.id').onDelete('cascade'))
    .addColumn('author_id', 'uuid', (c) => c.notNull().references('person.id').onDelete('restrict'))
    .addColumn('text', 'text', (c) => c.notNull().check(sql`length(text) BETWEEN 1 AND 2000`))
    .addColumn('status_change', sql`action_status`)
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('action_note_action_id_idx')
    .on('action_note')
    .columns(['action_id', 'created_at'])
    .execute();
  await db.schema.createIndex('action_note_author_id_idx').on('action_note').column('author_id').execute();

  await sql`CREATE TYPE notice_kind AS ENUM ('review_new', 'flag_new', 'action_new', 'action_due_soon', 'action_overdue', 'assessment_due_soon')`.execute(
    db,
  );
  await db.schema
    .createTable('notice')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('person_id', 'uuid', (c) => c.notNull().references('person.id').onDelete('cascade'))
    .addColumn('kind', sql`notice_kind`, (c) => c.notNull())
    .addColumn('partnership_id', 'uuid', (c) => c.references('partnership.id').onDelete('cascade'))
    // What the notice is about; with the kind it makes each notice happen once (no repeated reminders).
    .addColumn('subject_key', 'text', (c) => c.notNull())
    .addColumn('title_nl', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('link', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('read_at', 'timestamptz')
    .addColumn('emailed_at', 'timestamptz')
    .addUniqueConstraint('notice_once', ['person_id', 'kind', 'subject_key'])
    .execute();
  await db.schema.createIndex('notice_person_created_idx').on('notice').columns(['person_id', 'created_at']).execute();
  await db.schema.createIndex('notice_partnership_id_idx').on('notice').column('partnership_id').execute();

  await db.schema
    .createTable('notice_preference')
    .addColumn('person_id', 'uuid', (c) => c.notNull().references('person.id').onDelete('cascade'))
    .addColumn('kind', sql`notice_kind`, (c) => c.notNull())
    .addColumn('in_app', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('email', 'boolean', (c) => c.notNull().defaultTo(true))
    .addPrimaryKeyConstraint('notice_preference_pkey', ['person_id', 'kind'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['notice_preference', 'notice', 'action_note', 'action_flag', 'action', 'review', 'flag_event']) {
    await db.schema.dropTable(table).execute();
  }
  for (const type of ['notice_kind', 'support_type', 'action_status']) await db.schema.dropType(type).execute();
  await db.schema.alterTable('partnership').dropColumn('shares_with_board').execute();
}
