import { digestOf } from "@govmall/procurement-core/domain/canonical-json"
import type { DepositDTO, OpeningDTO, ResponseDTO } from "../../modules/response/types"

const clear = (r: ResponseDTO) => ({
  brand: r.brand,
  product_model: r.product_model,
  specification: r.specification,
  catalog_product_id: r.catalog_product_id ?? null,
  qualification_document_ids: r.qualification_document_ids ?? [],
  warranty_months: r.warranty_months,
  delivery_days: r.delivery_days,
})

/**
 * Staff view while the opening is not closed: that a response exists, whose, for which lot and
 * when — never a price, never the envelope, and not even the outcome of a response already
 * decrypted in the window (a disqualification would tell its price is above the ceiling; ADR
 * 0007: reveal nothing opened until the window closes). `key_released` says who has decrypted.
 */
export function sealedResponseView(r: ResponseDTO) {
  return {
    id: r.id,
    solicitation_id: r.solicitation_id,
    lot_id: r.lot_id,
    supplier_org_id: r.supplier_org_id,
    status: r.status === "withdrawn" ? "withdrawn" : "submitted",
    submitted_at: r.submitted_at,
    withdrawn_at: r.withdrawn_at ?? null,
    replaced_by_id: r.replaced_by_id ?? null,
    key_released: r.content_key !== null && r.content_key !== undefined,
    sealed: true as const,
  }
}

/** Staff view after the opening closed: the opened content, the outcome and the captured data. */
export function openedResponseView(r: ResponseDTO) {
  return {
    ...sealedResponseView(r),
    status: r.status,
    sealed: false as const,
    supplier_uscc: r.supplier_uscc,
    ...clear(r),
    price_fen: r.price_fen ?? null,
    opened_content: r.opened_content ?? null,
    opened_at: r.opened_at ?? null,
    status_reason: r.status_reason ?? null,
    status_detail: r.status_detail ?? null,
    certificate_serial: r.certificate_serial,
    signer_uscc: r.signer_uscc ?? null,
    foreign_certificate: r.foreign_certificate,
    opening_verdict: r.opening_verdict ?? null,
    envelope_sha256: digestOf(r.envelope),
    client_ip: r.client_ip ?? null,
    device_fingerprint: r.device_fingerprint ?? null,
    mac: r.mac ?? null,
    deposit_id: r.deposit_id ?? null,
  }
}

/** The supplier's own response: everything it sent (clear fields, envelope, signature) and its outcome. */
export function ownResponseView(r: ResponseDTO) {
  return {
    id: r.id,
    solicitation_id: r.solicitation_id,
    lot_id: r.lot_id,
    status: r.status,
    plaintext: clear(r),
    envelope: r.envelope,
    signature: r.signature,
    foreign_certificate: r.foreign_certificate,
    submitted_at: r.submitted_at,
    withdrawn_at: r.withdrawn_at ?? null,
    replaced_by_id: r.replaced_by_id ?? null,
    replaces_id: r.replaces_id ?? null,
    deposit_id: r.deposit_id ?? null,
    opened_at: r.opened_at ?? null,
    price_fen: r.price_fen ?? null,
    status_reason: r.status_reason ?? null,
    status_detail: r.status_detail ?? null,
  }
}

export function depositView(d: DepositDTO) {
  return {
    id: d.id,
    solicitation_id: d.solicitation_id,
    lot_id: d.lot_id,
    amount_fen: d.amount_fen,
    payment_id: d.payment_id,
    paying_account: d.paying_account,
    paid_at: d.paid_at,
    status: d.status,
    refund_due_at: d.refund_due_at ?? null,
    refunded_at: d.refunded_at ?? null,
  }
}

export function openingView(o: OpeningDTO | null) {
  if (!o) return null
  return {
    id: o.id,
    solicitation_id: o.solicitation_id,
    opened_at: o.opened_at,
    window_closes_at: o.window_closes_at,
    closed_at: o.closed_at ?? null,
    invalid_count: o.invalid_count,
    clue_count: o.clue_count,
    clues: o.closed_at ? o.clues ?? [] : null,
  }
}
