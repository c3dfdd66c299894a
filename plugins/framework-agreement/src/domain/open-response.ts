/**
 * What opening one sealed response amounts to (see response-lifecycle.ts and the issue: "at the
 * opening time the responses are opened (decrypted and signature-verified); a response whose
 * signature fails or whose certificate belongs to another party is flagged"; "a price above the
 * ceiling found at opening disqualifies the response with the reason recorded").
 *
 * In order:
 * 1. Not decrypted yet: still `submitted` until the opening window closes, then `invalid`
 *    (not_decrypted_in_window) — in Chinese practice each supplier decrypts its own response,
 *    and one it fails to decrypt in the window is void.
 * 2. Decrypted but the signature does not verify: `invalid` (signature_unverifiable) — nobody
 *    can say who made the file.
 * 3. Signed with a certificate whose subject USCC is not the supplier's: `disqualified`
 *    (foreign_certificate); collusion-clues.ts reports it to the panel and regulator as well.
 * 4. The sealed price is re-checked, since the client's check before sealing cannot be trusted:
 *    not a whole number of fen above 0 → `disqualified` (not_substantively_responsive); above
 *    the lot's maximum unit price → `disqualified` (price_above_ceiling).
 * 5. Otherwise `opened`, for the panel.
 *
 * A `disqualified` outcome is recorded as two lifecycle steps, submitted → opened →
 * disqualified: the response was opened (its content is on record), then judged.
 */
import { InvalidValueError } from "@govmall/procurement-core/domain/domain-error"
import { fenToYuan, type Fen } from "@govmall/procurement-core/domain/money"
import type { DisqualifyReason, InvalidReason } from "./response-lifecycle"

export type OpeningInput = {
  now: Date
  /** End of the opening window in which suppliers decrypt. */
  window_closes_at: Date
  /** Null while the supplier has not decrypted its response. */
  decrypted: null | {
    signature_valid: boolean
    signer_uscc: string
    /** The decrypted price, unchecked. */
    price_fen: unknown
  }
  supplier_uscc: string
  ceiling_fen: Fen
}

export type OpeningOutcome =
  | { status: "submitted" }
  | { status: "invalid"; reason: InvalidReason }
  | { status: "disqualified"; reason: DisqualifyReason; detail: string }
  | { status: "opened"; price_fen: Fen }

const normalizeUscc = (value: string) => value.trim().toUpperCase()

export function decideOpening(input: OpeningInput): OpeningOutcome {
  for (const [label, value] of [["now", input.now], ["window_closes_at", input.window_closes_at]] as const) {
    if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
      throw new InvalidValueError(`${label} must be a valid Date`)
    }
  }
  const opened = input.decrypted
  if (opened === null) {
    return input.now.getTime() < input.window_closes_at.getTime()
      ? { status: "submitted" }
      : { status: "invalid", reason: "not_decrypted_in_window" }
  }
  if (!opened.signature_valid) {
    return { status: "invalid", reason: "signature_unverifiable" }
  }
  if (normalizeUscc(opened.signer_uscc) !== normalizeUscc(input.supplier_uscc)) {
    return {
      status: "disqualified",
      reason: "foreign_certificate",
      detail: `signed with the certificate of ${normalizeUscc(opened.signer_uscc)}, not of the supplier ${normalizeUscc(input.supplier_uscc)}`,
    }
  }
  const price = opened.price_fen
  if (typeof price !== "number" || !Number.isSafeInteger(price) || price <= 0) {
    return {
      status: "disqualified",
      reason: "not_substantively_responsive",
      detail: `the sealed price is not a whole number of fen above 0: ${JSON.stringify(price) ?? String(price)}`,
    }
  }
  if (price > input.ceiling_fen) {
    return {
      status: "disqualified",
      reason: "price_above_ceiling",
      detail: `price ¥${fenToYuan(price)} exceeds the maximum unit price ¥${fenToYuan(input.ceiling_fen)}`,
    }
  }
  return { status: "opened", price_fen: price }
}
