import { groupItemsBySupplier } from "./group-items-by-supplier"

describe("groupItemsBySupplier", () => {
  it("puts all items of a supplier in one group, suppliers in first-seen order", () => {
    const items = [
      { id: 1, supplier_org_id: "A" },
      { id: 2, supplier_org_id: "B" },
      { id: 3, supplier_org_id: "A" },
    ]
    expect(groupItemsBySupplier(items)).toEqual([
      { supplier_org_id: "A", items: [items[0], items[2]] },
      { supplier_org_id: "B", items: [items[1]] },
    ])
  })

  it("gives nothing for nothing", () => {
    expect(groupItemsBySupplier([])).toEqual([])
  })
})
