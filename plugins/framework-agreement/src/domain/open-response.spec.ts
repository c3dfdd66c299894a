import { describe, expect, it } from "vitest"
import { decideOpening, type OpeningInput, type OpeningOutcome } from "./open-response"
import { canTransitionResponse } from "./response-lifecycle"

const SUPPLIER = "91110108700000001A"
const base: OpeningInput = {
  now: new Date("2026-03-20T02:10:00Z"),
  window_closes_at: new Date("2026-03-20T02:30:00Z"),
  decrypted: { signature_valid: true, signer_uscc: SUPPLIER, price_fen: 388_800 },
  supplier_uscc: SUPPLIER,
  ceiling_fen: 400_000,
}
const afterWindow = new Date("2026-03-20T02:30:00Z")

describe("decideOpening", () => {
  it.each<[string, Partial<OpeningInput>, OpeningOutcome]>([
    ["a valid response at or below the ceiling", {}, { status: "opened", price_fen: 388_800 }],
    ["a price exactly at the ceiling", { decrypted: { ...base.decrypted!, price_fen: 400_000 } }, { status: "opened", price_fen: 400_000 }],
    ["a certificate subject differing only in case and blanks", { decrypted: { ...base.decrypted!, signer_uscc: ` ${SUPPLIER.toLowerCase()} ` } }, { status: "opened", price_fen: 388_800 }],
    ["not decrypted, window open", { decrypted: null }, { status: "submitted" }],
    ["not decrypted when the window closes", { decrypted: null, now: afterWindow }, { status: "invalid", reason: "not_decrypted_in_window" }],
    ["a signature that does not verify", { decrypted: { ...base.decrypted!, signature_valid: false } }, { status: "invalid", reason: "signature_unverifiable" }],
    [
      "another party's certificate",
      { decrypted: { ...base.decrypted!, signer_uscc: "91370100700000002B" } },
      { status: "disqualified", reason: "foreign_certificate", detail: `signed with the certificate of 91370100700000002B, not of the supplier ${SUPPLIER}` },
    ],
    [
      "a price above the ceiling",
      { decrypted: { ...base.decrypted!, price_fen: 400_001 } },
      { status: "disqualified", reason: "price_above_ceiling", detail: "price ¥4000.01 exceeds the maximum unit price ¥4000.00" },
    ],
    [
      "a negative price",
      { decrypted: { ...base.decrypted!, price_fen: -1 } },
      { status: "disqualified", reason: "not_substantively_responsive", detail: "the sealed price is not a whole number of fen above 0: -1" },
    ],
    [
      "a price that is not a number",
      { decrypted: { ...base.decrypted!, price_fen: "3888" } },
      { status: "disqualified", reason: "not_substantively_responsive", detail: 'the sealed price is not a whole number of fen above 0: "3888"' },
    ],
  ])("%s", (_label, patch, expected) => {
    const outcome = decideOpening({ ...base, ...patch })
    expect(outcome).toEqual(expected)
    if (outcome.status !== "submitted") {
      // Every outcome is a transition the response lifecycle allows from `submitted` (via opened).
      const allowed = outcome.status === "disqualified"
        ? canTransitionResponse("submitted", "opened") && canTransitionResponse("opened", "disqualified")
        : canTransitionResponse("submitted", outcome.status)
      expect(allowed).toBe(true)
    }
  })

  it("refuses an invalid clock value, naming it", () => {
    expect(() => decideOpening({ ...base, window_closes_at: new Date("x") })).toThrow("window_closes_at must be a valid Date")
  })
})
