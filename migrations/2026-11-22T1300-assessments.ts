import { sql, type Kysely } from 'kysely';

// Frozen in time: quarterly periods, assessments with their responses and answers, the submission
// history, the stored theme summaries dashboards read, and the rules that make submitted work immutable.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TYPE assessment_status AS ENUM ('draft', 'submitted')`.execute(db);
  await sql`CREATE TYPE perspective AS ENUM ('coordination', 'institute', 'school_board', 'school')`.execute(db);

  await db.schema
    .createTable('period')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('code', 'text', (c) =>
      c
        .notNull()
        .unique()
        .check(sql`code ~ '^[0-9]{4}-Q[1-4]$'`),
    )
    .addColumn('opens_on', 'date', (c) => c.notNull())
    .addColumn('due_on', 'date', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('period_due_after_open', sql`due_on >= opens_on`)
    .execute();

  await db.schema
    .createTable('assessment')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('partnership_id', 'uuid', (c) => c.notNull().references('partnership.id').onDelete('cascade'))
    .addColumn('period_id', 'uuid', (c) => c.notNull().references('period.id').onDelete('restrict'))
    // Pinned at creation: answers always belong to the questionnaire they were given on.
    .addColumn('instrument_version_id', 'uuid', (c) =>
      c.notNull().references('instrument_version.id').onDelete('restrict'),
    )
    .addColumn('status', sql`assessment_status`, (c) => c.notNull().defaultTo('draft'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('submitted_at', 'timestamptz')
    .addUniqueConstraint('assessment_partnership_period_key', ['partnership_id', 'period_id'])
    .addCheckConstraint('assessment_submitted_has_date', sql`(status = 'submitted') = (submitted_at IS NOT NULL)`)
    .execute();
  await db.schema.createIndex('assessment_period_id_idx').on('assessment').column('period_id').execute();
  await db.schema
    .createIndex('assessment_instrument_version_id_idx')
    .on('assessment')
    .column('instrument_version_id')
    .execute();

  await db.schema
    .createTable('response')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('assessment_id', 'uuid', (c) => c.notNull().references('assessment.id').onDelete('cascade'))
    .addColumn('perspective', sql`perspective`, (c) => c.notNull())
    .addColumn('organisation_id', 'uuid', (c) => c.references('organisation.id').onDelete('set null'))
    // An account holder's own response, or an invited respondent's through a personal link.
    .addColumn('respondent_person_id', 'uuid', (c) => c.references('person.id').onDelete('restrict'))
    .addColumn('respondent_name', 'text', (c) => c.notNull())
    .addColumn('link_token_hash', 'text', (c) => c.unique())
    // Imported from a partnership's earlier spreadsheets: answered outside Koers, by nobody it knows.
    .addColumn('imported', 'boolean', (c) => c.notNull().defaultTo(false))
    // Optimistic concurrency: every save names the version it was based on.
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'response_has_respondent',
      sql`respondent_person_id IS NOT NULL OR link_token_hash IS NOT NULL OR imported`,
    )
    .execute();
  await db.schema.createIndex('response_assessment_id_idx').on('response').column('assessment_id').execute();
  await db.schema.createIndex('response_organisation_id_idx').on('response').column('organisation_id').execute();
  await db.schema
    .createIndex('response_respondent_person_id_idx')
    .on('response')
    .column('respondent_person_id')
    .execute();
  await sql`CREATE UNIQUE INDEX response_assessment_person_key ON response (assessment_id, respondent_person_id) WHERE respondent_person_id IS NOT NULL`.execute(
    db,
  );

  await db.schema
    .createTable('answer')
    .addColumn('response_id', 'uuid', (c) => c.notNull().references('response.id').onDelete('cascade'))
    .addColumn('indicator_id', 'uuid', (c) => c.notNull().references('indicator.id').onDelete('restrict'))
    .addColumn('score', 'smallint', (c) => c.check(sql`score BETWEEN 1 AND 4`))
    .addColumn('dont_know', 'boolean', (c) => c.notNull().defaultTo(false))
    .addPrimaryKeyConstraint('answer_pkey', ['response_id', 'indicator_id'])
    // Exactly one of: a score, or "don't know". A blank is no row at all.
    .addCheckConstraint('answer_score_or_dont_know', sql`(score IS NULL) = dont_know`)
    .execute();
  await db.schema.createIndex('answer_indicator_id_idx').on('answer').column('indicator_id').execute();

  await db.schema
    .createTable('theme_note')
    .addColumn('response_id', 'uuid', (c) => c.notNull().references('response.id').onDelete('cascade'))
    .addColumn('theme_number', 'smallint', (c) => c.notNull().check(sql`theme_number BETWEEN 1 AND 5`))
    .addColumn('evidence', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('next_step', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('priority', 'boolean', (c) => c.notNull().defaultTo(false))
    .addPrimaryKeyConstraint('theme_note_pkey', ['response_id', 'theme_number'])
    .execute();

  await db.schema
    .createTable('submission')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('assessment_id', 'uuid', (c) => c.notNull().references('assessment.id').onDelete('cascade'))
    // The client's key for this submit: a retried or double-clicked submit finds its own row.
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'uuid', (c) => c.notNull().references('person.id').onDelete('restrict'))
    .addColumn('submitted_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('reopened_by', 'uuid', (c) => c.references('person.id').onDelete('restrict'))
    .addColumn('reopened_at', 'timestamptz')
    .addColumn('reopen_reason', 'text')
    .addUniqueConstraint('submission_assessment_key', ['assessment_id', 'idempotency_key'])
    .addCheckConstraint(
      'submission_reopen_complete',
      sql`(reopened_at IS NULL) = (reopened_by IS NULL) AND (reopened_at IS NULL) = (reopen_reason IS NULL)`,
    )
    .execute();
  await db.schema.createIndex('submission_submitted_by_idx').on('submission').column('submitted_by').execute();
  await db.schema.createIndex('submission_reopened_by_idx').on('submission').column('reopened_by').execute();
  // At most one submission of an assessment is in force at a time.
  await sql`CREATE UNIQUE INDEX submission_one_open_key ON submission (assessment_id) WHERE reopened_at IS NULL`.execute(
    db,
  );

  // One small row per partnership x period x theme, written at submit: dashboards read these, never answers.
  await db.schema
    .createTable('theme_summary')
    .addColumn('partnership_id', 'uuid', (c) => c.notNull().references('partnership.id').onDelete('cascade'))
    .addColumn('period_id', 'uuid', (c) => c.notNull().references('period.id').onDelete('restrict'))
    .addColumn('theme_number', 'smallint', (c) => c.notNull().check(sql`theme_number BETWEEN 1 AND 5`))
    .addColumn('assessment_id', 'uuid', (c) => c.notNull().references('assessment.id').onDelete('cascade'))
    .addColumn('instrument_version_id', 'uuid', (c) =>
      c.notNull().references('instrument_version.id').onDelete('restrict'),
    )
    .addColumn('score', sql`numeric(4, 2)`)
    .addColumn('coverage', sql`numeric(4, 3)`)
    .addColumn('dont_know_share', sql`numeric(4, 3)`)
    .addColumn('perspective_scores', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('perspective_spread', sql`numeric(4, 2)`)
    .addColumn('respondent_spread', sql`numeric(4, 2)`)
    .addColumn('respondent_count', 'integer', (c) => c.notNull())
    .addColumn('computed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('theme_summary_pkey', ['partnership_id', 'period_id', 'theme_number'])
    .execute();
  await db.schema
    .createIndex('theme_summary_period_theme_idx')
    .on('theme_summary')
    .columns(['period_id', 'theme_number'])
    .execute();
  await db.schema.createIndex('theme_summary_assessment_id_idx').on('theme_summary').column('assessment_id').execute();
  await db.schema
    .createIndex('theme_summary_instrument_version_id_idx')
    .on('theme_summary')
    .column('instrument_version_id')
    .execute();

  // Submitted work is immutable in the database itself, whatever code or person tries to change it.
  await sql`
    CREATE FUNCTION assessment_content_is_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      target uuid;
      frozen boolean;
    BEGIN
      IF TG_TABLE_NAME = 'response' THEN
        target := COALESCE(NEW.assessment_id, OLD.assessment_id);
      ELSE
        SELECT r.assessment_id INTO target FROM response r WHERE r.id = COALESCE(NEW.response_id, OLD.response_id);
      END IF;
      SELECT a.status = 'submitted' INTO frozen FROM assessment a WHERE a.id = target;
      IF frozen THEN
        RAISE EXCEPTION 'assessment % is submitted and cannot change', target
          USING ERRCODE = 'object_not_in_prerequisite_state';
      END IF;
      RETURN COALESCE(NEW, OLD);
    END;
    $$
  `.execute(db);
  for (const table of ['response', 'answer', 'theme_note']) {
    await sql`
      CREATE TRIGGER ${sql.raw(`${table}_frozen_when_submitted`)} BEFORE INSERT OR UPDATE OR DELETE ON ${sql.table(table)}
      FOR EACH ROW EXECUTE FUNCTION assessment_content_is_frozen()
    `.execute(db);
  }
  // A submitted assessment itself only changes by being reopened: back to draft, nothing else.
  await sql`
    CREATE FUNCTION submitted_assessment_only_reopens() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF OLD.status = 'submitted' AND (NEW.status <> 'draft' OR NEW.partnership_id <> OLD.partnership_id
          OR NEW.period_id <> OLD.period_id OR NEW.instrument_version_id <> OLD.instrument_version_id) THEN
        RAISE EXCEPTION 'assessment % is submitted and cannot change', OLD.id
          USING ERRCODE = 'object_not_in_prerequisite_state';
      END IF;
      RETURN NEW;
    END;
    $$
  `.execute(db);
  await sql`
    CREATE TRIGGER assessment_submitted_only_reopens BEFORE UPDATE ON assessment
    FOR EACH ROW EXECUTE FUNCTION submitted_assessment_only_reopens()
  `.execute(db);

  // A questionnaire version that is published is in use: its themes and indicators never change.
  await sql`
    CREATE FUNCTION instrument_content_is_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      version_status instrument_status;
    BEGIN
      IF TG_TABLE_NAME = 'theme' THEN
        SELECT v.status INTO version_status FROM instrument_version v
          WHERE v.id = COALESCE(NEW.instrument_version_id, OLD.instrument_version_id);
      ELSE
        SELECT v.status INTO version_status FROM theme t JOIN instrument_version v ON v.id = t.instrument_version_id
          WHERE t.id = COALESCE(NEW.theme_id, OLD.theme_id);
      END IF;
      IF version_status <> 'draft' THEN
        RAISE EXCEPTION 'a published questionnaire version cannot change'
          USING ERRCODE = 'object_not_in_prerequisite_state';
      END IF;
      RETURN COALESCE(NEW, OLD);
    END;
    $$
  `.execute(db);
  for (const table of ['theme', 'indicator']) {
    await sql`
      CREATE TRIGGER ${sql.raw(`${table}_frozen_when_published`)} BEFORE INSERT OR UPDATE OR DELETE ON ${sql.table(table)}
      FOR EACH ROW EXECUTE FUNCTION instrument_content_is_frozen()
    `.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['theme', 'indicator']) {
    await sql`DROP TRIGGER ${sql.raw(`${table}_frozen_when_published`)} ON ${sql.table(table)}`.execute(db);
  }
  await sql`DROP FUNCTION instrument_content_is_frozen()`.execute(db);
  for (const table of ['theme_summary', 'submission', 'theme_note', 'answer', 'response', 'assessment', 'period']) {
    await db.schema.dropTable(table).execute();
  }
  await sql`DROP FUNCTION submitted_assessment_only_reopens()`.execute(db);
  await sql`DROP FUNCTION assessment_content_is_frozen()`.execute(db);
  await sql`DROP TYPE perspective`.execute(db);
  await sql`DROP TYPE assessment_status`.execute(db);
}
