import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductOptionsWorkflow,
  createProductsWorkflow,
  createProductTypesWorkflow,
  createTaxRatesWorkflow,
} from "@medusajs/medusa/core-flows"
import type { CommerceSetup } from "./commerce-setup"
import { CATALOG_CODE, CATEGORIES, PRODUCT_TYPES } from "./data/categories"
import { TAX } from "./data/commerce"
import { PRODUCTS, type SeedProduct } from "./data/products"
import { writePlaceholderImages } from "./images"
import { IMAGE_FOLDER, backendUrl, staticDir } from "./paths"
import { type CatalogRefs, isService, placeholderInput, toCreateProductInput } from "./product-input"
import type { SeedReport } from "./report"

/**
 * Step 2 of the demo seed: product types, categories, the shared product option, about a
 * hundred published products with placeholder images, and their stock in the central
 * warehouse. Existing records (matched by value, handle, title or SKU) are left alone.
 */

/** The one option every demo product offers. Since 2.18 options are created on their own
 * and products link them by id (`options: [{ id, value_ids }]`). */
export const SHARED_OPTION = { title: "规格", value: "标准" } as const

const PRODUCT_BATCH_SIZE = 20

export interface CatalogSummary {
  categories: number
  products: number
  services: number
  imagesWritten: number
  imageBaseUrl: string
}

type Ctx = { container: MedusaContainer; report: SeedReport; logger: Logger; products: readonly SeedProduct[] }

export async function seedCatalog(
  container: MedusaContainer,
  report: SeedReport,
  setup: CommerceSetup,
  products: readonly SeedProduct[] = PRODUCTS
): Promise<CatalogSummary> {
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const ctx: Ctx = { container, report, logger, products }

  const imageDir = `${staticDir()}/${IMAGE_FOLDER}`
  const imageBaseUrl = `${backendUrl()}/static/${IMAGE_FOLDER}`
  const imagesWritten = writePlaceholderImages(imageDir, products.map(placeholderInput))
  if (imagesWritten) {
    logger.info(`[seed] wrote ${imagesWritten} placeholder images to ${imageDir}`)
  }

  const typeIdByValue = await ensureProductTypes(ctx)
  await ensureServiceTaxRate(ctx, setup.taxRegionId, typeIdByValue)
  const categoryIdByHandle = await ensureCategories(ctx)
  const option = await ensureSharedOption(ctx)

  await ensureProducts(ctx, {
    categoryIdByHandle,
    typeIdByValue,
    option,
    salesChannelId: setup.salesChannelId,
    shippingProfileId: setup.shippingProfileId,
    imageBaseUrl,
  })
  await ensureInventoryLevels(ctx, setup.stockLocationId)

  return {
    categories: CATEGORIES.length,
    products: products.length,
    services: products.filter(isService).length,
    imagesWritten,
    imageBaseUrl,
  }
}

async function ensureProductTypes({ container, report }: Ctx): Promise<Map<string, string>> {
  const products = container.resolve(Modules.PRODUCT)
  // The filter takes a single value; the list of types is short, so filter here.
  const existing = (await products.listProductTypes({}, { take: null })).filter((t) =>
    (PRODUCT_TYPES as string[]).includes(t.value)
  )
  const missing = PRODUCT_TYPES.filter((value) => !existing.some((t) => t.value === value))
  let created: { id: string; value: string }[] = []
  if (missing.length) {
    ;({ result: created } = await createProductTypesWorkflow(container).run({
      input: { product_types: missing.map((value) => ({ value })) },
    }))
    report.changed(`created product types ${missing.join(", ")}`)
  }
  return new Map([...existing, ...created].map((t) => [t.value, t.id]))
}

/** 生活服务 are taxed at 6 % instead of the region's default 13 %: a rate with a type rule. */
async function ensureServiceTaxRate(
  { container, report }: Ctx,
  taxRegionId: string,
  typeIdByValue: Map<string, string>
): Promise<void> {
  const tax = container.resolve(Modules.TAX)
  const [existing] = await tax.listTaxRates({ tax_region_id: taxRegionId, code: TAX.service_rate.code })
  if (existing) {
    return
  }
  const typeId = typeIdByValue.get(TAX.service_rate.product_type)
  if (!typeId) {
    throw new Error(`Product type ${TAX.service_rate.product_type} is missing`)
  }
  await createTaxRatesWorkflow(container).run({
    input: [
      {
        tax_region_id: taxRegionId,
        name: TAX.service_rate.name,
        code: TAX.service_rate.code,
        rate: TAX.service_rate.rate,
        rules: [{ reference: "product_type", reference_id: typeId }],
      },
    ],
  })
  report.changed(`created tax rate ${TAX.service_rate.name}`)
}

