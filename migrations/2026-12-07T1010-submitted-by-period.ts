import { sql, type Kysely } from 'kysely';

// Frozen in time: which partnerships submitted a quarter, in an index that holds the answer. The board
// overview's "not submitted yet" list looks for partnerships without one; over 10,000 partnerships the
// planner reads the quarter's submissions at once, and from this index it needs no table rows.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE INDEX assessment_submitted_by_period_idx ON assessment (period_id, partnership_id)
    WHERE status = 'submitted'
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX assessment_submitted_by_period_idx`.execute(db);
}
