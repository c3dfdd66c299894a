import { describe, expect, it } from "vitest"
import { catalogEntryFromProduct } from "./catalog-entry-from-product"

describe("catalogEntryFromProduct", () => {
  it("indexes title, brand, model and category names", () => {
    const entry = catalogEntryFromProduct({
      id: "prod_1",
      title: "格力 GREE 云佳 1.5 匹 壁挂式空调 KFR-35GW",
      handle: "gree-kfr-35gw",
      status: "published",
      metadata: { brand: "格力 GREE", model: "KFR-35GW", specs: [] },
      categories: [{ id: "pcat_ac", name: "空调机", handle: "air-conditioners" }, null],
    })
    expect(entry).toMatchObject({
      product_id: "prod_1",
      brand: "格力 GREE",
      brand_key: "格力 gree",
      model_number: "KFR-35GW",
      category_ids: ["pcat_ac"],
      category_handles: ["air-conditioners"],
      product_status: "published",
    })
    expect(entry.tokens).toEqual(expect.arrayContaining(["空调", "格力", "gree", "kfr", "35gw", "调机"]))
    expect(entry.search_text).toContain("空调机")
  })

  it("copes with a product without metadata or categories", () => {
    const entry = catalogEntryFromProduct({ id: "prod_2", title: "A4 复印纸", status: "draft" })
    expect(entry).toMatchObject({ brand: null, brand_key: null, model_number: null, category_ids: [], tokens: ["a4", "复", "印", "纸", "复印", "印纸"] })
  })
})