async function ensureCategories({ container, report }: Ctx): Promise<Map<string, string>> {
  const products = container.resolve(Modules.PRODUCT)
  const handles = CATEGORIES.map((c) => c.handle)
  const existing = await products.listProductCategories({ handle: handles }, { select: ["id", "handle"] })
  const missing = CATEGORIES.filter((c) => !existing.some((e) => e.handle === c.handle))
  let created: { id: string; handle: string }[] = []
  if (missing.length) {
    ;({ result: created } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map((c) => ({
          name: c.name,
          handle: c.handle,
          description: c.description,
          is_active: true,
          is_internal: false,
          rank: CATEGORIES.findIndex((x) => x.handle === c.handle),
          metadata: { name_en: c.name_en, catalog_code: CATALOG_CODE[c.handle] },
        })),
      },
    }))
    report.changed(`created ${missing.length} product categories`)
  }
  return new Map([...existing, ...created].map((c) => [c.handle, c.id]))
}

async function ensureSharedOption({ container, report }: Ctx): Promise<CatalogRefs["option"]> {
  const products = container.resolve(Modules.PRODUCT)
  let [option] = await products.listProductOptions(
    { title: SHARED_OPTION.title, is_exclusive: false },
    { relations: ["values"] }
  )
  if (!option) {
    const { result } = await createProductOptionsWorkflow(container).run({
      input: {
        product_options: [
          { title: SHARED_OPTION.title, values: [SHARED_OPTION.value], is_exclusive: false },
        ],
      },
    })
    report.changed(`created shared product option ${SHARED_OPTION.title}`)
    ;[option] = await products.listProductOptions({ id: result[0].id }, { relations: ["values"] })
  }
  const value = option.values?.find((v) => v.value === SHARED_OPTION.value)
  if (!value) {
    throw new Error(
      `Product option ${SHARED_OPTION.title} (${option.id}) exists without the value ${SHARED_OPTION.value}`
    )
  }
  return { id: option.id, title: option.title, valueId: value.id, value: value.value }
}

async function ensureProducts({ container, report, products: wanted }: Ctx, refs: CatalogRefs): Promise<void> {
  const products = container.resolve(Modules.PRODUCT)
  const existing = await products.listProducts(
    { handle: wanted.map((p) => p.handle) },
    { select: ["id", "handle"], take: null }
  )
  const existingHandles = new Set(existing.map((p) => p.handle))
  const missing = wanted.filter((p) => !existingHandles.has(p.handle))

  for (let i = 0; i < missing.length; i += PRODUCT_BATCH_SIZE) {
    const batch = missing.slice(i, i + PRODUCT_BATCH_SIZE)
    await createProductsWorkflow(container).run({
      input: { products: batch.map((p) => toCreateProductInput(p, refs)) },
    })
  }
  if (missing.length) {
    report.changed(`created ${missing.length} products`)
  }
}

async function ensureInventoryLevels({ container, report, products }: Ctx, stockLocationId: string): Promise<void> {
  const goods = products.filter((p) => !isService(p))
  const stockBySku = new Map(goods.map((p) => [p.sku, p.stock as number]))

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "inventory_items.inventory_item_id"],
    filters: { sku: [...stockBySku.keys()] },
  })
  const itemToSku = new Map<string, string>()
  for (const variant of variants) {
    for (const link of variant.inventory_items ?? []) {
      if (link?.inventory_item_id && variant.sku) {
        itemToSku.set(link.inventory_item_id, variant.sku)
      }
    }
  }
  if (!itemToSku.size) {
    return
  }

  const inventory = container.resolve(Modules.INVENTORY)
  const levels = await inventory.listInventoryLevels(
    { inventory_item_id: [...itemToSku.keys()], location_id: stockLocationId },
    { select: ["id", "inventory_item_id"], take: null }
  )
  const stocked = new Set(levels.map((l) => l.inventory_item_id))
  const missing = [...itemToSku.entries()].filter(([itemId]) => !stocked.has(itemId))
  if (!missing.length) {
    return
  }
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: missing.map(([itemId, sku]) => ({
        inventory_item_id: itemId,
        location_id: stockLocationId,
        stocked_quantity: stockBySku.get(sku) ?? 0,
      })),
    },
  })
  report.changed(`stocked ${missing.length} inventory items at the central warehouse`)
}
