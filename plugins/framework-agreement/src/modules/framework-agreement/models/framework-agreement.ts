import { model } from "@medusajs/framework/utils"
import { AGREEMENT_STATUSES, TERMINATION_REASONS } from "../../../domain/agreement-lifecycle"
import AgreementMembership from "./agreement-membership"

/**
 * A framework agreement (框架协议) for one lot: closed — one per shortlisted supplier, signed by
 * that supplier and the solicitor; open — one per lot, signed by the solicitor, joined by
 * suppliers' signed applications (memberships). Lifecycle: domain/agreement-lifecycle.ts.
 * The solicitation and its lot are another module's records: linked by id (link
 * `framework-agreement-solicitation`), never by foreign key. Money in integer fen.
 */
const FrameworkAgreement = model
  .define("framework_agreement", {
    id: model.id({ prefix: "fagr" }).primaryKey(),
    solicitation_id: model.text(),
    lot_id: model.text(),
    kind: model.enum(["closed", "open"]),
    /** The solicitor (agency organization) and the province whose regulator receives the filing. */
    owner_org_id: model.text(),
    region_code: model.text(),
    /** Closed: the shortlisted supplier; open: null. */
    supplier_org_id: model.text().nullable(),
    /** `{ brand, model, specification }` of the shortlisted product (closed). */
    product: model.json().nullable(),
    /** Closed: the agreement price (phase-2 ceiling); open: the fixed payment standard. */
    price_fen: model.number(),
    unit: model.text(),
    term_months: model.number(),
    phase2_methods: model.array(),
    eligible_region_codes: model.array(),
    eligible_unit_ids: model.array(),
    title: model.text(),
    /** Rendered once at generation; the signed document's text, never changed afterwards. */
    text: model.text(),
    status: model.enum([...AGREEMENT_STATUSES]).default("pending_signature"),
    shortlist_notice_at: model.dateTime(),
    signing_deadline: model.dateTime(),
    signing_warned_at: model.dateTime().nullable(),
    /** SignedRecord + the verified signer `{ serial, subject_id, display_name }`. */
    supplier_signature: model.json().nullable(),
    supplier_signed_at: model.dateTime().nullable(),
    supplier_signed_by: model.text().nullable(),
    solicitor_signature: model.json().nullable(),
    solicitor_signed_at: model.dateTime().nullable(),
    solicitor_signed_by: model.text().nullable(),
    activated_at: model.dateTime().nullable(),
    starts_at: model.dateTime().nullable(),
    ends_at: model.dateTime().nullable(),
    lapsed_at: model.dateTime().nullable(),
    lapse_fault: model.text().nullable(),
    expired_at: model.dateTime().nullable(),
    terminated_at: model.dateTime().nullable(),
    termination_reason: model.enum([...TERMINATION_REASONS]).nullable(),
    filing_due_at: model.dateTime().nullable(),
    filed_at: model.dateTime().nullable(),
    filed_by: model.text().nullable(),
    filing_acknowledged_at: model.dateTime().nullable(),
    filing_acknowledged_by: model.text().nullable(),
    filing_warned_at: model.dateTime().nullable(),
    /** Eligible purchasing units were notified (within 3 working days of signing). */
    pushed_at: model.dateTime().nullable(),
    /** Open agreements: the current public shortlist announcement (procurement-core). */
    shortlist_announcement_id: model.text().nullable(),
    generated_by: model.text(),
    memberships: model.hasMany(() => AgreementMembership, { mappedBy: "agreement" }),
  })
  .cascades({ delete: ["memberships"] })
  .indexes([
    { on: ["solicitation_id", "lot_id"] },
    { on: ["lot_id", "supplier_org_id"], unique: true, where: "supplier_org_id IS NOT NULL AND deleted_at IS NULL" },
    { on: ["status", "signing_deadline"] },
    { on: ["status", "ends_at"] },
    { on: ["owner_org_id", "status"] },
  ])

export default FrameworkAgreement
