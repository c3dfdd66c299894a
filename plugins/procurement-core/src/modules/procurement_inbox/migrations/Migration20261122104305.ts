import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122104305 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "inbox_message" ("id" text not null, "recipient_actor_type" text not null, "recipient_id" text not null, "title" text not null, "body" text not null, "link" text null, "category" text not null, "read_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "inbox_message_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_inbox_message_deleted_at" ON "inbox_message" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_inbox_message_recipient_actor_type_recipient_id_read_at" ON "inbox_message" ("recipient_actor_type", "recipient_id", "read_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "inbox_message" cascade;`);
  }

}
