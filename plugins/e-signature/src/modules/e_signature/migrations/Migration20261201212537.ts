import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201212537 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "identity_challenge" drop constraint if exists "identity_challenge_nonce_unique";`);
    this.addSql(`create table if not exists "identity_challenge" ("id" text not null, "expert_id" text not null, "nonce" text not null, "purpose" text not null, "issued_at" timestamptz not null, "expires_at" timestamptz not null, "consumed_at" timestamptz null, "certificate_serial" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "identity_challenge_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_identity_challenge_nonce_unique" ON "identity_challenge" ("nonce") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_identity_challenge_deleted_at" ON "identity_challenge" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_identity_challenge_expert_id_issued_at" ON "identity_challenge" ("expert_id", "issued_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "identity_challenge" cascade;`);
  }

}
