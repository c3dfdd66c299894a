import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122111435 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "supplier_profile" drop constraint if exists "supplier_profile_organization_id_unique";`);
    this.addSql(`alter table if exists "member" drop constraint if exists "member_actor_type_actor_id_unique";`);
    this.addSql(`alter table if exists "organization" drop constraint if exists "organization_uscc_unique";`);
    this.addSql(`alter table if exists "expert" drop constraint if exists "expert_id_number_hash_unique";`);
    this.addSql(`create table if not exists "expert" ("id" text not null, "name" text not null, "id_number_masked" text not null, "id_number_hash" text not null, "specialities" jsonb not null, "employer_name" text null, "employer_uscc" text null, "region_code" text not null, "status" text check ("status" in ('active', 'suspended')) not null default 'active', "phone" text null, "email" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "expert_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_expert_deleted_at" ON "expert" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_expert_id_number_hash_unique" ON "expert" ("id_number_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_expert_employer_uscc" ON "expert" ("employer_uscc") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_expert_region_code_status" ON "expert" ("region_code", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "organization" ("id" text not null, "kind" text check ("kind" in ('purchasing_unit', 'supplier', 'agency', 'regulator', 'bank', 'platform')) not null, "name" text not null, "uscc" text null, "region_code" text not null, "parent_id" text null, "branch_name" text null, "status" text check ("status" in ('pending_review', 'approved', 'rejected', 'suspended', 'banned')) not null default 'pending_review', "status_reason" text null, "banned_until" timestamptz null, "submitted_at" timestamptz null, "approved_at" timestamptz null, "rejected_at" timestamptz null, "suspended_at" timestamptz null, "banned_at" timestamptz null, "contact_name" text null, "contact_phone" text null, "address" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "organization_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organization_deleted_at" ON "organization" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_organization_uscc_unique" ON "organization" ("uscc") WHERE uscc IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organization_kind_status" ON "organization" ("kind", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organization_region_code" ON "organization" ("region_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organization_parent_id" ON "organization" ("parent_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "member" ("id" text not null, "organization_id" text not null, "actor_type" text check ("actor_type" in ('customer', 'user', 'supplier', 'bank')) not null, "actor_id" text not null, "role" text check ("role" in ('admin', 'operator', 'approver', 'viewer')) not null, "email" text not null, "name" text not null, "status" text check ("status" in ('active', 'disabled')) not null default 'active', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "member_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_member_organization_id" ON "member" ("organization_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_member_deleted_at" ON "member" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_member_actor_type_actor_id_unique" ON "member" ("actor_type", "actor_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "supplier_profile" ("id" text not null, "organization_id" text not null, "enterprise_size" text check ("enterprise_size" in ('large', 'medium', 'small', 'micro')) not null, "special_status" text check ("special_status" in ('none', 'disability_welfare_unit', 'prison_enterprise')) not null default 'none', "bank_account_name" text not null, "bank_name" text not null, "bank_account_number" text not null, "legal_representative" text null, "business_scope" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "supplier_profile_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_supplier_profile_organization_id_unique" ON "supplier_profile" ("organization_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supplier_profile_deleted_at" ON "supplier_profile" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "member" add constraint "member_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "supplier_profile" add constraint "supplier_profile_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "member" drop constraint if exists "member_organization_id_foreign";`);

    this.addSql(`alter table if exists "supplier_profile" drop constraint if exists "supplier_profile_organization_id_foreign";`);

    this.addSql(`drop table if exists "expert" cascade;`);

    this.addSql(`drop table if exists "organization" cascade;`);

    this.addSql(`drop table if exists "member" cascade;`);

    this.addSql(`drop table if exists "supplier_profile" cascade;`);
  }

}
