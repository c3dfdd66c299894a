/**
 * What a purchaser's report and the agency's decision must hold (pure; the zod validators check
 * the shape at the edge, these the rules that need the offer):
 *
 * - evidence_text: required, at most 4,000 characters;
 * - evidence_url: optional, an absolute http(s) URL of at most 2,000 characters;
 * - observed_price_fen: optional, whole fen, > 0 and below the offer's price (a report names a
 *   LOWER price seen elsewhere);
 * - target_price_fen (uphold): whole fen, > 0 and below the offer's current price;
 * - a decision needs a reason.
 */
import { InvalidValueError } from "@govmall/procurement-core/domain/domain-error"
import { MAX_OFFER_PRICE_FEN } from "./check-offer-price"

export const MAX_EVIDENCE_TEXT_LENGTH = 4_000
export const MAX_EVIDENCE_URL_LENGTH = 2_000

export function checkEvidenceText(value: unknown): string {
  const text = typeof value === "string" ? value.trim() : ""
  if (!text) {
    throw new InvalidValueError("evidence_text is required: say where the lower price was seen")
  }
  if (text.length > MAX_EVIDENCE_TEXT_LENGTH) {
    throw new InvalidValueError(`evidence_text must be at most ${MAX_EVIDENCE_TEXT_LENGTH} characters`)
  }
  return text
}

export function checkEvidenceUrl(value: unknown): string | null {
  if (value === undefined || value === null || value === "") {
    return null
  }
  const text = typeof value === "string" ? value.trim() : ""
  let url: URL | null = null
  try {
    url = new URL(text)
  } catch {
    url = null
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || !url.hostname) {
    throw new InvalidValueError(`evidence_url must be an http(s) URL, got ${JSON.stringify(value)}`)
  }
  if (text.length > MAX_EVIDENCE_URL_LENGTH) {
    throw new InvalidValueError(`evidence_url must be at most ${MAX_EVIDENCE_URL_LENGTH} characters`)
  }
  return text
}

export function checkDecisionReason(value: unknown, action: string): string {
  const text = typeof value === "string" ? value.trim() : ""
  if (!text) {
    throw new InvalidValueError(`reason is required to ${action}`)
  }
  return text
}

function requireWholeFen(value: unknown, field: string): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value)) {
    throw new InvalidValueError(`${field} must be a whole number of fen, got ${typeof value === "string" ? JSON.stringify(value) : String(value)}`)
  }
  if (value <= 0) {
    throw new InvalidValueError(`${field} must be greater than 0 fen, got ${value}`)
  }
  if (value > MAX_OFFER_PRICE_FEN) {
    throw new InvalidValueError(`${field} must be at most ${MAX_OFFER_PRICE_FEN} fen, got ${value}`)
  }
  return value
}

/** The lower price the reporter saw: optional, whole fen, > 0 and below the offer's price. */
export function checkObservedPrice(observed: unknown, offerPriceFen: number): number | null {
  if (observed === undefined || observed === null) {
    return null
  }
  const fen = requireWholeFen(observed, "observed_price_fen")
  if (fen >= offerPriceFen) {
    throw new InvalidValueError(
      `observed_price_fen ${fen} must be below the offer's price ${offerPriceFen}: a report names a lower price seen elsewhere`
    )
  }
  return fen
}

/** The price the supplier must reach: whole fen, > 0 and below the offer's current price. */
export function checkTargetPrice(target: unknown, offerPriceFen: number): number {
  const fen = requireWholeFen(target, "target_price_fen")
  if (fen >= offerPriceFen) {
    throw new InvalidValueError(
      `target_price_fen ${fen} must be below the offer's current price ${offerPriceFen}; otherwise dismiss the report`
    )
  }
  return fen
}

