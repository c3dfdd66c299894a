import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * The audit_log table, generated from the model, plus (written by hand) the trigger that makes
 * it append-only:
 * - every UPDATE is refused (soft delete is an UPDATE of deleted_at, so it is refused too);
 * - a DELETE is refused while the row is younger than 15 years (records are kept 15 years,
 *   GPL 42), measured from the later of occurred_at (business clock) and created_at (database
 *   clock), so neither clock alone can age a row early.
 * The retention period is a constant of the trigger on purpose: a session setting could be
 * changed by anyone who can connect. Changing it is a new migration.
 * Not covered (by design, documented in the README): TRUNCATE (test harnesses empty tables
 * with it; revoke TRUNCATE from the runtime role in production) and the table owner, who can
 * disable triggers.
 */

export class Migration20261122104308 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "audit_log" ("id" text not null, "actor_id" text not null, "actor_type" text not null, "organization_id" text null, "action" text not null, "record_type" text not null, "record_id" text not null, "before_digest" text null, "after_digest" text null, "ip" text null, "occurred_at" timestamptz not null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "audit_log_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_audit_log_deleted_at" ON "audit_log" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_audit_log_record_type_record_id_occurred_at" ON "audit_log" ("record_type", "record_id", "occurred_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_audit_log_actor_type_actor_id_occurred_at" ON "audit_log" ("actor_type", "actor_id", "occurred_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_audit_log_organization_id_occurred_at" ON "audit_log" ("organization_id", "occurred_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_audit_log_action" ON "audit_log" ("action") WHERE deleted_at IS NULL;`);

    this.addSql(`
      CREATE OR REPLACE FUNCTION "audit_log_append_only"() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          RAISE EXCEPTION 'audit_log is append-only: UPDATE of % refused', OLD."id"
            USING ERRCODE = 'raise_exception', HINT = 'audit entries are never changed (GPL 42)';
        END IF;
        IF GREATEST(OLD."occurred_at", OLD."created_at") > now() - interval '15 years' THEN
          RAISE EXCEPTION 'audit_log row % is within the 15-year retention period (GPL 42): DELETE refused', OLD."id"
            USING ERRCODE = 'raise_exception';
        END IF;
        RETURN OLD;
      END;
      $$;`);
    this.addSql(`DROP TRIGGER IF EXISTS "audit_log_append_only" ON "audit_log";`);
    this.addSql(`
      CREATE TRIGGER "audit_log_append_only"
      BEFORE UPDATE OR DELETE ON "audit_log"
      FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();`);
  }

  override async down(): Promise<void> {
    // Rolling back must not wipe retained records: refuse while the table holds any entry.
    this.addSql(`
      DO $$
      BEGIN
        IF to_regclass('audit_log') IS NOT NULL THEN
          IF EXISTS (SELECT 1 FROM "audit_log") THEN
            RAISE EXCEPTION 'audit_log holds entries: refusing to drop it (records are kept 15 years, GPL 42)';
          END IF;
        END IF;
      END;
      $$;`);
    this.addSql(`drop table if exists "audit_log" cascade;`);
    this.addSql(`drop function if exists "audit_log_append_only"();`);
  }

}
