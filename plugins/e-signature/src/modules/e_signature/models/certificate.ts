import { model } from "@medusajs/framework/utils"
import { SUBJECT_KINDS } from "../../../domain/certificate-subject"
import { REVOCATION_REASONS } from "../../../domain/signed-record"

export const CERTIFICATE_STATUSES = ["active", "revoked"] as const

/**
 * A certificate the platform's issuing CA signed (public data: the private key never reaches
 * the platform). Expiry is not a status: it follows from not_after and the business clock.
 */
const Certificate = model
  .define("certificate", {
    id: model.id({ prefix: "cert" }).primaryKey(),
    /** X.509 serial, lower-case hex (what a SignedRecord names). */
    serial: model.text().unique(),
    subject_kind: model.enum([...SUBJECT_KINDS]),
    /** USCC (organization) or expert id, as written in the subject's serialNumber attribute. */
    subject_id: model.text(),
    /** Loose reference to procurement-core's organization (no foreign key across modules). */
    organization_id: model.text().nullable(),
    /** The organization kind (procurement-core) or "expert": the subject's OU. */
    role: model.text(),
    display_name: model.text(),
    pem: model.text(),
    fingerprint_sha256: model.text(),
    not_before: model.dateTime(),
    not_after: model.dateTime(),
    status: model.enum([...CERTIFICATE_STATUSES]).default("active"),
    revoked_at: model.dateTime().nullable(),
    revocation_reason: model.enum([...REVOCATION_REASONS]).nullable(),
  })
  .indexes([
    { on: ["subject_kind", "subject_id"] },
    { on: ["organization_id"] },
    { on: ["status", "revoked_at"] },
  ])

export default Certificate
