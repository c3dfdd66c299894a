/**
 * The commerce skeleton of the demo e-mall: store, region, channel, key, warehouse and
 * delivery. Names double as natural keys — the seed finds existing records by them, so
 * renaming one here makes the next seed run create a second record.
 */

export const STORE = {
  name: "GovMall 政府采购电子卖场",
  currency_code: "cny",
} as const

export const REGION = {
  name: "中国",
  name_en: "China",
  currency_code: "cny",
  countries: ["cn"],
  automatic_taxes: true,
  // Listed prices are what the purchaser pays: VAT is included, never added on top.
  is_tax_inclusive: true,
} as const

/** Payment providers registered by the payment-mock plugin (see backend/medusa-config.ts). */
export const PAYMENT_PROVIDER_IDS = ["pp_govpay_treasury", "pp_govpay_official_card"] as const

/** Used only when none of our providers is registered, so checkout still has a provider. */
export const FALLBACK_PAYMENT_PROVIDER_ID = "pp_system_default"

export const SALES_CHANNEL = {
  name: "政府采购电子卖场",
  description: "GovMall 电子卖场（网上超市）直购渠道",
} as const

export const PUBLISHABLE_KEY_TITLE = "GovMall 电子卖场"

export const TAX = {
  country_code: "cn",
  provider_id: "tp_system",
  // 增值税 on goods and on repair services (修理修配劳务) is 13 %.
  default_rate: { rate: 13, code: "VAT13", name: "增值税 13%" },
  // 生活服务 (cleaning and other everyday services) are taxed at 6 %.
  service_rate: { rate: 6, code: "VAT6", name: "增值税 6%（生活服务）", product_type: "生活服务" },
} as const

export const STOCK_LOCATION = {
  name: "政府采购电子卖场中心仓",
  address: {
    address_1: "小店区龙城大街 88 号",
    address_2: "政府采购物流园 3 号库",
    city: "太原市",
    province: "山西省",
    postal_code: "030032",
    country_code: "CN",
    phone: "0351-0000000",
  },
} as const

export const FULFILLMENT_PROVIDER_ID = "manual_manual"

export const FULFILLMENT_SET = {
  name: "政府采购电子卖场中心仓配送",
  type: "shipping",
  service_zone: { name: "中国", country_code: "cn" },
} as const

export const SHIPPING_PROFILE = { name: "默认配送", type: "default" } as const

export const SHIPPING_OPTION = {
  name: "免费配送",
  type: { label: "免费配送", description: "中心仓统一配送，免运费", code: "free-delivery" },
  amount_fen: 0,
} as const
