import { sql, type Kysely } from 'kysely';

// Frozen in time. A dashboard reads every quarter's theme summaries of one partnership; they are written
// one submission at a time, so they lie scattered over the table (a page read per row). This index holds
// all the columns the dashboard reads, so that read takes a few index pages instead (an index-only scan).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE INDEX theme_summary_trend_idx ON theme_summary (partnership_id)
    INCLUDE (period_id, theme_number, assessment_id, instrument_version_id, score, coverage, perspective_scores,
             perspective_spread, respondent_spread)
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX theme_summary_trend_idx`.execute(db);
}
