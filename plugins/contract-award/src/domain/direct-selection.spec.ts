import { describe, expect, it } from "vitest"
import type { AgreementView, PurchaserView } from "./agreement-view"
import { assertDirectSelection, directSelectionOptions, validateDirectSelection, type DirectSelectionInput } from "./direct-selection"

// 山西省2026年台式计算机框架协议: lot 1 desktops, lot 2 printers.
const AGREEMENT: AgreementView = {
  id: "fa_sx_2026_pc",
  status: "active",
  starts_at: new Date("2026-03-01T00:00:00+08:00"),
  ends_at: new Date("2027-02-28T23:59:59.999+08:00"),
  methods: ["direct_selection", "second_round_bidding"],
  eligible_purchasers: { region_prefixes: ["14"], unit_ids: ["pur_beijing_liaison_office"] },
  members: [
    {
      supplier_id: "sup_lenovo_sx",
      status: "active",
      rank: 1,
      lots: [
        {
          lot_id: "lot_1",
          unit_price_fen: 450000,
          volume_tiers: [
            { min_quantity: 50, unit_price_fen: 430000 },
            { min_quantity: 200, discount_percent: "7.5" },
          ],
        },
      ],
    },
    { supplier_id: "sup_tongfang", status: "suspended", rank: 2, lots: [{ lot_id: "lot_1", unit_price_fen: 440000, volume_tiers: [] }] },
    { supplier_id: "sup_hp_sx", status: "active", rank: 1, lots: [{ lot_id: "lot_2", unit_price_fen: 189900, volume_tiers: [] }] },
  ],
}
const PURCHASER: PurchaserView = { id: "pur_taiyuan_edu", region_code: "140100" }
const NOW = new Date("2026-06-01T10:00:00+08:00")
const GOOD: DirectSelectionInput = {
  supplier_id: "sup_lenovo_sx",
  lot_id: "lot_1",
  quantity: 60,
  reason: "售后网点在太原市内，响应最快 / nearest service point",
}

