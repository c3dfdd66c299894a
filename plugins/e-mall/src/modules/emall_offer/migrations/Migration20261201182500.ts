import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The catalog list's offer summary on `catalog_entry` (lowest approved price, number of approved
 * offers), kept exact by triggers in the writing transaction (docs/adr/0006): the list is then one
 * index range scan in price order instead of an aggregate over every product's offers.
 */
export class Migration20261201182500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "catalog_entry" add column if not exists "lowest_price_fen" integer null, add column if not exists "offer_count" integer not null default 0;`)

    // BEFORE trigger: every written entry carries the summary of its product's approved offers.
    // A VOLATILE plpgsql function takes a fresh snapshot per statement under READ COMMITTED, so
    // after waiting for a concurrent writer's row lock it counts that writer's committed offers.
    this.addSql(`CREATE OR REPLACE FUNCTION "emall_catalog_entry_offer_summary"() RETURNS trigger LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  SELECT min(o."price_fen"), count(*)::int INTO NEW."lowest_price_fen", NEW."offer_count"
  FROM "offer" o
  WHERE o."product_id" = NEW."product_id" AND o."status" = 'approved' AND o."deleted_at" IS NULL;
  RETURN NEW;
END $$;`)
    this.addSql(`DROP TRIGGER IF EXISTS "catalog_entry_offer_summary" ON "catalog_entry";`)
    this.addSql(`CREATE TRIGGER "catalog_entry_offer_summary" BEFORE INSERT OR UPDATE ON "catalog_entry"
  FOR EACH ROW EXECUTE FUNCTION "emall_catalog_entry_offer_summary"();`)

    // Offer writes that change what is approved or its price rewrite the product's entry (the
    // BEFORE trigger above recomputes it); stock changes of a purchase do not.
    this.addSql(`CREATE OR REPLACE FUNCTION "emall_offer_touch_catalog_entry"() RETURNS trigger LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "catalog_entry" SET "offer_count" = "offer_count" WHERE "product_id" = OLD."product_id" AND "deleted_at" IS NULL;
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW."product_id" IS DISTINCT FROM OLD."product_id") THEN
    UPDATE "catalog_entry" SET "offer_count" = "offer_count" WHERE "product_id" = NEW."product_id" AND "deleted_at" IS NULL;
  END IF;
  RETURN NULL;
END $$;`)
    this.addSql(`DROP TRIGGER IF EXISTS "offer_catalog_summary_insert" ON "offer";`)
    this.addSql(`DROP TRIGGER IF EXISTS "offer_catalog_summary_update" ON "offer";`)
    this.addSql(`DROP TRIGGER IF EXISTS "offer_catalog_summary_delete" ON "offer";`)
    this.addSql(`CREATE TRIGGER "offer_catalog_summary_insert" AFTER INSERT ON "offer"
  FOR EACH ROW WHEN (NEW."status" = 'approved' AND NEW."deleted_at" IS NULL)
  EXECUTE FUNCTION "emall_offer_touch_catalog_entry"();`)
    this.addSql(`CREATE TRIGGER "offer_catalog_summary_update" AFTER UPDATE ON "offer"
  FOR EACH ROW WHEN ((OLD."status" = 'approved' OR NEW."status" = 'approved') AND (
    OLD."price_fen" IS DISTINCT FROM NEW."price_fen" OR OLD."status" IS DISTINCT FROM NEW."status"
    OR OLD."deleted_at" IS DISTINCT FROM NEW."deleted_at" OR OLD."product_id" IS DISTINCT FROM NEW."product_id"))
  EXECUTE FUNCTION "emall_offer_touch_catalog_entry"();`)
    this.addSql(`CREATE TRIGGER "offer_catalog_summary_delete" AFTER DELETE ON "offer"
  FOR EACH ROW WHEN (OLD."status" = 'approved')
  EXECUTE FUNCTION "emall_offer_touch_catalog_entry"();`)

    this.addSql(`UPDATE "catalog_entry" SET "offer_count" = "offer_count";`)

    // The unfiltered list and its capped count: price order, sales channels readable from the
    // index (index-only count).
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_listed_price" ON "catalog_entry" ("lowest_price_fen", "product_id") INCLUDE ("sales_channel_ids")
  WHERE "deleted_at" IS NULL AND "offer_count" > 0 AND "product_status" = 'published';`)
    // The offer-filter path: approved offers in price order (the page walks it and stops), and
    // per product (the "no cheaper matching offer" probe), both readable without the heap for
    // the region filter.
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_offer_approved_price" ON "offer" ("price_fen", "product_id", "id") INCLUDE ("delivery_region_codes")
  WHERE "status" = 'approved' AND "deleted_at" IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_offer_approved_product_price" ON "offer" ("product_id", "price_fen", "id") INCLUDE ("delivery_region_codes")
  WHERE "status" = 'approved' AND "deleted_at" IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_offer_approved_product_price";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_offer_approved_price";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_catalog_entry_listed_price";`)
    this.addSql(`DROP TRIGGER IF EXISTS "offer_catalog_summary_insert" ON "offer";`)
    this.addSql(`DROP TRIGGER IF EXISTS "offer_catalog_summary_update" ON "offer";`)
    this.addSql(`DROP TRIGGER IF EXISTS "offer_catalog_summary_delete" ON "offer";`)
    this.addSql(`DROP FUNCTION IF EXISTS "emall_offer_touch_catalog_entry"();`)
    this.addSql(`DROP TRIGGER IF EXISTS "catalog_entry_offer_summary" ON "catalog_entry";`)
    this.addSql(`DROP FUNCTION IF EXISTS "emall_catalog_entry_offer_summary"();`)
    this.addSql(`alter table if exists "catalog_entry" drop column if exists "offer_count", drop column if exists "lowest_price_fen";`)
  }
}
