import type { ResponseStatus } from "../../domain/response-lifecycle"
import type { CollusionClue } from "../../domain/collusion-clues"
import type { OpeningOutcome } from "../../domain/open-response"

export type ResponseModuleOptions = {
  /** Minutes suppliers have to release their content keys after the agency opens (default 60). */
  openingWindowMinutes?: number
}

export type ClearFields = {
  brand: string
  product_model: string
  specification: string
  catalog_product_id: string | null
  qualification_document_ids: string[]
  warranty_months: number
  delivery_days: number
}

export type SignedRecordJson = { signature: string; certificate_serial: string; signed_at: string; algorithm?: string }

export type SubmitResponseInput = ClearFields & {
  solicitation_id: string
  lot_id: string
  /** The lot's deposit from the plan (fen); > 0 means a paid deposit is required. */
  lot_deposit_fen: number
  supplier_org_id: string
  supplier_uscc: string
  envelope: Record<string, unknown>
  signature: SignedRecordJson
  signer_uscc: string | null
  foreign_certificate: boolean
  client_ip: string | null
  device_fingerprint: string | null
  mac: string | null
  /** Set when this submission replaces the supplier's live response (withdrawn in the same transaction). */
  replaces_id?: string | null
}

export type ResponseDTO = ClearFields & {
  id: string
  solicitation_id: string
  lot_id: string
  supplier_org_id: string
  supplier_uscc: string
  status: ResponseStatus
  envelope: Record<string, unknown>
  signature: SignedRecordJson
  certificate_serial: string
  signer_uscc: string | null
  foreign_certificate: boolean
  client_ip: string | null
  device_fingerprint: string | null
  mac: string | null
  deposit_id: string | null
  submitted_at: Date
  submitted_by: string
  withdrawn_at: Date | null
  replaced_by_id: string | null
  replaces_id: string | null
  content_key: string | null
  opened_at: Date | null
  opened_content: Record<string, unknown> | null
  price_fen: number | null
  opening_verdict: Record<string, unknown> | null
  status_reason: string | null
  status_detail: string | null
  decided_at: Date | null
  created_at: Date
}

export type OpeningDTO = {
  id: string
  solicitation_id: string
  opened_at: Date
  opened_by: string
  window_closes_at: Date
  closed_at: Date | null
  closed_by: string | null
  clues: CollusionClue[] | null
  clue_count: number
  invalid_count: number
}

export type DepositDTO = {
  id: string
  solicitation_id: string
  lot_id: string
  supplier_org_id: string
  amount_fen: number
  payment_id: string
  paying_account: string
  paid_at: Date
  paid_by: string
  status: "paid" | "refunded"
  refund_due_at: Date | null
  refunded_at: Date | null
}

/** What the opening of one response recorded (the workflow decided it from the decrypted content). */
export type RecordOpeningInput = {
  content_key: string
  opened_content: Record<string, unknown>
  verdict: Record<string, unknown>
  outcome: OpeningOutcome
}
