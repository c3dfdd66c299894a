import { describe, expect, it } from "vitest"
import { AuthorizationDecision } from "./decide-authorization"
import { PaymentRuleError } from "./errors"
import { findReplay, openLedger, PaymentLedger, recordAuthorization } from "./ledger"

const AT = "2026-03-02T08:00:00.000Z"

const authorized: AuthorizationDecision = { outcome: "authorized" }
const requiresMore: AuthorizationDecision = {
  outcome: "requires_more",
  next_step: "bank_confirmation",
  message_zh: "需银行确认",
  message_en: "needs bank confirmation",
}
const declined: AuthorizationDecision = {
  outcome: "declined",
  reason_code: "card_limit_insufficient",
  message_zh: "公务卡额度不足",
  message_en: "Official card limit insufficient",
}

describe("recordAuthorization", () => {
  it.each<[string, AuthorizationDecision, Partial<PaymentLedger>]>([
    ["authorized", authorized, { status: "authorized", authorized_fen: 50_000 }],
    ["requires_more", requiresMore, { status: "requires_more", authorized_fen: 0, next_step: "bank_confirmation" }],
    [
      "declined",
      declined,
      {
        status: "declined",
        authorized_fen: 0,
        decline_code: "card_limit_insufficient",
        decline_reason: "公务卡额度不足 / Official card limit insufficient",
      },
    ],
  ])("pending + %s", (_, decision, expected) => {
    const { ledger, replayed, operation } = recordAuthorization(openLedger(50_000), decision, {
      idempotency_key: "k1",
      at: AT,
    })
    expect(replayed).toBe(false)
    expect(ledger).toMatchObject(expected)
    expect(operation).toMatchObject({ kind: "authorize", key: "k1", at: AT, status_after: expected.status })
  })

  it("completes a requires_more payment", () => {
    const waiting = recordAuthorization(openLedger(50_000), requiresMore, { at: AT }).ledger
    const { ledger } = recordAuthorization(waiting, authorized, { at: AT })
    expect(ledger).toMatchObject({ status: "authorized", authorized_fen: 50_000, next_step: null })
    expect(ledger.operations.map((op) => op.status_after)).toEqual(["requires_more", "authorized"])
  })

  it("keeps waiting without a change when the code is still missing", () => {
    const waiting = recordAuthorization(openLedger(50_000), requiresMore, { at: AT }).ledger
    const again = recordAuthorization(waiting, requiresMore, { at: AT })
    expect(again.replayed).toBe(true)
    expect(again.ledger).toBe(waiting)
  })

  it("refuses to authorize a declined payment again", () => {
    const refused = recordAuthorization(openLedger(50_000), declined, { at: AT }).ledger
    expect(() => recordAuthorization(refused, authorized, { at: AT })).toThrow(/declined/)
  })

  it("does not mutate its input", () => {
    const start = openLedger(50_000)
    const snapshot = structuredClone(start)
    recordAuthorization(start, authorized, { at: AT })
    expect(start).toEqual(snapshot)
  })
})

describe("findReplay", () => {
  const ledger = recordAuthorization(openLedger(100), authorized, { idempotency_key: "auth-1", at: AT }).ledger

  it.each<[string, string | null]>([
    ["no key", null],
    ["unknown key", "other"],
  ])("%s → no replay", (_, key) => {
    expect(findReplay(ledger, "authorize", key)).toBeUndefined()
  })

  it("finds the same operation", () => {
    expect(findReplay(ledger, "authorize", "auth-1")).toMatchObject({ key: "auth-1" })
  })

  it("refuses the key for another kind of operation", () => {
    expect(() => findReplay(ledger, "capture", "auth-1")).toThrow(PaymentRuleError)
    expect(() => findReplay(ledger, "capture", "auth-1")).toThrow(/idempotency_key auth-1/)
  })
})
