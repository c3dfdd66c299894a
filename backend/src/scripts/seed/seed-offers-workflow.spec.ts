import { describe, expect, it } from "vitest"
import { type DemoNewOffer, splitByDecision } from "./seed-offers-workflow"

const offer = (product_id: string, decision?: DemoNewOffer["decision"]): DemoNewOffer => ({
  offer: {
    product_id,
    supplier_org_id: "org_s",
    price_fen: 100,
    stock: 1,
    delivery_region_codes: ["140000"],
    lead_time_days: 1,
    warranty_months: 0,
    certificates: [],
    required_certificate_kinds: [],
  },
  actor: { actor_id: "sup_1", actor_type: "supplier" },
  decision,
})

describe("splitByDecision", () => {
  it("sends only offers the agency approves to the bulk import, keeping order", () => {
    const offers = [
      offer("a", { approve: true }),
      offer("b"),
      offer("c", { approve: false, reason: "资质不符" }),
      offer("d", { approve: true }),
    ]
    const { approved, others } = splitByDecision(offers)
    expect(approved.map((o) => o.offer.product_id)).toEqual(["a", "d"])
    expect(others.map((o) => o.offer.product_id)).toEqual(["b", "c"])
  })

  it("handles an empty plan", () => {
    expect(splitByDecision([])).toEqual({ approved: [], others: [] })
  })
})
