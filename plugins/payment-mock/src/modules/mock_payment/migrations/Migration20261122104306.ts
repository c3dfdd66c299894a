import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122104306 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "mock_payment_transaction" drop constraint if exists "mock_payment_transaction_idempotency_key_unique";`);
    this.addSql(`create table if not exists "mock_payment_transaction" ("id" text not null, "channel" text check ("channel" in ('treasury', 'official_card')) not null, "purpose" text check ("purpose" in ('deposit', 'prepayment', 'balance', 'other')) not null, "reference_type" text not null, "reference_id" text not null, "payer" text not null, "amount_fen" numeric not null, "authorized_fen" numeric not null default 0, "captured_fen" numeric not null default 0, "refunded_fen" numeric not null default 0, "status" text check ("status" in ('pending', 'requires_more', 'authorized', 'declined', 'partially_captured', 'captured', 'partially_refunded', 'refunded', 'canceled')) not null default 'pending', "idempotency_key" text not null, "next_step" text check ("next_step" in ('bank_confirmation', 'finance_approval')) null, "decline_code" text null, "decline_reason" text null, "card_last4" text null, "budget_indicator_code" text null, "operations" jsonb not null, "metadata" jsonb null, "authorized_at" timestamptz null, "declined_at" timestamptz null, "captured_at" timestamptz null, "refunded_at" timestamptz null, "canceled_at" timestamptz null, "raw_amount_fen" jsonb not null, "raw_authorized_fen" jsonb not null default '{"value":"0","precision":20}', "raw_captured_fen" jsonb not null default '{"value":"0","precision":20}', "raw_refunded_fen" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mock_payment_transaction_pkey" primary key ("id"), constraint mock_payment_transaction_captured_le_authorized check (captured_fen <= authorized_fen), constraint mock_payment_transaction_refunded_le_captured check (refunded_fen <= captured_fen));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mock_payment_transaction_idempotency_key_unique" ON "mock_payment_transaction" ("idempotency_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mock_payment_transaction_deleted_at" ON "mock_payment_transaction" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mock_payment_transaction_reference_type_reference_id" ON "mock_payment_transaction" ("reference_type", "reference_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mock_payment_transaction_payer" ON "mock_payment_transaction" ("payer") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mock_payment_transaction_status" ON "mock_payment_transaction" ("status") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "mock_payment_transaction" cascade;`);
  }

}
