import { offerInputFromForm, parseCount, type OfferFormValues } from "./offer-form"

const BASE: OfferFormValues = {
  product_id: "prod_01",
  price: "4,299.50",
  stock: "20",
  lead_time_days: "3",
  warranty_months: "",
  delivery_region_codes: ["140000"],
  certificate_kind: "",
  certificate_number: "",
  certificate_issuer: "",
  certificate_expires_on: "",
}

describe("offerInputFromForm", () => {
  it("turns yuan into integer fen without floats and leaves out empty optional fields", () => {
    expect(offerInputFromForm(BASE)).toEqual({
      input: { product_id: "prod_01", price_fen: 429950, stock: 20, lead_time_days: 3, delivery_region_codes: ["140000"] },
    })
    expect(offerInputFromForm({ ...BASE, price: "0.29" })).toMatchObject({ input: { price_fen: 29 } })
    expect(offerInputFromForm({ ...BASE, price: "￥１２３．４５" })).toMatchObject({ input: { price_fen: 12345 } })
  })

  it("adds the certificate when a kind is chosen", () => {
    const result = offerInputFromForm({
      ...BASE,
      certificate_kind: "energy_saving",
      certificate_number: " CQC2026-001 ",
      certificate_issuer: "中国质量认证中心",
      certificate_expires_on: "2028-06-30",
      warranty_months: "36",
    })
    expect(result).toMatchObject({
      input: {
        warranty_months: 36,
        certificates: [{ kind: "energy_saving", number: "CQC2026-001", issuer: "中国质量认证中心", expires_on: "2028-06-30" }],
      },
    })
  })

  it.each<[string, Partial<OfferFormValues>, Partial<Record<keyof OfferFormValues, string>>]>([
    ["no product", { product_id: "" }, { product_id: "supplier.offerForm.errors.product" }],
    ["zero price", { price: "0" }, { price: "supplier.offerForm.errors.price" }],
    ["three decimals", { price: "1.234" }, { price: "supplier.offerForm.errors.price" }],
    ["a word as price", { price: "便宜" }, { price: "supplier.offerForm.errors.price" }],
    ["negative stock", { stock: "-1" }, { stock: "supplier.offerForm.errors.count" }],
    ["fractional lead time", { lead_time_days: "2.5" }, { lead_time_days: "supplier.offerForm.errors.leadTime" }],
    ["lead time over a year", { lead_time_days: "366" }, { lead_time_days: "supplier.offerForm.errors.leadTime" }],
    ["warranty over 20 years", { warranty_months: "241" }, { warranty_months: "supplier.offerForm.errors.warranty" }],
    ["no region", { delivery_region_codes: [] }, { delivery_region_codes: "supplier.offerForm.errors.regions" }],
    [
      "certificate without its facts",
      { certificate_kind: "ccc" },
      {
        certificate_number: "supplier.offerForm.errors.required",
        certificate_issuer: "supplier.offerForm.errors.required",
        certificate_expires_on: "supplier.offerForm.errors.date",
      },
    ],
  ])("refuses %s, naming the field", (_name, change, errors) => {
    expect(offerInputFromForm({ ...BASE, ...change })).toEqual({ errors })
  })
})

describe("parseCount", () => {
  it.each([
    ["12", 12],
    ["１２", 12],
    [" 0 ", 0],
    ["", undefined],
    ["1e3", undefined],
    ["-3", undefined],
    ["99", undefined],
  ])("%j → %j (0…50)", (input, expected) => {
    expect(parseCount(input, 0, 50)).toBe(expected)
  })
})
