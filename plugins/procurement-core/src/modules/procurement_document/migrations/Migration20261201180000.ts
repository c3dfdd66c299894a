import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Private documents: metadata (`document`) and bytes (`document_content`, bytea). A deferred
 * constraint trigger refuses to commit a document row without its bytes, or bytes whose length
 * differs from `size_bytes`: even a caller that bypasses the service cannot leave a
 * half-written document behind (ADR 0005).
 */
export class Migration20261201180000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "document" ("id" text not null, "owner_organization_id" text not null, "kind" text not null, "title" text null, "filename" text not null, "content_type" text not null, "size_bytes" integer not null, "sha256" text not null, "uploaded_by_actor_type" text not null, "uploaded_by_actor_id" text not null, "related_type" text null, "related_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "document_pkey" primary key ("id"), constraint "document_size_bytes_positive" check ("size_bytes" > 0), constraint "document_sha256_hex" check ("sha256" ~ '^[0-9a-f]{64}$'));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_document_deleted_at" ON "document" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_document_owner_organization_id_kind" ON "document" ("owner_organization_id", "kind") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_document_related_type_related_id" ON "document" ("related_type", "related_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_document_sha256" ON "document" ("sha256") WHERE deleted_at IS NULL;`)
    this.addSql(`create table if not exists "document_content" ("document_id" text not null, "content" bytea not null, constraint "document_content_pkey" primary key ("document_id"), constraint "document_content_document_id_foreign" foreign key ("document_id") references "document" ("id") on delete cascade);`)
    this.addSql(`
      CREATE OR REPLACE FUNCTION document_has_content() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF NOT EXISTS (
          SELECT 1 FROM "document_content" c
          WHERE c."document_id" = NEW."id" AND octet_length(c."content") = NEW."size_bytes"
        ) THEN
          RAISE EXCEPTION 'document % has no content of % bytes', NEW."id", NEW."size_bytes";
        END IF;
        RETURN NULL;
      END $fn$;`)
    this.addSql(`DROP TRIGGER IF EXISTS "document_has_content" ON "document";`)
    this.addSql(`CREATE CONSTRAINT TRIGGER "document_has_content" AFTER INSERT ON "document" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION document_has_content();`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "document_content" cascade;`)
    this.addSql(`drop table if exists "document" cascade;`)
    this.addSql(`drop function if exists document_has_content();`)
  }
}
