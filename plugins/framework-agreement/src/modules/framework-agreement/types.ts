import type { AgreementStatus, TerminationReason } from "../../domain/agreement-lifecycle"
import type { MembershipStatus, RemovalReason } from "../../domain/membership-lifecycle"
import type { AgreementProduct } from "../../domain/agreement-document"
import type { AgreementSide } from "../../domain/agreement-signing"

/** A SignedRecord (e-signature) plus the signer the server verified. */
export type StoredSignature = {
  signature: string
  certificate_serial: string
  signed_at: string
  algorithm: string
  signer: { subject_id: string | null; display_name: string | null; serial: string | null }
}

export type AgreementDTO = {
  id: string
  solicitation_id: string
  lot_id: string
  kind: "closed" | "open"
  owner_org_id: string
  region_code: string
  supplier_org_id: string | null
  product: AgreementProduct | null
  price_fen: number
  unit: string
  term_months: number
  phase2_methods: string[]
  eligible_region_codes: string[]
  eligible_unit_ids: string[]
  title: string
  text: string
  status: AgreementStatus
  shortlist_notice_at: Date
  signing_deadline: Date
  signing_warned_at: Date | null
  supplier_signature: StoredSignature | null
  supplier_signed_at: Date | null
  supplier_signed_by: string | null
  solicitor_signature: StoredSignature | null
  solicitor_signed_at: Date | null
  solicitor_signed_by: string | null
  activated_at: Date | null
  starts_at: Date | null
  ends_at: Date | null
  lapsed_at: Date | null
  lapse_fault: string | null
  expired_at: Date | null
  terminated_at: Date | null
  termination_reason: TerminationReason | null
  filing_due_at: Date | null
  filed_at: Date | null
  filed_by: string | null
  filing_acknowledged_at: Date | null
  filing_acknowledged_by: string | null
  filing_warned_at: Date | null
  pushed_at: Date | null
  shortlist_announcement_id: string | null
  generated_by: string
  created_at: Date
  memberships?: MembershipDTO[]
}

export type MembershipDTO = {
  id: string
  agreement_id: string
  supplier_org_id: string
  status: MembershipStatus
  product: AgreementProduct | null
  price_fen: number
  application_signature: StoredSignature | null
  applied_at: Date | null
  review_due_at: Date | null
  approved_at: Date | null
  rejected_at: Date | null
  reject_reason: string | null
  removed_at: Date | null
  removal_reason: RemovalReason | null
  removal_note: string | null
  left_at: Date | null
  leave_reason: string | null
  decided_by: string | null
  created_at: Date
}

export type GenerateAgreementsInput = {
  solicitation_id: string
  lot_id: string
  kind: "closed" | "open"
  owner_org_id: string
  region_code: string
  unit: string
  term_months: number
  phase2_methods: string[]
  eligible_region_codes: string[]
  eligible_unit_ids: string[]
  shortlist_notice_at: Date
  signing_deadline: Date
  agreements: Array<{
    supplier_org_id: string | null
    product: AgreementProduct | null
    price_fen: number
    title: string
    text: string
  }>
}

export type SignAgreementInput = {
  side: AgreementSide
  signature: StoredSignature
  /** The party's organization (supplier / agency) and the acting member. */
  signed_by: string
}

export const AGREEMENT_TRANSITION_FIELDS = [
  "status", "signing_warned_at", "supplier_signature", "supplier_signed_at", "supplier_signed_by", "solicitor_signature",
  "solicitor_signed_at", "solicitor_signed_by", "activated_at", "starts_at", "ends_at", "lapsed_at", "lapse_fault",
  "expired_at", "terminated_at", "termination_reason", "filing_due_at", "filed_at", "filed_by", "filing_acknowledged_at",
  "filing_acknowledged_by", "filing_warned_at", "pushed_at", "shortlist_announcement_id",
] as const

export const MEMBERSHIP_TRANSITION_FIELDS = [
  "status", "approved_at", "rejected_at", "reject_reason", "removed_at", "removal_reason", "removal_note", "left_at",
  "leave_reason", "decided_by",
] as const

export type AgreementState = Partial<Record<(typeof AGREEMENT_TRANSITION_FIELDS)[number], unknown>>
export type MembershipState = Partial<Record<(typeof MEMBERSHIP_TRANSITION_FIELDS)[number], unknown>>
