import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201181630 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "price_report" drop constraint if exists "price_report_offer_id_reporter_org_id_unique";`);
    this.addSql(`alter table if exists "price_report" add column if not exists "supplier_org_id" text not null, add column if not exists "reported_price_fen" integer not null, add column if not exists "target_price_fen" integer null, add column if not exists "resolved_price_fen" integer null, add column if not exists "expired_at" timestamptz null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_price_report_supplier_org_id_status" ON "price_report" ("supplier_org_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_price_report_reporter_org_id_status" ON "price_report" ("reporter_org_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_price_report_offer_id_reporter_org_id_unique" ON "price_report" ("offer_id", "reporter_org_id") WHERE status IN ('open', 'upheld') AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_price_report_supplier_org_id_status";`);
    this.addSql(`drop index if exists "IDX_price_report_reporter_org_id_status";`);
    this.addSql(`drop index if exists "IDX_price_report_offer_id_reporter_org_id_unique";`);
    this.addSql(`alter table if exists "price_report" drop column if exists "supplier_org_id", drop column if exists "reported_price_fen", drop column if exists "target_price_fen", drop column if exists "resolved_price_fen", drop column if exists "expired_at";`);
  }

}
