import { describe, expect, it } from "vitest"
import {
  assertContractEditable,
  assertContractTransition,
  canTransitionContract,
  CONTRACT_STATUSES,
  contractTransitionProblems,
  statusAfterAcceptance,
  statusAfterSignature,
  type ContractStatus,
} from "./contract-lifecycle"

const ALLOWED: Array<[ContractStatus, ContractStatus]> = [
  ["draft", "awaiting_signatures"],
  ["draft", "cancelled"],
  ["awaiting_signatures", "signed"],
  ["awaiting_signatures", "cancelled"],
  ["signed", "delivered"],
  ["signed", "terminated"],
  ["delivered", "accepted"],
  ["delivered", "partially_accepted"],
  ["delivered", "rejected"],
  ["accepted", "invoiced"],
  ["partially_accepted", "delivered"],
  ["partially_accepted", "invoiced"],
  ["partially_accepted", "terminated"],
  ["rejected", "delivered"],
  ["rejected", "terminated"],
  ["invoiced", "paid"],
  ["paid", "closed"],
]

describe("contract lifecycle", () => {
  it("has every state reachable from draft and no dangling target", () => {
    expect(contractTransitionProblems()).toEqual([])
  })

  const allPairs = CONTRACT_STATUSES.flatMap((from) => CONTRACT_STATUSES.map((to) => [from, to] as const))
  it.each(allPairs)("%s → %s follows the table", (from, to) => {
    const allowed = ALLOWED.some(([f, t]) => f === from && t === to)
    expect(canTransitionContract(from, to)).toBe(allowed)
    if (allowed) {
      expect(() => assertContractTransition(from, to, "ctr_1")).not.toThrow()
    } else {
      expect(() => assertContractTransition(from, to, "ctr_1")).toThrow(/contract ctr_1 cannot go from/)
    }
  })
})

describe("signatures", () => {
  it.each([
    ["draft", [], "purchaser", "awaiting_signatures"],
    ["draft", [], "supplier", "awaiting_signatures"],
    ["awaiting_signatures", ["supplier"], "purchaser", "signed"],
    ["awaiting_signatures", ["purchaser"], "supplier", "signed"],
  ] as const)("%s signed by %j, then the %s signs → %s", (status, signedBy, party, next) => {
    expect(statusAfterSignature(status, signedBy, party, "ctr_1")).toBe(next)
  })

  it("refuses a second signature by the same party", () => {
    expect(() => statusAfterSignature("awaiting_signatures", ["supplier"], "supplier", "ctr_1")).toThrow(
      "contract ctr_1 is already signed by the supplier"
    )
  })

  it("refuses a signature on a cancelled contract and an inconsistent record", () => {
    expect(() => statusAfterSignature("cancelled", ["supplier"], "purchaser", "ctr_1")).toThrow(/cannot go from "cancelled"/)
    expect(() => statusAfterSignature("draft", ["supplier"], "purchaser", "ctr_1")).toThrow(/inconsistent record/)
    expect(() => statusAfterSignature("signed", [], "purchaser", "ctr_1")).toThrow(/inconsistent record/)
  })

  it("refuses an unknown party", () => {
    expect(() => statusAfterSignature("draft", [], "agency" as never)).toThrow(/party must be/)
  })
})

describe("editing", () => {
  it("allows edits only in draft", () => {
    expect(() => assertContractEditable("draft")).not.toThrow()
    for (const status of CONTRACT_STATUSES.filter((s) => s !== "draft")) {
      expect(() => assertContractEditable(status, "ctr_2")).toThrow(
        `contract ctr_2 is "${status}": only a draft can be edited; a signed contract changes only by a signed amendment`
      )
    }
  })
})

describe("acceptance", () => {
  it.each([
    ["pass", null, "accepted"],
    ["partial", "3 of 10 printers missing toner", "partially_accepted"],
    ["fail", "wrong model delivered", "rejected"],
  ] as const)("%s → %s", (result, notes, next) => {
    expect(statusAfterAcceptance("delivered", result, notes)).toBe(next)
  })

  it("needs notes for partial and fail", () => {
    expect(() => statusAfterAcceptance("delivered", "partial", "  ")).toThrow(
      'notes are required when the acceptance result is "partial"'
    )
    expect(() => statusAfterAcceptance("delivered", "fail", undefined)).toThrow(/notes are required/)
  })

  it("refuses acceptance before delivery and an unknown result", () => {
    expect(() => statusAfterAcceptance("signed", "pass", null, "ctr_3")).toThrow(/contract ctr_3 cannot go from "signed" to "accepted"/)
    expect(() => statusAfterAcceptance("delivered", "ok" as never, null)).toThrow(/result must be one of/)
  })
})
