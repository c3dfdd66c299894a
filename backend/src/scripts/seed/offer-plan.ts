import { addDaysToDate, shanghaiDateString } from "@govmall/procurement-core/domain/clock"
import { DEFAULT_CERTIFICATE_REQUIREMENTS } from "@govmall/e-mall/domain/certificate-validity"
import { CATALOG_CODE, CATEGORIES, type CategoryHandle } from "./data/categories"
import {
  CERTIFICATE_ISSUERS,
  DEMO_PENDING_REVIEW,
  DEMO_PRICE_INCREASE,
  DEMO_REJECTED,
  ECO_LABEL_CATEGORIES,
  OFFER_WARRANTY_MONTHS,
  REFERENCE_PRICE_SHARE,
  REFERENCE_SOURCE,
} from "./data/offers"
import type { SeedSupplier } from "./data/organizations"
import type { SeedProduct } from "./data/products"
import { randomInt, seededRandom } from "./seeded-random"

/**
 * The demo e-mall, as plain data: which approved suppliers offer which product at what terms,
 * the agency's reference prices, and the few offers left in a demo state. Pure and
 * deterministic: the same products, suppliers and `now` (procurement clock) give the same plan.
 */

export type PlannedCertificate = {
  kind: "energy_saving" | "eco_label"
  number: string
  issuer: string
  expires_on: string
}

/** Where the demo leaves an offer: approved (most), in the agency's queue, rejected, or approved with a price increase under review. */
export type OfferOutcome = "approved" | "pending_review" | "rejected" | "price_increase_pending"

export type PlannedOffer = {
  product_handle: string
  category: CategoryHandle
  supplier_uscc: string
  price_fen: number
  stock: number
  delivery_region_codes: string[]
  lead_time_days: number
  warranty_months: number
  certificates: PlannedCertificate[]
  outcome: OfferOutcome
  reject_reason?: string
  /** For `price_increase_pending`: the price asked after approval. */
  increased_price_fen?: number
  increase_reason?: string
}

export type PlannedReferencePrice = { product_handle: string; price_fen: number; source: string; note: string }

export type OfferPlan = { references: PlannedReferencePrice[]; offers: PlannedOffer[] }

const NATIONWIDE = "100000"
const SHANXI = "140000"

function isService(product: SeedProduct): boolean {
  return product.stock === undefined
}

/** Prices the way suppliers quote them: …9.00 yuan above ¥1,000, whole yuan above ¥100, 10 fen below. */
export function quotePrice(fen: number): number {
  if (fen >= 100_000) return Math.floor((fen + 100) / 1000) * 1000 - 100
  if (fen >= 10_000) return Math.floor(fen / 100) * 100
  return Math.max(10, Math.floor(fen / 10) * 10)
}

function prefectureOf(regionCode: string): string {
  return `${regionCode.slice(0, 4)}00`
}

function deliveryRegions(supplier: SeedSupplier, service: boolean): string[] {
  if (!supplier.region_code.startsWith("14")) {
    return [NATIONWIDE]
  }
  const home = prefectureOf(supplier.region_code)
  if (service) {
    return [home]
  }
  if (supplier.enterprise_size === "large" || supplier.enterprise_size === "medium") {
    return [SHANXI]
  }
  // Small firms outside Taiyuan also deliver to the provincial capital, where most buyers are.
  return home === "140100" ? [home] : [home, "140100"]
}

function leadTimeDays(regions: string[], service: boolean, random: () => number): number {
  if (service) return randomInt(random, 1, 3)
  if (regions.includes(NATIONWIDE)) return randomInt(random, 3, 7)
  if (regions.includes(SHANXI)) return randomInt(random, 2, 5)
  return randomInt(random, 1, 3)
}

function requiredKinds(category: CategoryHandle): readonly string[] {
  return DEFAULT_CERTIFICATE_REQUIREMENTS[category] ?? []
}

