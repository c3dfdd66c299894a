import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201181432 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "emall_order" add column if not exists "offer_quantities" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "emall_order" drop column if exists "offer_quantities";`);
  }

}
