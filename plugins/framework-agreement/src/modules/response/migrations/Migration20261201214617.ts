import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201214617 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "solicitation_response" drop constraint if exists "solicitation_response_live_unique";`);
    this.addSql(`alter table if exists "response_opening" drop constraint if exists "response_opening_solicitation_id_unique";`);
    this.addSql(`alter table if exists "response_deposit" drop constraint if exists "response_deposit_solicitation_id_lot_id_supplier_org_id_unique";`);
    this.addSql(`create table if not exists "response_deposit" ("id" text not null, "solicitation_id" text not null, "lot_id" text not null, "supplier_org_id" text not null, "amount_fen" integer not null, "payment_id" text not null, "paying_account" text not null, "paid_at" timestamptz not null, "paid_by" text not null, "status" text check ("status" in ('paid', 'refunded')) not null default 'paid', "refund_due_at" timestamptz null, "refunded_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "response_deposit_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_response_deposit_deleted_at" ON "response_deposit" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_response_deposit_solicitation_id_lot_id_supplier_org_id_unique" ON "response_deposit" ("solicitation_id", "lot_id", "supplier_org_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "response_opening" ("id" text not null, "solicitation_id" text not null, "opened_at" timestamptz not null, "opened_by" text not null, "window_closes_at" timestamptz not null, "closed_at" timestamptz null, "closed_by" text null, "clues" jsonb null, "clue_count" integer not null default 0, "invalid_count" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "response_opening_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_response_opening_deleted_at" ON "response_opening" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_response_opening_solicitation_id_unique" ON "response_opening" ("solicitation_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "solicitation_response" ("id" text not null, "solicitation_id" text not null, "lot_id" text not null, "supplier_org_id" text not null, "supplier_uscc" text not null, "status" text check ("status" in ('draft', 'submitted', 'withdrawn', 'invalid', 'opened', 'qualified', 'disqualified', 'shortlisted', 'eliminated')) not null default 'submitted', "brand" text not null, "product_model" text not null, "specification" text not null, "catalog_product_id" text null, "qualification_document_ids" text[] not null, "warranty_months" integer not null, "delivery_days" integer not null, "envelope" jsonb not null, "signature" jsonb not null, "certificate_serial" text not null, "signer_uscc" text null, "foreign_certificate" boolean not null default false, "client_ip" text null, "device_fingerprint" text null, "mac" text null, "deposit_id" text null, "submitted_at" timestamptz not null, "submitted_by" text not null, "withdrawn_at" timestamptz null, "replaced_by_id" text null, "replaces_id" text null, "content_key" text null, "opened_at" timestamptz null, "opened_content" jsonb null, "price_fen" integer null, "opening_verdict" jsonb null, "status_reason" text null, "status_detail" text null, "decided_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "solicitation_response_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_solicitation_response_deleted_at" ON "solicitation_response" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_solicitation_response_live_unique" ON "solicitation_response" ("solicitation_id", "lot_id", "supplier_org_id") WHERE status = 'submitted' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_solicitation_response_solicitation_id_status" ON "solicitation_response" ("solicitation_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_solicitation_response_supplier_org_id_solicitation_id" ON "solicitation_response" ("supplier_org_id", "solicitation_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "response_deposit" cascade;`);

    this.addSql(`drop table if exists "response_opening" cascade;`);

    this.addSql(`drop table if exists "solicitation_response" cascade;`);
  }

}
