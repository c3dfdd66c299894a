import { model } from "@medusajs/framework/utils"
import { MEMBERSHIP_STATUSES, REMOVAL_REASONS } from "../../../domain/membership-lifecycle"
import FrameworkAgreement from "./framework-agreement"

/**
 * One supplier's membership (入围资格) in an agreement. Closed: created `active` when the
 * supplier's agreement is signed. Open: created `applied` by a signed application, reviewed
 * within 7 working days. A new application after leaving or rejection is a new row, so the
 * history (and a removal, which bars rejoining) stays. Lifecycle: domain/membership-lifecycle.ts.
 */
const AgreementMembership = model
  .define("framework_agreement_membership", {
    id: model.id({ prefix: "fmem" }).primaryKey(),
    supplier_org_id: model.text(),
    status: model.enum([...MEMBERSHIP_STATUSES]),
    product: model.json().nullable(),
    price_fen: model.number(),
    /** Open: the signed application (SignedRecord + verified signer). */
    application_signature: model.json().nullable(),
    applied_at: model.dateTime().nullable(),
    review_due_at: model.dateTime().nullable(),
    approved_at: model.dateTime().nullable(),
    rejected_at: model.dateTime().nullable(),
    reject_reason: model.text().nullable(),
    removed_at: model.dateTime().nullable(),
    removal_reason: model.enum([...REMOVAL_REASONS]).nullable(),
    removal_note: model.text().nullable(),
    left_at: model.dateTime().nullable(),
    leave_reason: model.text().nullable(),
    decided_by: model.text().nullable(),
    agreement: model.belongsTo(() => FrameworkAgreement, { mappedBy: "memberships" }),
  })
  .indexes([
    { on: ["agreement_id", "supplier_org_id"] },
    { on: ["supplier_org_id", "status"] },
  ])

export default AgreementMembership
