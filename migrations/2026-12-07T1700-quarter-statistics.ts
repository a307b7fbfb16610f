import { sql, type Kysely } from 'kysely';

// Frozen in time: a quarter's summaries arrive in the weeks before its due date, but PostgreSQL analyzes a
// table again only once a tenth of it has changed, and with 40 quarters of history a new quarter is about
// a fortieth of theme_summary. Until then the planner takes the quarter for empty: with 3,000 of 10,000
// partnerships submitted, cold board overviews of that quarter took twice as long (about 45 instead of
// 25 ms each), and an ANALYZE of theme_summary alone brought them back. Analyzed after 250 rows plus
// 0.2% of the table change instead: at 10,000 partnerships after about 850 submissions (the statistics
// sample 30,000 rows whatever the table's size, and autovacuum looks at most once a minute).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE theme_summary SET (autovacuum_analyze_scale_factor = 0.002, autovacuum_analyze_threshold = 250)
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE theme_summary RESET (autovacuum_analyze_scale_factor, autovacuum_analyze_threshold)`.execute(
    db,
  );
}
