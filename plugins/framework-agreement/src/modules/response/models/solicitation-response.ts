import { model } from "@medusajs/framework/utils"
import { RESPONSE_STATUSES } from "../../../domain/response-lifecycle"

/**
 * A supplier's response (响应文件) to one lot. The clear part (product offered, qualification
 * documents) is readable; the sealed part (prices, consumables prices, quality answers) is only
 * `envelope`, sealed to the supplier's own certificate (ADR 0007): nothing on the server can
 * decrypt it until the supplier releases `content_key` at the opening. Who submitted it from
 * where (IP, device, certificate) is captured at submission for the collusion clues — it
 * cannot be added later. The solicitation is referenced by `solicitation_id` through a
 * read-only Medusa link (src/links), not a foreign key.
 */
const SolicitationResponse = model
  .define("solicitation_response", {
    id: model.id({ prefix: "resp" }).primaryKey(),
    solicitation_id: model.text(),
    lot_id: model.text(),
    supplier_org_id: model.text(),
    /** The submitting organization's USCC from the platform's records (not from the request). */
    supplier_uscc: model.text(),
    status: model.enum([...RESPONSE_STATUSES]).default("submitted"),
    // Clear fields (validated on submission).
    brand: model.text(),
    product_model: model.text(),
    specification: model.text(),
    catalog_product_id: model.text().nullable(),
    qualification_document_ids: model.array(),
    warranty_months: model.number(),
    delivery_days: model.number(),
    // Sealed part and its signature.
    envelope: model.json(),
    /** The SignedRecord `{ signature, certificate_serial, signed_at, algorithm }` over responseSigningPayload. */
    signature: model.json(),
    certificate_serial: model.text(),
    /** Subject USCC of the signing certificate, as verified at submission. */
    signer_uscc: model.text().nullable(),
    /** Signed with a certificate of another party (accepted, flagged, disqualified at opening). */
    foreign_certificate: model.boolean().default(false),
    // Captured at submission for the collusion clues.
    client_ip: model.text().nullable(),
    device_fingerprint: model.text().nullable(),
    mac: model.text().nullable(),
    deposit_id: model.text().nullable(),
    submitted_at: model.dateTime(),
    submitted_by: model.text(),
    withdrawn_at: model.dateTime().nullable(),
    /** The response that replaced this one before the deadline / the one this replaces. */
    replaced_by_id: model.text().nullable(),
    replaces_id: model.text().nullable(),
    // The opening.
    /** The one envelope's AES key, released by the supplier at the opening (never before). */
    content_key: model.text().nullable(),
    opened_at: model.dateTime().nullable(),
    opened_content: model.json().nullable(),
    price_fen: model.number().nullable(),
    /** The signature verdict at the opening (reasons, signer, foreign certificate). */
    opening_verdict: model.json().nullable(),
    /** invalid / disqualified reason code (response-lifecycle.ts) and its detail. */
    status_reason: model.text().nullable(),
    status_detail: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
  })
  .indexes([
    // One live response per supplier per lot (the service checks first; this is the backstop).
    {
      name: "IDX_solicitation_response_live_unique",
      on: ["solicitation_id", "lot_id", "supplier_org_id"],
      unique: true,
      where: "status = 'submitted' AND deleted_at IS NULL",
    },
    { on: ["solicitation_id", "status"] },
    { on: ["supplier_org_id", "solicitation_id"] },
  ])

export default SolicitationResponse
