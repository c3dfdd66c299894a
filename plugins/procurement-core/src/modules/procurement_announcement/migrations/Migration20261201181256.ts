import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201181256 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "announcement" add column if not exists "organization_id" text null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_announcement_organization_id_status" ON "announcement" ("organization_id", "status") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_announcement_organization_id_status";`);
    this.addSql(`alter table if exists "announcement" drop column if exists "organization_id";`);
  }

}
