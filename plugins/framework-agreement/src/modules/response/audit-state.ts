import { digestOf } from "@govmall/procurement-core/domain/canonical-json"
import type { ResponseDTO } from "./types"

/**
 * The state whose digest goes into the audit log. The envelope enters as its SHA-256 only (the
 * digest is what the supplier signed over); there is no price in clear before the opening, and
 * afterwards the opened price is part of the state.
 */
export function responseAuditState(r: ResponseDTO) {
  return {
    id: r.id,
    solicitation_id: r.solicitation_id,
    lot_id: r.lot_id,
    supplier_org_id: r.supplier_org_id,
    status: r.status,
    brand: r.brand,
    product_model: r.product_model,
    specification: r.specification,
    catalog_product_id: r.catalog_product_id ?? null,
    qualification_document_ids: r.qualification_document_ids ?? [],
    warranty_months: r.warranty_months,
    delivery_days: r.delivery_days,
    envelope_sha256: digestOf(r.envelope),
    signature: r.signature,
    signer_uscc: r.signer_uscc ?? null,
    foreign_certificate: r.foreign_certificate,
    client_ip: r.client_ip ?? null,
    device_fingerprint: r.device_fingerprint ?? null,
    mac: r.mac ?? null,
    deposit_id: r.deposit_id ?? null,
    submitted_at: r.submitted_at,
    withdrawn_at: r.withdrawn_at ?? null,
    replaced_by_id: r.replaced_by_id ?? null,
    opened_at: r.opened_at ?? null,
    price_fen: r.price_fen ?? null,
    status_reason: r.status_reason ?? null,
    decided_at: r.decided_at ?? null,
  }
}
