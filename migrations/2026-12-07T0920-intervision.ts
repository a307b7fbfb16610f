import { sql, type Kysely } from 'kysely';

// Frozen in time: intervision rounds among programme managers of different partnerships. A facilitator
// opens a round on a theme; programme managers sign up with a dilemma (and a case); the facilitator
// confirms groups and plans their sessions; a participant can turn a take-away into an action.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TYPE notice_kind ADD VALUE IF NOT EXISTS 'intervision_group'`.execute(db);

  await sql`
    CREATE TABLE intervision_round (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      theme_number smallint NOT NULL CHECK (theme_number BETWEEN 1 AND 5),
      title text NOT NULL CHECK (length(title) BETWEEN 3 AND 200),
      invitation text NOT NULL DEFAULT '' CHECK (length(invitation) <= 2000),
      sign_up_deadline date NOT NULL,
      -- A critical friend or admin; the row keeps its facilitator under a pseudonym when they are erased.
      facilitator_id uuid NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'confirmed')),
      created_at timestamptz NOT NULL DEFAULT now(),
      confirmed_at timestamptz
    )
  `.execute(db);
  await sql`CREATE INDEX intervision_round_facilitator_id_idx ON intervision_round (facilitator_id)`.execute(db);

  await sql`
    CREATE TABLE intervision_group (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      round_id uuid NOT NULL REFERENCES intervision_round (id) ON DELETE CASCADE,
      number smallint NOT NULL CHECK (number >= 1),
      UNIQUE (round_id, number)
    )
  `.execute(db);

  await sql`
    CREATE TABLE intervision_sign_up (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      round_id uuid NOT NULL REFERENCES intervision_round (id) ON DELETE CASCADE,
      -- What is said in the group stays there: erasing the person deletes their dilemma and case.
      person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
      partnership_id uuid NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
      dilemma text NOT NULL CHECK (length(dilemma) BETWEEN 3 AND 2000),
      case_text text CHECK (length(case_text) <= 4000),
      group_id uuid REFERENCES intervision_group (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (round_id, person_id)
    )
  `.execute(db);
  await sql`CREATE INDEX intervision_sign_up_person_id_idx ON intervision_sign_up (person_id)`.execute(db);
  await sql`CREATE INDEX intervision_sign_up_partnership_id_idx ON intervision_sign_up (partnership_id)`.execute(db);
  await sql`CREATE INDEX intervision_sign_up_group_id_idx ON intervision_sign_up (group_id)`.execute(db);

  // The case the facilitator chose for the group to work on: one of its members' sign-ups.
  await sql`
    ALTER TABLE intervision_group
      ADD COLUMN chosen_sign_up_id uuid REFERENCES intervision_sign_up (id) ON DELETE SET NULL
  `.execute(db);
  await sql`CREATE INDEX intervision_group_chosen_sign_up_id_idx ON intervision_group (chosen_sign_up_id)`.execute(db);

  await sql`
    CREATE TABLE intervision_session (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      group_id uuid NOT NULL REFERENCES intervision_group (id) ON DELETE CASCADE,
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      place text NOT NULL DEFAULT '' CHECK (length(place) <= 300),
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (ends_at > starts_at)
    )
  `.execute(db);
  await sql`CREATE INDEX intervision_session_group_id_idx ON intervision_session (group_id, starts_at)`.execute(db);

  // An action a participant made of what they took away from their group.
  await sql`
    CREATE TABLE intervision_take_away (
      action_id uuid PRIMARY KEY REFERENCES action (id) ON DELETE CASCADE,
      group_id uuid NOT NULL REFERENCES intervision_group (id) ON DELETE CASCADE
    )
  `.execute(db);
  await sql`CREATE INDEX intervision_take_away_group_id_idx ON intervision_take_away (group_id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'intervision_take_away',
    'intervision_session',
    'intervision_group',
    'intervision_sign_up',
    'intervision_round',
  ])
    await sql`DROP TABLE IF EXISTS ${sql.table(table)} CASCADE`.execute(db);
}
