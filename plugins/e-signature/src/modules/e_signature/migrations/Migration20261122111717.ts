import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122111717 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "certificate" drop constraint if exists "certificate_serial_unique";`);
    this.addSql(`create table if not exists "certificate" ("id" text not null, "serial" text not null, "subject_kind" text check ("subject_kind" in ('organization', 'expert')) not null, "subject_id" text not null, "organization_id" text null, "role" text not null, "display_name" text not null, "pem" text not null, "fingerprint_sha256" text not null, "not_before" timestamptz not null, "not_after" timestamptz not null, "status" text check ("status" in ('active', 'revoked')) not null default 'active', "revoked_at" timestamptz null, "revocation_reason" text check ("revocation_reason" in ('keyCompromise', 'affiliationChanged', 'superseded', 'cessationOfOperation')) null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "certificate_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_certificate_serial_unique" ON "certificate" ("serial") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_deleted_at" ON "certificate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_subject_kind_subject_id" ON "certificate" ("subject_kind", "subject_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_organization_id" ON "certificate" ("organization_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_status_revoked_at" ON "certificate" ("status", "revoked_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "certificate" cascade;`);
  }

}