/** A product's certificates belong to the model, so every supplier of it shows the same ones. */
function productCertificates(product: SeedProduct, today: string): PlannedCertificate[] {
  const random = seededRandom(`govmall-demo-cert:${product.handle}`)
  const year = today.slice(2, 4)
  const certificates: PlannedCertificate[] = []
  if (requiredKinds(product.category).includes("energy_saving")) {
    certificates.push({
      kind: "energy_saving",
      number: `CQC${year}701${String(randomInt(random, 0, 9_999_999)).padStart(7, "0")}`,
      issuer: CERTIFICATE_ISSUERS.energy_saving,
      expires_on: addDaysToDate(today, randomInt(random, 400, 1500)),
    })
  }
  if (ECO_LABEL_CATEGORIES.includes(product.category)) {
    certificates.push({
      kind: "eco_label",
      number: `CEC${today.slice(0, 4)}ELP${String(randomInt(random, 0, 999_999)).padStart(6, "0")}`,
      issuer: CERTIFICATE_ISSUERS.eco_label,
      expires_on: addDaysToDate(today, randomInt(random, 400, 1500)),
    })
  }
  return certificates
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

function referenceNote(today: string): string {
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1
  return `山西省政府采购中心 ${today.slice(0, 4)} 年第 ${quarter} 季度价格监测`
}

export function planDemoOffers(
  products: readonly SeedProduct[],
  suppliers: readonly SeedSupplier[],
  now: Date
): OfferPlan {
  const today = shanghaiDateString(now)
  const approved = suppliers.filter((s) => s.review.status === "approved")
  const references: PlannedReferencePrice[] = []
  const offers: PlannedOffer[] = []

  for (const product of products) {
    const random = seededRandom(`govmall-demo-offers:${product.handle}`)
    const service = isService(product)
    const hasReference = random() < REFERENCE_PRICE_SHARE
    if (hasReference) {
      references.push({
        product_handle: product.handle,
        price_fen: product.price_fen,
        source: service ? REFERENCE_SOURCE.services : REFERENCE_SOURCE.goods,
        note: referenceNote(today),
      })
    }
    // Without a reference price the listed price is the cap.
    const cap = product.price_fen

    const code = CATALOG_CODE[product.category]
    const eligible = approved.filter((s) => s.catalog_codes.includes(code))
    const demo =
      DEMO_PENDING_REVIEW.includes(product.handle) ||
      DEMO_REJECTED.product === product.handle ||
      DEMO_PRICE_INCREASE.product === product.handle
    const wanted = randomInt(random, 2, 5)
    const count = Math.min(eligible.length, demo ? Math.max(3, wanted) : wanted)
    const chosen = shuffle(eligible, random).slice(0, count)

    const certificates = productCertificates(product, today)
    const used = new Set<number>()
    chosen.forEach((supplier, index) => {
      const factor = 0.86 + random() * 0.13
      let price = Math.min(quotePrice(Math.round(cap * factor)), cap)
      // Two suppliers never quote the very same price: the comparison should tell them apart.
      while (used.has(price) && price > 10) price -= price >= 100_000 ? 1000 : 10
      used.add(price)
      const regions = deliveryRegions(supplier, service)
      const stock = service
        ? randomInt(random, 50, 500)
        : Math.max(5, Math.round((product.stock as number) * (0.15 + random() * 0.6)))
      const baseWarranty = OFFER_WARRANTY_MONTHS[product.category]
      const extended = baseWarranty >= 12 && baseWarranty < 60 && random() < 0.25
      const last = index === chosen.length - 1 && chosen.length >= 3
      const offer: PlannedOffer = {
        product_handle: product.handle,
        category: product.category,
        supplier_uscc: supplier.uscc,
        price_fen: price,
        stock,
        delivery_region_codes: regions,
        lead_time_days: leadTimeDays(regions, service, random),
        warranty_months: baseWarranty + (extended ? 12 : 0),
        certificates,
        outcome: "approved",
      }
      if (last && DEMO_PENDING_REVIEW.includes(product.handle)) {
        offer.outcome = "pending_review"
      } else if (last && DEMO_REJECTED.product === product.handle) {
        offer.outcome = "rejected"
        offer.reject_reason = DEMO_REJECTED.reason
      } else if (last && DEMO_PRICE_INCREASE.product === product.handle) {
        offer.outcome = "price_increase_pending"
        offer.increased_price_fen = Math.min(cap, quotePrice(Math.round(price * (1 + DEMO_PRICE_INCREASE.percent / 100))))
        offer.increase_reason = DEMO_PRICE_INCREASE.reason
      }
      offers.push(offer)
    })
  }
  return { references, offers }
}

/** Category handles whose offers must carry a valid certificate (for the spec and the README). */
export const GREEN_CATEGORIES = CATEGORIES.map((c) => c.handle).filter((h) => requiredKinds(h).length > 0)
