import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201212317 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "solicitation" ("id" text not null, "title" text not null, "owner_org_id" text not null, "region_code" text not null, "catalog_item_codes" text[] not null, "centralized_catalog" boolean not null, "eligible_region_codes" text[] not null, "eligible_unit_ids" text[] not null, "agreement_kind" text check ("agreement_kind" in ('closed', 'open')) not null, "evaluation_method" text check ("evaluation_method" in ('price_priority', 'quality_priority')) null, "quality_priority_basis" text check ("quality_priority_basis" in ('government_price', 'lab_instrument')) null, "scoring_criteria" jsonb null, "elimination_rate_percent" real null, "shortlist_cap" integer null, "phase2_methods" jsonb not null, "term_months" integer not null, "response_window_days" integer not null, "demand_survey" jsonb not null, "policy_preferences" jsonb not null, "agreement_template" text not null, "status" text check ("status" in ('draft', 'submitted', 'approved', 'filed', 'returned', 'published', 'closed', 'opened', 'evaluating', 'shortlist_published', 'concluded', 'failed', 'cancelled')) not null default 'draft', "status_reason" text null, "review_note" text null, "submitted_at" timestamptz null, "approved_at" timestamptz null, "filed_at" timestamptz null, "returned_at" timestamptz null, "published_at" timestamptz null, "cancelled_at" timestamptz null, "response_deadline" timestamptz null, "notice_announcement_id" text null, "created_by" text not null, "submitted_by" text null, "reviewed_by" text null, "published_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "solicitation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_solicitation_deleted_at" ON "solicitation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_solicitation_owner_org_id_status" ON "solicitation" ("owner_org_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_solicitation_region_code_status" ON "solicitation" ("region_code", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_solicitation_status_response_deadline" ON "solicitation" ("status", "response_deadline") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "solicitation_clarification" ("id" text not null, "question" text not null, "lot_id" text null, "asker_actor_type" text not null, "asker_actor_id" text not null, "asker_org_id" text null, "asked_at" timestamptz not null, "answer" text null, "answered_at" timestamptz null, "answered_by" text null, "changes_documents" boolean not null default false, "deadline_before" timestamptz null, "deadline_after" timestamptz null, "solicitation_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "solicitation_clarification_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_solicitation_clarification_solicitation_id" ON "solicitation_clarification" ("solicitation_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_solicitation_clarification_deleted_at" ON "solicitation_clarification" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_solicitation_clarification_solicitation_id_answered_at" ON "solicitation_clarification" ("solicitation_id", "answered_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "solicitation_lot" ("id" text not null, "position" integer not null, "name" text not null, "specification" text not null, "kind" text check ("kind" in ('goods', 'services')) not null, "quantity_estimate" integer not null, "unit" text not null, "budget_fen" numeric not null, "max_unit_price_fen" integer not null, "consumables_price_required" boolean not null default false, "deposit_fen" integer not null default 0, "solicitation_id" text not null, "raw_budget_fen" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "solicitation_lot_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_solicitation_lot_solicitation_id" ON "solicitation_lot" ("solicitation_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_solicitation_lot_deleted_at" ON "solicitation_lot" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_solicitation_lot_solicitation_id_position" ON "solicitation_lot" ("solicitation_id", "position") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "solicitation_clarification" add constraint "solicitation_clarification_solicitation_id_foreign" foreign key ("solicitation_id") references "solicitation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "solicitation_lot" add constraint "solicitation_lot_solicitation_id_foreign" foreign key ("solicitation_id") references "solicitation" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "solicitation_clarification" drop constraint if exists "solicitation_clarification_solicitation_id_foreign";`);

    this.addSql(`alter table if exists "solicitation_lot" drop constraint if exists "solicitation_lot_solicitation_id_foreign";`);

    this.addSql(`drop table if exists "solicitation" cascade;`);

    this.addSql(`drop table if exists "solicitation_clarification" cascade;`);

    this.addSql(`drop table if exists "solicitation_lot" cascade;`);
  }

}
