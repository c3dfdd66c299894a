import type { CategoryHandle, SpecKey } from "../categories"

/**
 * One demo listing. Prices are integer fen (分) here and converted to Medusa's yuan amounts
 * only where the seed writes them. Brands and models are real products sold in China;
 * prices, stock and the service providers (marked 示例) are illustrative.
 */
export interface SeedProduct<H extends CategoryHandle = CategoryHandle> {
  category: H
  handle: string
  sku: string
  brand: string
  model: string
  title: string
  description: string
  /** Listed price including VAT, in fen. */
  price_fen: number
  /** Units stocked in the central warehouse. Services have none and skip inventory. */
  stock?: number
  /** 计量单位: 台, 箱, 把, 次 … */
  unit: string
  specs: { [K in SpecKey<H>]?: string }
}
