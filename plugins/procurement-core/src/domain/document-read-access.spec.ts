import { documentReadDecision } from "./document-read-access"

const supplierShanxi = { id: "org_sup", kind: "supplier", region_code: "140100" } as const
const bankShanxi = { id: "org_bank", kind: "bank", region_code: "140100" } as const

describe("documentReadDecision", () => {
  it.each([
    ["the owner itself", supplierShanxi, supplierShanxi, "allowed"],
    ["another supplier", { id: "org_other", kind: "supplier", region_code: "140100" }, supplierShanxi, "not_found"],
    ["a bank", { id: "org_b2", kind: "bank", region_code: "140100" }, supplierShanxi, "not_found"],
    ["a purchasing unit", { id: "org_pu", kind: "purchasing_unit", region_code: "140100" }, supplierShanxi, "not_found"],
    ["the platform", { id: "org_p", kind: "platform", region_code: "100000" }, supplierShanxi, "allowed"],
    ["the Shanxi regulator", { id: "org_r", kind: "regulator", region_code: "140000" }, supplierShanxi, "allowed"],
    ["the Beijing regulator", { id: "org_r2", kind: "regulator", region_code: "110000" }, supplierShanxi, "forbidden"],
    ["an agency, a supplier's document", { id: "org_a", kind: "agency", region_code: "110000" }, supplierShanxi, "allowed"],
    ["an agency, a bank's document", { id: "org_a", kind: "agency", region_code: "140000" }, bankShanxi, "forbidden"],
    ["the Shanxi regulator, a bank's document", { id: "org_r", kind: "regulator", region_code: "140000" }, bankShanxi, "allowed"],
    ["the bank itself", bankShanxi, bankShanxi, "allowed"],
  ] as const)("%s → %s", (_, reader, owner, expected) => {
    const decision = documentReadDecision({ reader, owner, subject: "document doc_1" })
    expect(decision.allowed ? "allowed" : decision.status).toBe(expected)
  })

  it("explains a regulator's refusal with both regions", () => {
    const decision = documentReadDecision({
      reader: { id: "org_r2", kind: "regulator", region_code: "110000" },
      owner: supplierShanxi,
      subject: "document doc_1",
    })
    expect(decision).toEqual({
      allowed: false,
      status: "forbidden",
      reason:
        "regulator org_r2 of region 110000 may not read document doc_1 of supplier organization org_sup of region 140100: regulators act only within their province (11xxxx)",
    })
  })
})
