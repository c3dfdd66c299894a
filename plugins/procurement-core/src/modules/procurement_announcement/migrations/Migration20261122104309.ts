import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122104309 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "announcement" ("id" text not null, "type" text check ("type" in ('procurement_intention', 'solicitation_notice', 'clarification', 'shortlist', 'award_result', 'contract', 'summary')) not null, "title" text not null, "body" text not null, "related_type" text null, "related_id" text null, "region_code" text null, "status" text check ("status" in ('draft', 'published', 'withdrawn')) not null default 'draft', "published_at" timestamptz null, "withdrawn_at" timestamptz null, "withdraw_reason" text null, "created_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "announcement_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_announcement_deleted_at" ON "announcement" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_announcement_status_published_at" ON "announcement" ("status", "published_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_announcement_type_status" ON "announcement" ("type", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_announcement_region_code_status" ON "announcement" ("region_code", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_announcement_related_type_related_id" ON "announcement" ("related_type", "related_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "announcement" cascade;`);
  }

}
