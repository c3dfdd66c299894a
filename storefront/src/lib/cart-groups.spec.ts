import type { CartLine } from "../api/emall"
import { cartTotalFen, groupLinesBySupplier, lineTotalFen, supplierCode, supplierDisplay } from "./cart-groups"

const line = (id: string, supplier: string, unit_price: number, quantity: number, supplier_name?: string | null): CartLine => ({
  id,
  title: id,
  product_id: "prod_1",
  thumbnail: null,
  quantity,
  unit_price,
  metadata: { offer_id: `offer_${id}`, supplier_org_id: supplier, ...(supplier_name === undefined ? {} : { supplier_name }) },
})

describe("groupLinesBySupplier", () => {
  it("cuts the cart the way checkout places orders: one group per supplier, in first-seen order", () => {
    const groups = groupLinesBySupplier([
      line("a", "org_B", 4299, 2),
      line("b", "org_A", 0.1, 3),
      line("c", "org_B", 19.99, 1),
    ])
    expect(groups.map((g) => [g.supplier_org_id, g.lines.map((l) => l.id), g.total_fen])).toEqual([
      ["org_B", ["a", "c"], 859800 + 1999],
      ["org_A", ["b"], 30],
    ])
    expect(cartTotalFen(groups)).toBe(861829)
  })

  it("adds yuan amounts exactly in fen (0.1 × 3 is 30 fen, not 30.000000000000004)", () => {
    expect(lineTotalFen({ unit_price: 0.1, quantity: 3 })).toBe(30)
    expect(lineTotalFen({ unit_price: 1234.56, quantity: 7 })).toBe(864192)
  })

  it("names each group after its supplier: the first line that carries a name, else null", () => {
    const groups = groupLinesBySupplier([
      line("a", "org_B", 1, 1),
      line("b", "org_B", 1, 1, "山西晋云信息技术有限公司"),
      line("c", "org_A", 1, 1, null),
    ])
    expect(groups.map((g) => [g.supplier_org_id, g.supplier_name])).toEqual([
      ["org_B", "山西晋云信息技术有限公司"],
      ["org_A", null],
    ])
  })

  it("an empty cart has no groups", () => {
    expect(groupLinesBySupplier([])).toEqual([])
  })
})

describe("supplierCode", () => {
  it("is the id's tail in capitals", () => {
    expect(supplierCode("org_01JABCDEFXYZ4K9Q2M")).toBe("#4K9Q2M")
  })
})

describe("supplierDisplay", () => {
  it.each([
    ["a name", "太原市恒信达电脑科技有限公司", "太原市恒信达电脑科技有限公司"],
    ["a name with spaces around", "  太原市恒信达电脑科技有限公司 ", "太原市恒信达电脑科技有限公司"],
    ["no name: the code", undefined, "#4K9Q2M"],
    ["null: the code", null, "#4K9Q2M"],
    ["a blank name: the code", "  ", "#4K9Q2M"],
  ])("%s", (_case, name, shown) => {
    expect(supplierDisplay("org_01JABCDEFXYZ4K9Q2M", name)).toBe(shown)
  })
})
