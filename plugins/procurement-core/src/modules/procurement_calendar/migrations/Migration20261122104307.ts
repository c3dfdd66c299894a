import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122104307 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "calendar_override" drop constraint if exists "calendar_override_date_unique";`);
    this.addSql(`create table if not exists "calendar_override" ("id" text not null, "date" text not null, "is_working_day" boolean not null, "name" text null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "calendar_override_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_calendar_override_date_unique" ON "calendar_override" ("date") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_calendar_override_deleted_at" ON "calendar_override" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "calendar_override" cascade;`);
  }

}
