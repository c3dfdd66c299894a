import { describe, expect, it } from "vitest"
import { offerStatesThroughApproval } from "./offer-states-through-approval"
import type { OfferDTO } from "./types"

const at = new Date("2026-11-20T02:00:00Z")
const approved: OfferDTO = {
  id: "offer_1",
  product_id: "prod_1",
  supplier_org_id: "org_s",
  price_fen: 459900,
  stock: 10,
  delivery_region_codes: ["140000"],
  lead_time_days: 3,
  warranty_months: 36,
  status: "approved",
  status_reason: null,
  delist_reason: null,
  submitted_at: at,
  approved_at: at,
  rejected_at: null,
  delisted_at: null,
  reviewed_by: "user_approver",
  created_by: "sup_1",
  certificates: [{ id: "ocert_1", offer_id: "offer_1", kind: "energy_saving", number: "CQC1", issuer: "CQC", expires_on: "2028-01-01" }],
  created_at: at,
  updated_at: at,
}

describe("offerStatesThroughApproval", () => {
  const states = offerStatesThroughApproval(approved)

  it.each([
    ["draft", { status: "draft", submitted_at: null, approved_at: null, reviewed_by: null }],
    ["submitted", { status: "pending_review", submitted_at: at, approved_at: null, reviewed_by: null }],
    ["approved", { status: "approved", submitted_at: at, approved_at: at, reviewed_by: "user_approver" }],
  ] as const)("%s: status and review fields as the single-offer methods leave them", (name, expected) => {
    expect(states[name]).toMatchObject(expected)
  })

  it("keeps the offer's terms and certificates in every state, and changes nothing it is given", () => {
    for (const state of Object.values(states)) {
      expect(state).toMatchObject({ price_fen: 459900, delivery_region_codes: ["140000"], certificates: approved.certificates })
    }
    expect(approved.status).toBe("approved")
    expect(approved.submitted_at).toBe(at)
  })
})
