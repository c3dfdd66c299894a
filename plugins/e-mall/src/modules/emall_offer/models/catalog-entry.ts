import { model } from "@medusajs/framework/utils"

/**
 * The search index and lean read model of one published Medusa product: bigram tokens of its
 * title, brand, model and category names (GIN index), and the few fields the catalog list
 * shows. Maintained by src/subscribers/index-catalog-products.ts and rebuildCatalogEntries.
 */
const CatalogEntry = model
  .define("catalog_entry", {
    id: model.id({ prefix: "catent" }).primaryKey(),
    product_id: model.text(),
    title: model.text(),
    handle: model.text().nullable(),
    thumbnail: model.text().nullable(),
    brand: model.text().nullable(),
    /** Normalised brand for the brand filter. */
    brand_key: model.text().nullable(),
    model_number: model.text().nullable(),
    category_ids: model.array(),
    category_handles: model.array(),
    product_status: model.text(),
    /** Sales channels the product is in; the store route keeps those of the publishable key. */
    sales_channel_ids: model.array().default([]),
    /** domain/bigram-tokens.ts documentTokens(title, brand, model, category names). */
    tokens: model.array(),
    /** Normalised texts, to recheck query phrases. */
    search_text: model.text(),
    /**
     * Lowest approved offer price and number of approved offers of the product. Written only by
     * PostgreSQL triggers in the offer's own transaction (Migration20261201182500, docs/adr/0006),
     * so never stale; whatever the application writes here is replaced.
     */
    lowest_price_fen: model.number().nullable(),
    offer_count: model.number().default(0),
  })
  .indexes([
    { on: ["product_id"], unique: true },
    { name: "IDX_catalog_entry_tokens_gin", on: ["tokens"], type: "GIN" },
    { on: ["category_ids"], type: "GIN" },
    { on: ["sales_channel_ids"], type: "GIN" },
    { on: ["brand_key"] },
    // IDX_catalog_entry_listed_price (partial, INCLUDE sales_channel_ids) is created by
    // Migration20261201182500: the model's index options cannot express INCLUDE.
  ])

export default CatalogEntry
