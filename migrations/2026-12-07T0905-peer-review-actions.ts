import { sql, type Kysely } from 'kysely';

// Frozen in time: a peer review between two partnerships is planned and tracked as an action of both. Each
// side keeps its own action (its own status and progress notes); a row per side names the other side's
// action, so each can show "peer review with <partnership>" and how far the other side is.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE peer_review_link (
      action_id uuid PRIMARY KEY REFERENCES action (id) ON DELETE CASCADE,
      peer_action_id uuid NOT NULL UNIQUE REFERENCES action (id) ON DELETE CASCADE,
      CHECK (action_id <> peer_action_id)
    )
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('peer_review_link').execute();
}
