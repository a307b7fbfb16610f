import { sql, type Kysely } from 'kysely';

// Frozen in time: erasing a person must also take their name and email out of the audit log's details
// (a renamed person, a failed sign-in) and out of submitted responses (the name they answered under), yet
// the log stays append-only for everyone and submitted answers frozen. The one audit change the
// trigger lets through is this function's: it rewrites only `details`, only to replace one person's name
// and email with their pseudonym, and it runs as the owner, so the application's role needs no UPDATE
// right on audit_log at all.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE OR REPLACE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' AND current_setting('koers.erasing_person', true) = 'on'
         AND (NEW.id, NEW.occurred_at, NEW.actor_person_id, NEW.action, NEW.partnership_id,
              NEW.subject_type, NEW.subject_id, NEW.request_id)
             IS NOT DISTINCT FROM
             (OLD.id, OLD.occurred_at, OLD.actor_person_id, OLD.action, OLD.partnership_id,
              OLD.subject_type, OLD.subject_id, OLD.request_id) THEN
        RETURN NEW;
      END IF;
      RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
    END;
    $$
  `.execute(db);

  // Replaces the person's name and email (as JSON strings spell them; the email also in lower case, as sign-in keys it)
  // with the pseudonym in every audit row's details. Called before the person row itself is pseudonymised.
  await sql`
    CREATE FUNCTION erase_person_from_audit_log(erased_person uuid, pseudonym text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
      term text;
      terms text[];
      replacement text := substring(to_jsonb(pseudonym)::text FROM 2 FOR length(to_jsonb(pseudonym)::text) - 2);
      changed integer := 0;
      n integer;
    BEGIN
      SELECT array_remove(ARRAY[display_name, email, lower(email)], NULL) INTO terms FROM person WHERE id = erased_person;
      IF terms IS NULL THEN RETURN 0; END IF;
      PERFORM set_config('koers.erasing_person', 'on', true);
      FOREACH term IN ARRAY terms LOOP
        -- The term as it is spelled inside a JSON string.
        term := substring(to_jsonb(term)::text FROM 2 FOR length(to_jsonb(term)::text) - 2);
        UPDATE audit_log SET details = replace(details::text, term, replacement)::jsonb
        WHERE strpos(details::text, term) > 0;
        GET DIAGNOSTICS n = ROW_COUNT;
        changed := changed + n;
      END LOOP;
      PERFORM set_config('koers.erasing_person', '', true);
      RETURN changed;
    END;
    $$
  `.execute(db);
  await sql`REVOKE ALL ON FUNCTION erase_person_from_audit_log(uuid, text) FROM PUBLIC`.execute(db);

  // Submitted responses stay frozen, except for the name they were given under.
  await sql`
    CREATE OR REPLACE FUNCTION assessment_content_is_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      target uuid;
      frozen boolean;
    BEGIN
      -- The respondent's name is who answered, not what was answered: erasure pseudonymises it.
      IF TG_TABLE_NAME = 'response' AND TG_OP = 'UPDATE'
         AND to_jsonb(NEW) - 'respondent_name' = to_jsonb(OLD) - 'respondent_name' THEN
        RETURN NEW;
      END IF;
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
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE OR REPLACE FUNCTION assessment_content_is_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
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
  await sql`DROP FUNCTION erase_person_from_audit_log(uuid, text)`.execute(db);
  await sql`
    CREATE OR REPLACE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
    END;
    $$
  `.execute(db);
}
