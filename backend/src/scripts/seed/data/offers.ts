import type { CategoryHandle } from "./categories"

/**
 * What the agency and the suppliers do with the catalog in the demo: reference prices, the
 * offers' terms per category, and the few offers left in a state worth showing. The numbers
 * themselves come from `offer-plan.ts` (seeded random per product and supplier).
 */

/** Share of products the agency has recorded a reference price for (价格监测); the rest are capped by their list price. */
export const REFERENCE_PRICE_SHARE = 0.92

export const REFERENCE_SOURCE = {
  goods: "制造商官方指导价及主要电商平台同型号价格",
  services: "定点服务市场询价（三家以上服务商报价）",
} as const

/** Warranty months an offer promises by default, per category (0 = consumables and services without one). */
export const OFFER_WARRANTY_MONTHS: Record<CategoryHandle, number> = {
  "desktop-computers": 36,
  laptops: 24,
  "all-in-one-computers": 36,
  printers: 12,
  copiers: 12,
  "copy-paper": 0,
  projectors: 24,
  shredders: 12,
  "office-furniture": 60,
  "air-conditioners": 72,
  "office-supplies": 0,
  "cleaning-supplies": 0,
  "cleaning-services": 0,
  "vehicle-maintenance": 6,
  "car-rental": 0,
}

/** Green certificates the demo offers carry, beyond the required ones (环境标志 on paper and furniture). */
export const CERTIFICATE_ISSUERS = {
  energy_saving: "中国质量认证中心",
  eco_label: "中环联合（北京）认证中心有限公司",
} as const

export const ECO_LABEL_CATEGORIES: readonly CategoryHandle[] = ["copy-paper", "office-furniture"]

/**
 * Demo states, each on the LAST planned supplier of the product (so the product keeps at
 * least two approved offers to compare): left in the agency's queue, rejected, and an approved
 * offer whose price increase waits for review.
 */
export const DEMO_PENDING_REVIEW: readonly string[] = [
  "lenovo-qitian-m455-i5",
  "gree-yunjia-kfr-26gw",
  "pantum-p3300dw",
  "deli-s01-gel-pen-black",
  "vinda-commercial-jumbo-roll",
  "aurora-staff-desk-1400",
]

export const DEMO_REJECTED = {
  product: "hp-laserjet-pro-4004dn",
  reason: "报价所附节能产品认证证书与所报型号不一致，请核对证书后重新提交",
} as const

export const DEMO_PRICE_INCREASE = {
  product: "app-hongqijian-a4-70g",
  /** Percent the supplier asks for on top of its approved price (capped by the reference price). */
  percent: 6,
  reason: "纸浆原材料价格上涨，申请调整报价",
} as const
