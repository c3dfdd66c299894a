import type { CartLine } from "../api/emall"
import { cartTotalFen, groupLinesBySupplier, lineTotalFen, supplierCode } from "./cart-groups"

const line = (id: string, supplier: string, unit_price: number, quantity: number): CartLine => ({
  id,
  title: id,
  product_id: "prod_1",
  thumbnail: null,
  quantity,
  unit_price,
  metadata: { offer_id: `offer_${id}`, supplier_org_id: supplier },
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

  it("an empty cart has no groups", () => {
    expect(groupLinesBySupplier([])).toEqual([])
  })
})

describe("supplierCode", () => {
  it("is the id's tail in capitals", () => {
    expect(supplierCode("org_01JABCDEFXYZ4K9Q2M")).toBe("#4K9Q2M")
  })
})
