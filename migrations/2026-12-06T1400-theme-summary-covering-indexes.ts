import { sql, type Kysely } from 'kysely';

// Frozen in time. Two reads of theme summaries that run all the time, each from an index that holds every
// column it reads (an index-only scan: a few index pages instead of a table page per row, since summaries
// are written one submission at a time and lie scattered over the table):
// - a dashboard reads every quarter's summaries of one partnership;
// - a submission recounts the peer figures of its scenario and quarter from every summary of that quarter
//   (same key as the index it replaces, so what used that one uses this one).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE INDEX theme_summary_trend_idx ON theme_summary (partnership_id)
    INCLUDE (period_id, theme_number, assessment_id, instrument_version_id, score, coverage, perspective_scores,
             perspective_spread, respondent_spread)
  `.execute(db);
  await sql`
    CREATE INDEX theme_summary_period_theme_scores_idx ON theme_summary (period_id, theme_number)
    INCLUDE (partnership_id, score)
  `.execute(db);
  await sql`DROP INDEX theme_summary_period_theme_idx`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX theme_summary_period_theme_idx ON theme_summary (period_id, theme_number)`.execute(db);
  await sql`DROP INDEX theme_summary_period_theme_scores_idx`.execute(db);
  await sql`DROP INDEX theme_summary_trend_idx`.execute(db);
}