describe("validateDirectSelection", () => {
  it("prices at the tier ceiling for the quantity when no price is negotiated", () => {
    expect(validateDirectSelection(AGREEMENT, PURCHASER, GOOD, NOW)).toEqual({
      ok: true,
      value: {
        supplier_id: "sup_lenovo_sx",
        lot_id: "lot_1",
        quantity: 60,
        ceiling_unit_price_fen: 430000,
        unit_price_fen: 430000,
        line_total_fen: 25800000,
        reason: GOOD.reason,
        flags: [],
      },
    })
  })

  it.each([
    [1, 450000],
    [49, 450000],
    [50, 430000],
    [200, 416250], // 450000 × 92.5 %
  ])("quantity %d → ceiling %d fen", (quantity, ceiling) => {
    const result = validateDirectSelection(AGREEMENT, PURCHASER, { ...GOOD, quantity }, NOW)
    expect(result.ok && result.value.ceiling_unit_price_fen).toBe(ceiling)
  })

  it("accepts and flags a negotiated lower price; refuses one above the tier ceiling", () => {
    const lower = validateDirectSelection(AGREEMENT, PURCHASER, { ...GOOD, unit_price_fen: 425000 }, NOW)
    expect(lower.ok && lower.value).toMatchObject({ unit_price_fen: 425000, line_total_fen: 25500000, flags: ["negotiated_below_ceiling"] })
    // 440000 is below the base price but above the 50-unit tier: refused
    expect(validateDirectSelection(AGREEMENT, PURCHASER, { ...GOOD, unit_price_fen: 440000 }, NOW)).toEqual({
      ok: false,
      problems: [{ field: "unit_price_fen", message: "unit_price_fen 440000 exceeds the agreement price 430000 fen for 60 units" }],
    })
    expect(validateDirectSelection(AGREEMENT, PURCHASER, { ...GOOD, unit_price_fen: 430000 }, NOW)).toMatchObject({ ok: true })
  })

  it("accepts a purchaser listed by id outside the region", () => {
    expect(validateDirectSelection(AGREEMENT, { id: "pur_beijing_liaison_office", region_code: "110101" }, GOOD, NOW).ok).toBe(true)
  })

  const problemCases: Array<[string, Partial<DirectSelectionInput>, Partial<{ agreement: AgreementView; purchaser: typeof PURCHASER; now: Date }>, string, RegExp]> = [
    ["zero quantity", { quantity: 0 }, {}, "quantity", /quantity must be a whole number > 0, got 0/],
    ["fractional quantity", { quantity: 2.5 }, {}, "quantity", /got 2.5/],
    ["unknown supplier", { supplier_id: "sup_x" }, {}, "supplier_id", /supplier sup_x is not shortlisted in this agreement/],
    ["suspended supplier", { supplier_id: "sup_tongfang" }, {}, "supplier_id", /supplier sup_tongfang is suspended in this agreement/],
    ["supplier of another lot", { supplier_id: "sup_hp_sx" }, {}, "supplier_id", /is not shortlisted for lot lot_1/],
    ["missing reason", { reason: " " }, {}, "reason", /reason is required/],
    ["negative price", { unit_price_fen: -1 }, {}, "unit_price_fen", /whole number of fen > 0/],
    ["fractional price", { unit_price_fen: 4299.5 }, {}, "unit_price_fen", /whole number of fen > 0/],
    ["purchaser of another province", {}, { purchaser: { id: "pur_xian", region_code: "610100" } }, "purchaser", /purchaser pur_xian \(region 610100\) is not eligible/],
    ["purchaser without region", {}, { purchaser: { id: "pur_x", region_code: null } }, "purchaser", /not eligible/],
    ["before the term", {}, { now: new Date("2026-02-28T23:00:00+08:00") }, "agreement_id", /outside its term/],
    ["expired agreement", {}, { agreement: { ...AGREEMENT, status: "expired" } }, "agreement_id", /is "expired", not active/],
    ["method not allowed", {}, { agreement: { ...AGREEMENT, methods: ["rotation"] } }, "agreement_id", /does not allow direct selection/],
  ]
  it.each(problemCases)("refuses %s, naming the field", (_name, change, context, field, message) => {
    const result = validateDirectSelection(context.agreement ?? AGREEMENT, context.purchaser ?? PURCHASER, { ...GOOD, ...change }, context.now ?? NOW)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.problems).toHaveLength(1)
      expect(result.problems[0].field).toBe(field)
      expect(result.problems[0].message).toMatch(message)
    }
  })

  it("reports every problem at once", () => {
    const result = validateDirectSelection(AGREEMENT, { id: "pur_xian", region_code: "610100" }, { ...GOOD, quantity: 0, reason: "" }, NOW)
    expect(!result.ok && result.problems.map((p) => p.field)).toEqual(["purchaser", "quantity", "reason"])
  })

  it("an empty region prefix opens the agreement to every region", () => {
    const national = { ...AGREEMENT, eligible_purchasers: { region_prefixes: [""], unit_ids: [] } }
    expect(validateDirectSelection(national, { id: "pur_xian", region_code: "610100" }, GOOD, NOW).ok).toBe(true)
  })
})

describe("assertDirectSelection", () => {
  it("throws one invalid_data error listing the fields", () => {
    try {
      assertDirectSelection(AGREEMENT, PURCHASER, { ...GOOD, quantity: -3, reason: "" }, NOW)
      expect.unreachable()
    } catch (error: any) {
      expect(error.kind).toBe("invalid_data")
      expect(error.message).toBe("quantity: quantity must be a whole number > 0, got -3; reason: reason is required (2–500 characters)")
    }
  })
})

describe("directSelectionOptions", () => {
  it("lists active members of the lot in rank order with ceilings for the quantity and ratings", () => {
    const withSecond: AgreementView = {
      ...AGREEMENT,
      members: [...AGREEMENT.members, { supplier_id: "sup_dell_sx", status: "active", rank: 3, lots: [{ lot_id: "lot_1", unit_price_fen: 440000, volume_tiers: [] }] }],
    }
    expect(directSelectionOptions(withSecond, "lot_1", 60, { sup_lenovo_sx: [5, 4, 4] })).toEqual([
      {
        supplier_id: "sup_lenovo_sx",
        phase1_rank: 1,
        agreement_unit_price_fen: 450000,
        ceiling_unit_price_fen: 430000,
        line_total_fen: 25800000,
        rating: { count: 3, average_tenths: 43 },
      },
      {
        supplier_id: "sup_dell_sx",
        phase1_rank: 3,
        agreement_unit_price_fen: 440000,
        ceiling_unit_price_fen: 440000,
        line_total_fen: 26400000,
        rating: { count: 0, average_tenths: null },
      },
    ])
  })
})
