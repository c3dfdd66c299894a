import { describe, expect, it } from "vitest"
import {
  assertTransition,
  canTransition,
  INITIAL_PAYMENT_STATE,
  isTerminal,
  PAYMENT_STATES,
  PAYMENT_TRANSITIONS,
  PaymentState,
  Transitions,
  unreachableStates,
} from "./payment-state"

describe("PAYMENT_TRANSITIONS", () => {
  it.each<[PaymentState, PaymentState, boolean]>([
    ["pending", "authorized", true],
    ["pending", "requires_more", true],
    ["pending", "declined", true],
    ["pending", "canceled", true],
    ["pending", "captured", false],
    ["requires_more", "authorized", true],
    ["requires_more", "declined", true],
    ["requires_more", "canceled", true],
    ["requires_more", "captured", false],
    ["authorized", "partially_captured", true],
    ["authorized", "captured", true],
    ["authorized", "canceled", true],
    ["authorized", "refunded", false],
    ["authorized", "declined", false],
    ["partially_captured", "partially_captured", true],
    ["partially_captured", "captured", true],
    ["partially_captured", "partially_refunded", true],
    ["partially_captured", "refunded", true],
    ["partially_captured", "canceled", false],
    ["captured", "partially_refunded", true],
    ["captured", "refunded", true],
    ["captured", "canceled", false],
    ["captured", "captured", false],
    ["partially_refunded", "partially_refunded", true],
    ["partially_refunded", "refunded", true],
    ["partially_refunded", "captured", false],
    ["refunded", "captured", false],
    ["declined", "authorized", false],
    ["canceled", "authorized", false],
  ])("%s → %s: %s", (from, to, allowed) => {
    expect(canTransition(from, to)).toBe(allowed)
  })

  it("has an entry for every state and only known targets", () => {
    expect(Object.keys(PAYMENT_TRANSITIONS).sort()).toEqual([...PAYMENT_STATES].sort())
    for (const state of PAYMENT_STATES) {
      for (const target of PAYMENT_TRANSITIONS[state].to) {
        expect(PAYMENT_STATES).toContain(target)
      }
    }
  })

  it("reaches every state from pending", () => {
    expect(unreachableStates(PAYMENT_TRANSITIONS, INITIAL_PAYMENT_STATE)).toEqual([])
  })

  it("ends in declined, refunded and canceled only", () => {
    const terminal = PAYMENT_STATES.filter((s) => isTerminal(s, PAYMENT_TRANSITIONS))
    expect(terminal.sort()).toEqual(["canceled", "declined", "refunded"])
  })

  it("unreachableStates finds an orphan", () => {
    const table: Transitions<"a" | "b" | "c"> = { a: { to: ["b"] }, b: { to: [] }, c: { to: ["a"] } }
    expect(unreachableStates(table, "a")).toEqual(["c"])
  })

  it("assertTransition names both states", () => {
    expect(() => assertTransition("captured", "canceled", { zh: "取消", en: "cancel" })).toThrow(
      /已扣款.*取消.*Cannot cancel a payment in status captured/
    )
  })
})
