import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122113743 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "emall_order" drop constraint if exists "emall_order_order_id_unique";`);
    this.addSql(`create table if not exists "emall_order" ("id" text not null, "order_id" text not null, "supplier_org_id" text not null, "purchasing_unit_org_id" text null, "customer_id" text null, "cart_id" text null, "offer_ids" text[] not null, "total_fen" integer not null, "status" text check ("status" in ('pending_confirmation', 'confirmed', 'declined', 'cancelled')) not null default 'pending_confirmation', "confirm_by" timestamptz not null, "confirmed_at" timestamptz null, "declined_at" timestamptz null, "cancelled_at" timestamptz null, "reason" text null, "decided_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "emall_order_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_emall_order_deleted_at" ON "emall_order" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_emall_order_order_id_unique" ON "emall_order" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_emall_order_supplier_org_id_status" ON "emall_order" ("supplier_org_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_emall_order_purchasing_unit_org_id_status" ON "emall_order" ("purchasing_unit_org_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_emall_order_status_confirm_by" ON "emall_order" ("status", "confirm_by") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "emall_order" cascade;`);
  }

}
