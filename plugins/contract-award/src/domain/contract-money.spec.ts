import { describe, expect, it } from "vitest"
import { contractTotal, lineTotal, paymentProgress, paymentTerms, settlementAfterAcceptance, type ContractLine } from "./contract-money"

// 12 desktops at ¥4,299.00 and 3 laser printers at ¥1,899.99.
const LINES: ContractLine[] = [
  { item_id: "desktop", quantity: 12, unit_price_fen: 429900 },
  { item_id: "printer", quantity: 3, unit_price_fen: 189999 },
]
const TOTAL = 12 * 429900 + 3 * 189999 // 5158800 + 569997 = 5728797

describe("totals", () => {
  it("multiplies and adds exactly", () => {
    expect(lineTotal(LINES[1], 1)).toBe(569997)
    expect(contractTotal(LINES)).toBe(TOTAL)
  })

  it.each([
    [{ item_id: "x", quantity: 0, unit_price_fen: 1 }, "lines[0].quantity must be a whole number > 0, got 0"],
    [{ item_id: "x", quantity: 1.5, unit_price_fen: 1 }, "lines[0].quantity must be a whole number > 0, got 1.5"],
    [{ item_id: "x", quantity: 1, unit_price_fen: 0 }, "lines[0].unit_price_fen must be > 0, got 0"],
    [{ item_id: "x", quantity: 1, unit_price_fen: 12.5 }, /lines\[0\]\.unit_price_fen must be a whole number of fen/],
  ])("refuses %j", (line, message) => {
    expect(() => contractTotal([line])).toThrow(message)
  })

  it("refuses an empty contract and an overflowing one", () => {
    expect(() => contractTotal([])).toThrow("lines must not be empty")
    expect(() => contractTotal([{ item_id: "x", quantity: 2 ** 30, unit_price_fen: 2 ** 30 }])).toThrow(/out of range/)
  })
})

describe("payment terms", () => {
  it("rounds the prepayment down and gives the remainder to the balance", () => {
    const terms = paymentTerms({ lines: LINES, prepayment_percent: 30 })
    // 5728797 × 30 % = 1718639.1 → 1718639
    expect(terms).toMatchObject({
      total_fen: TOTAL,
      prepayment_fen: 1718639,
      balance_fen: TOTAL - 1718639,
      performance_bond_fen: 0,
      flags: [],
    })
    expect(terms.prepayment_fen + terms.balance_fen).toBe(TOTAL)
  })

  it.each([
    [0, ["prepayment_below_encouraged"]],
    ["29.999999", ["prepayment_below_encouraged"]],
    [30, []],
    ["100", []],
  ])("prepayment %s %% → flags %j (a warning, never a refusal)", (percent, flags) => {
    expect(paymentTerms({ lines: LINES, prepayment_percent: percent }).flags).toEqual(flags)
  })

  it("uses a configured encouraged share", () => {
    expect(paymentTerms({ lines: LINES, prepayment_percent: 30, encouraged_prepayment_percent: 50 }).flags).toEqual([
      "prepayment_below_encouraged",
    ])
  })

  it.each(["100.01", "-1", "abc", "1e2", "30.1234567"])("refuses prepayment %s", (percent) => {
    expect(() => paymentTerms({ lines: LINES, prepayment_percent: percent })).toThrow(/prepayment_percent must be a decimal from 0 to 100/)
  })

  it("caps the performance bond at 10 % of the total, rounding down", () => {
    expect(paymentTerms({ lines: LINES, prepayment_percent: 30, performance_bond: { percent: 10 } }).performance_bond_fen).toBe(572879)
    expect(paymentTerms({ lines: LINES, prepayment_percent: 30, performance_bond: { percent: "2.5" } }).performance_bond_fen).toBe(143219)
    expect(paymentTerms({ lines: LINES, prepayment_percent: 30, performance_bond: { amount_fen: 572879 } }).performance_bond_fen).toBe(572879)
    expect(() => paymentTerms({ lines: LINES, prepayment_percent: 30, performance_bond: { amount_fen: 572880 } })).toThrow(
      "performance_bond.amount_fen must be from 0 to 572879 fen (10 % of the contract total 5728797 fen), got 572880"
    )
    expect(() => paymentTerms({ lines: LINES, prepayment_percent: 30, performance_bond: { percent: "10.5" } })).toThrow(
      /performance_bond.percent must be a decimal from 0 to 10/
    )
  })
})

describe("settlement after acceptance", () => {
  it("owes the accepted value minus the prepayment", () => {
    expect(settlementAfterAcceptance(LINES, [12, 3], 1718639)).toEqual({
      accepted_total_fen: TOTAL,
      balance_due_fen: TOTAL - 1718639,
      refund_due_fen: 0,
    })
    expect(settlementAfterAcceptance(LINES, [10, 0], 1718639)).toEqual({
      accepted_total_fen: 4299000,
      balance_due_fen: 4299000 - 1718639,
      refund_due_fen: 0,
    })
  })

  it("turns an over-prepayment into a refund", () => {
    expect(settlementAfterAcceptance(LINES, [2, 0], 1718639)).toEqual({
      accepted_total_fen: 859800,
      balance_due_fen: 0,
      refund_due_fen: 1718639 - 859800,
    })
  })

  it("refuses more than was contracted and a mismatched list", () => {
    expect(() => settlementAfterAcceptance(LINES, [13, 0], 0)).toThrow("accepted_quantities[0] must be a whole number from 0 to 12, got 13")
    expect(() => settlementAfterAcceptance(LINES, [12], 0)).toThrow(/one entry per line \(2\), got 1/)
  })
})

describe("paymentProgress", () => {
  const due = { prepayment_fen: 1718639, balance_due_fen: 4010158 }
  it("tracks prepayment and balance separately, paid in instalments", () => {
    expect(paymentProgress(due, [])).toEqual({ prepayment_outstanding_fen: 1718639, balance_outstanding_fen: 4010158, fully_paid: false })
    expect(
      paymentProgress(due, [
        { kind: "prepayment", amount_fen: 1718639 },
        { kind: "balance", amount_fen: 4000000 },
      ], { kind: "balance", amount_fen: 10158 })
    ).toEqual({ prepayment_outstanding_fen: 0, balance_outstanding_fen: 0, fully_paid: true })
  })

  it("is fully paid at once when nothing is due (a refund case)", () => {
    expect(paymentProgress({ prepayment_fen: 0, balance_due_fen: 0 }, []).fully_paid).toBe(true)
  })

  it.each([
    [{ kind: "balance", amount_fen: 4010159 }, "amount_fen 4010159 exceeds the 4010158 fen of balance outstanding"],
    [{ kind: "prepayment", amount_fen: 0 }, "amount_fen must be > 0, got 0"],
    [{ kind: "prepayment", amount_fen: 10.5 }, /amount_fen must be a whole number of fen/],
    [{ kind: "deposit", amount_fen: 1 }, 'kind must be "prepayment" or "balance", got "deposit"'],
  ])("refuses the next payment %j", (next, message) => {
    expect(() => paymentProgress(due, [], next as never)).toThrow(message)
  })

  it("refuses an over-payment across instalments, naming the stored one", () => {
    expect(() => paymentProgress(due, [{ kind: "prepayment", amount_fen: 1718639 }], { kind: "prepayment", amount_fen: 1 })).toThrow(
      "amount_fen 1 exceeds the 0 fen of prepayment outstanding"
    )
    expect(() => paymentProgress(due, [{ kind: "prepayment", amount_fen: 2000000 }])).toThrow(/payments\[0\]\.amount_fen 2000000 exceeds/)
  })
})
