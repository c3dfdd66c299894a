import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122113251 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "reference_price" drop constraint if exists "reference_price_product_id_unique";`);
    this.addSql(`alter table if exists "offer" drop constraint if exists "offer_product_id_supplier_org_id_unique";`);
    this.addSql(`alter table if exists "catalog_entry" drop constraint if exists "catalog_entry_product_id_unique";`);
    this.addSql(`create table if not exists "catalog_entry" ("id" text not null, "product_id" text not null, "title" text not null, "handle" text null, "thumbnail" text null, "brand" text null, "brand_key" text null, "model_number" text null, "category_ids" text[] not null, "category_handles" text[] not null, "product_status" text not null, "sales_channel_ids" text[] not null default '{}', "tokens" text[] not null, "search_text" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "catalog_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_deleted_at" ON "catalog_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_catalog_entry_product_id_unique" ON "catalog_entry" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_tokens_gin" ON "catalog_entry" USING GIN ("tokens") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_category_ids" ON "catalog_entry" USING GIN ("category_ids") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_sales_channel_ids" ON "catalog_entry" USING GIN ("sales_channel_ids") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_brand_key" ON "catalog_entry" ("brand_key") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "offer" ("id" text not null, "product_id" text not null, "supplier_org_id" text not null, "price_fen" integer not null, "stock" integer not null default 0, "delivery_region_codes" text[] not null, "lead_time_days" integer not null, "warranty_months" integer not null default 0, "status" text check ("status" in ('draft', 'pending_review', 'approved', 'rejected', 'delisted')) not null default 'draft', "status_reason" text null, "delist_reason" text check ("delist_reason" in ('certificate_expired', 'over_price_not_lowered', 'supplier_withdrew')) null, "submitted_at" timestamptz null, "approved_at" timestamptz null, "rejected_at" timestamptz null, "delisted_at" timestamptz null, "reviewed_by" text null, "created_by" text not null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "offer_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_offer_deleted_at" ON "offer" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_offer_product_id_supplier_org_id_unique" ON "offer" ("product_id", "supplier_org_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_offer_product_id_status_price_fen" ON "offer" ("product_id", "status", "price_fen") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_offer_supplier_org_id_status" ON "offer" ("supplier_org_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_offer_status_submitted_at" ON "offer" ("status", "submitted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_offer_delivery_region_codes" ON "offer" USING GIN ("delivery_region_codes") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "offer_certificate" ("id" text not null, "kind" text check ("kind" in ('energy_saving', 'eco_label', 'water_saving', 'ccc')) not null, "number" text not null, "issuer" text not null, "expires_on" text not null, "offer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "offer_certificate_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_offer_certificate_offer_id" ON "offer_certificate" ("offer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_offer_certificate_deleted_at" ON "offer_certificate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_offer_certificate_kind_expires_on" ON "offer_certificate" ("kind", "expires_on") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "offer_price_change" ("id" text not null, "old_price_fen" integer null, "new_price_fen" integer not null, "change" text not null, "needs_review" boolean not null, "changed_at" timestamptz not null, "changed_by" text not null, "reason" text null, "offer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "offer_price_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_offer_price_change_offer_id" ON "offer_price_change" ("offer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_offer_price_change_deleted_at" ON "offer_price_change" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_offer_price_change_offer_id_changed_at" ON "offer_price_change" ("offer_id", "changed_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "price_report" ("id" text not null, "reporter_actor_type" text not null, "reporter_actor_id" text not null, "reporter_org_id" text null, "evidence_text" text not null, "evidence_url" text null, "observed_price_fen" integer null, "status" text check ("status" in ('open', 'upheld', 'dismissed', 'resolved', 'expired')) not null default 'open', "decided_at" timestamptz null, "decided_by" text null, "decision_reason" text null, "lower_by" timestamptz null, "resolved_at" timestamptz null, "offer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "price_report_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_price_report_offer_id" ON "price_report" ("offer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_price_report_deleted_at" ON "price_report" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_price_report_status_lower_by" ON "price_report" ("status", "lower_by") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_price_report_offer_id_status" ON "price_report" ("offer_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "reference_price" ("id" text not null, "product_id" text not null, "price_fen" integer not null, "source" text not null, "note" text null, "recorded_by" text not null, "recorded_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "reference_price_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_reference_price_deleted_at" ON "reference_price" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_reference_price_product_id_unique" ON "reference_price" ("product_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "offer_certificate" add constraint "offer_certificate_offer_id_foreign" foreign key ("offer_id") references "offer" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "offer_price_change" add constraint "offer_price_change_offer_id_foreign" foreign key ("offer_id") references "offer" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "price_report" add constraint "price_report_offer_id_foreign" foreign key ("offer_id") references "offer" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "offer_certificate" drop constraint if exists "offer_certificate_offer_id_foreign";`);

    this.addSql(`alter table if exists "offer_price_change" drop constraint if exists "offer_price_change_offer_id_foreign";`);

    this.addSql(`alter table if exists "price_report" drop constraint if exists "price_report_offer_id_foreign";`);

    this.addSql(`drop table if exists "catalog_entry" cascade;`);

    this.addSql(`drop table if exists "offer" cascade;`);

    this.addSql(`drop table if exists "offer_certificate" cascade;`);

    this.addSql(`drop table if exists "offer_price_change" cascade;`);

    this.addSql(`drop table if exists "price_report" cascade;`);

    this.addSql(`drop table if exists "reference_price" cascade;`);
  }

}
