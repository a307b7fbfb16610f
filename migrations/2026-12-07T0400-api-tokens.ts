import { sql, type Kysely } from 'kysely';

// Frozen in time: read-only API tokens for integrations, each owned by one person and reading as them.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('api_token')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    // The token reads as its owner, with the owner's access as it is at each request; it goes with them.
    .addColumn('person_id', 'uuid', (c) => c.notNull().references('person.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    // The SHA-256 of the token: it carries 256 random bits, so a fast hash is enough, and a leaked
    // table hands out no token.
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    // Written at most once a minute per token.
    .addColumn('last_used_at', 'timestamptz')
    .addCheckConstraint('api_token_name_not_blank', sql`btrim(name) <> '' AND length(name) <= 80`)
    .addCheckConstraint('api_token_expires_after_creation', sql`expires_at > created_at`)
    .execute();
  await db.schema.createIndex('api_token_person_id_idx').on('api_token').column('person_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('api_token').execute();
}
