// The catalog page keeps its search in the URL (shareable, back button works). These pure
// functions translate between the URL and the catalog API's query.
import type { CatalogQuery } from "../api/catalog"
import { parseYuanToFen } from "./format"

export const PAGE_SIZE = 12

export type CatalogFilters = {
  q: string
  category_id: string
  brand: string
  /** As typed, in yuan. */
  price_min: string
  price_max: string
  region_code: string
  certificate: string
  page: number
}

export const EMPTY_FILTERS: CatalogFilters = {
  q: "",
  category_id: "",
  brand: "",
  price_min: "",
  price_max: "",
  region_code: "",
  certificate: "",
  page: 1,
}

const TEXT_KEYS = ["q", "category_id", "brand", "price_min", "price_max", "region_code", "certificate"] as const

export function filtersFromUrl(params: URLSearchParams): CatalogFilters {
  const filters: CatalogFilters = { ...EMPTY_FILTERS }
  for (const key of TEXT_KEYS) filters[key] = params.get(key)?.trim() ?? ""
  const page = Number(params.get("page"))
  filters.page = Number.isInteger(page) && page > 0 ? page : 1
  return filters
}

/** Only the filters that are set, so URLs stay short; page 1 is implied. */
export function filtersToUrl(filters: CatalogFilters): URLSearchParams {
  const params = new URLSearchParams()
  for (const key of TEXT_KEYS) if (filters[key]) params.set(key, filters[key])
  if (filters.page > 1) params.set("page", String(filters.page))
  return params
}

export type FilterProblem = "price_min" | "price_max"

/** The prices a person typed that are not amounts (shown next to the field, not sent). */
export function filterProblems(filters: CatalogFilters): FilterProblem[] {
  return (["price_min", "price_max"] as const).filter((key) => filters[key] !== "" && parseYuanToFen(filters[key]) === undefined)
}

/** The API query for valid filters (prices in fen); a swapped min/max range is put in order. */
export function catalogQuery(filters: CatalogFilters): CatalogQuery {
  let min = filters.price_min ? parseYuanToFen(filters.price_min) : undefined
  let max = filters.price_max ? parseYuanToFen(filters.price_max) : undefined
  if (min !== undefined && max !== undefined && min > max) [min, max] = [max, min]
  return {
    q: filters.q || undefined,
    category_id: filters.category_id || undefined,
    brand: filters.brand || undefined,
    price_min: min,
    price_max: max,
    region_code: filters.region_code || undefined,
    certificate: filters.certificate || undefined,
    limit: PAGE_SIZE,
    offset: (filters.page - 1) * PAGE_SIZE,
  }
}

/** Pages to offer: all when few, else the first, the last and the current one's neighbours. */
export function pageNumbers(current: number, total: number): (number | "gap")[] {
  if (total <= 7) return Array.from({ length: total }, (_, i) => i + 1)
  const wanted = new Set([1, total, current - 1, current, current + 1].filter((p) => p >= 1 && p <= total))
  const sorted = [...wanted].sort((a, b) => a - b)
  const out: (number | "gap")[] = []
  sorted.forEach((page, i) => {
    if (i > 0 && page - sorted[i - 1] > 1) out.push("gap")
    out.push(page)
  })
  return out
}
