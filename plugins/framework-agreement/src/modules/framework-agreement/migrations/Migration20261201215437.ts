import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201215437 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "framework_agreement" drop constraint if exists "framework_agreement_lot_id_supplier_org_id_unique";`);
    this.addSql(`create table if not exists "framework_agreement" ("id" text not null, "solicitation_id" text not null, "lot_id" text not null, "kind" text check ("kind" in ('closed', 'open')) not null, "owner_org_id" text not null, "region_code" text not null, "supplier_org_id" text null, "product" jsonb null, "price_fen" integer not null, "unit" text not null, "term_months" integer not null, "phase2_methods" text[] not null, "eligible_region_codes" text[] not null, "eligible_unit_ids" text[] not null, "title" text not null, "text" text not null, "status" text check ("status" in ('pending_signature', 'active', 'lapsed', 'expired', 'terminated')) not null default 'pending_signature', "shortlist_notice_at" timestamptz not null, "signing_deadline" timestamptz not null, "signing_warned_at" timestamptz null, "supplier_signature" jsonb null, "supplier_signed_at" timestamptz null, "supplier_signed_by" text null, "solicitor_signature" jsonb null, "solicitor_signed_at" timestamptz null, "solicitor_signed_by" text null, "activated_at" timestamptz null, "starts_at" timestamptz null, "ends_at" timestamptz null, "lapsed_at" timestamptz null, "lapse_fault" text null, "expired_at" timestamptz null, "terminated_at" timestamptz null, "termination_reason" text check ("termination_reason" in ('no_remaining_parties', 'supplier_removed', 'solicitation_annulled', 'regulator_order')) null, "filing_due_at" timestamptz null, "filed_at" timestamptz null, "filed_by" text null, "filing_acknowledged_at" timestamptz null, "filing_acknowledged_by" text null, "filing_warned_at" timestamptz null, "pushed_at" timestamptz null, "shortlist_announcement_id" text null, "generated_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "framework_agreement_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_framework_agreement_deleted_at" ON "framework_agreement" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_framework_agreement_solicitation_id_lot_id" ON "framework_agreement" ("solicitation_id", "lot_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_framework_agreement_lot_id_supplier_org_id_unique" ON "framework_agreement" ("lot_id", "supplier_org_id") WHERE supplier_org_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_framework_agreement_status_signing_deadline" ON "framework_agreement" ("status", "signing_deadline") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_framework_agreement_status_ends_at" ON "framework_agreement" ("status", "ends_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_framework_agreement_owner_org_id_status" ON "framework_agreement" ("owner_org_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "framework_agreement_membership" ("id" text not null, "supplier_org_id" text not null, "status" text check ("status" in ('applied', 'active', 'rejected', 'suspended', 'removed', 'left')) not null, "product" jsonb null, "price_fen" integer not null, "application_signature" jsonb null, "applied_at" timestamptz null, "review_due_at" timestamptz null, "approved_at" timestamptz null, "rejected_at" timestamptz null, "reject_reason" text null, "removed_at" timestamptz null, "removal_reason" text check ("removal_reason" in ('collusion', 'false_materials', 'refused_award_without_cause', 'procurement_ban', 'non_performance')) null, "removal_note" text null, "left_at" timestamptz null, "leave_reason" text null, "decided_by" text null, "agreement_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "framework_agreement_membership_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_framework_agreement_membership_agreement_id" ON "framework_agreement_membership" ("agreement_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_framework_agreement_membership_deleted_at" ON "framework_agreement_membership" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_framework_agreement_membership_agreement_id_supplier_org_id" ON "framework_agreement_membership" ("agreement_id", "supplier_org_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_framework_agreement_membership_supplier_org_id_status" ON "framework_agreement_membership" ("supplier_org_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "framework_agreement_membership" add constraint "framework_agreement_membership_agreement_id_foreign" foreign key ("agreement_id") references "framework_agreement" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "framework_agreement_membership" drop constraint if exists "framework_agreement_membership_agreement_id_foreign";`);

    this.addSql(`drop table if exists "framework_agreement" cascade;`);

    this.addSql(`drop table if exists "framework_agreement_membership" cascade;`);
  }

}
