import { CATEGORIES, type CategoryHandle, type SpecKey } from "../categories"
import type { SeedProduct } from "./types"

/**
 * One compact listing: spec values in the category's spec order (`CATEGORIES[].specs`; an
 * empty string leaves a spec out); the title is `brand model noun suffix`.
 */
export type ProductRow = [
  handle: string,
  sku: string,
  brand: string,
  model: string,
  suffix: string,
  price_fen: number,
  /** Goods: units in the central warehouse; services: undefined. */
  stock: number | undefined,
  specs: string[],
  description?: string,
  /** 计量单位 when it differs from the category default. */
  unit?: string,
]

export interface RowDefaults {
  /** Category noun in the title: 台式计算机, 空调 … (searchable words). */
  noun: string
  unit: string
  description: string
}

/** Expands compact rows into SeedProducts; a row with more specs than the category declares is an error. */
export function productsFromRows<H extends CategoryHandle>(
  category: H,
  defaults: RowDefaults,
  rows: ProductRow[]
): SeedProduct<H>[] {
  const keys = Object.keys(CATEGORIES.find((c) => c.handle === category)!.specs) as SpecKey<H>[]
  return rows.map(([handle, sku, brand, model, suffix, price_fen, stock, values, description, unit]) => {
    if (values.length > keys.length) {
      throw new Error(`Product ${handle} has ${values.length} specs; ${category} declares ${keys.length}`)
    }
    const specs: SeedProduct<H>["specs"] = {}
    values.forEach((value, i) => {
      if (value) {
        specs[keys[i]] = value
      }
    })
    return {
      category,
      handle,
      sku,
      brand,
      model,
      title: [brand, model, defaults.noun, suffix].filter(Boolean).join(" "),
      description: description ?? defaults.description,
      price_fen,
      ...(stock === undefined ? {} : { stock }),
      unit: unit ?? defaults.unit,
      specs,
    }
  })
}
