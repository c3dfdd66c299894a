import { sdk } from "./client"
import { getCnyRegion } from "./store"

// The e-mall's purchaser routes (plugins/e-mall, /store/emall/*): typed calls over the SDK's
// fetch, which adds the publishable key and the purchaser's bearer token.

export type CartLine = {
  id: string
  title: string
  product_id: string | null
  product_title?: string | null
  thumbnail: string | null
  quantity: number
  unit_price: number
  /** `supplier_name`: the supplier's name when the line was added (null or absent: unknown). */
  metadata: { offer_id?: string; supplier_org_id?: string; supplier_name?: string | null } | null
}

export type Cart = { id: string; email: string | null; completed_at: string | null; items: CartLine[] }

export type EmallOrder = {
  id: string
  order_id: string
  supplier_org_id: string
  /** The supplier organization's name; null when the organization is missing. */
  supplier?: { name: string } | null
  status: "pending_confirmation" | "confirmed" | "declined" | "cancelled"
  total_fen: number
  confirm_by: string | null
  reason: string | null
  created_at: string
  order: {
    id: string
    display_id: number
    created_at: string
    items: { id: string; title: string; quantity: number; unit_price: number }[]
  } | null
}

export type PaymentChoice =
  | { provider_id: "pp_govpay_treasury"; data: { budget_indicator_code: string } }
  | { provider_id: "pp_govpay_official_card"; data: { card_number: string } }

export type ShippingAddress = {
  first_name: string
  phone: string
  address_1: string
  city?: string
  province?: string
  country_code: "cn"
  metadata: { region_code: string }
}

const CART_FIELDS = "id,email,completed_at,*items,items.metadata,items.product_title"
const CART_KEY = "govmall.cart_id"

export function storedCartId(): string | null {
  return window.localStorage.getItem(CART_KEY)
}

export function forgetCart() {
  window.localStorage.removeItem(CART_KEY)
}

/** The purchaser's open cart, created in the CNY region on first use. */
export async function ensureCart(email: string): Promise<string> {
  const existing = storedCartId()
  if (existing) {
    const { cart } = await sdk.store.cart.retrieve(existing, { fields: "id,completed_at" }).catch(() => ({ cart: null }))
    if (cart && !cart.completed_at) return existing
  }
  const region = await getCnyRegion()
  const { cart } = await sdk.store.cart.create({ region_id: region.id, email })
  window.localStorage.setItem(CART_KEY, cart.id)
  return cart.id
}

export async function getCart(id: string): Promise<Cart> {
  const { cart } = await sdk.store.cart.retrieve(id, { fields: CART_FIELDS })
  return cart as unknown as Cart
}

export async function addOfferToCart(email: string, offerId: string, quantity: number): Promise<Cart> {
  const cartId = await ensureCart(email)
  const { cart } = await sdk.client.fetch<{ cart: Cart }>(`/store/emall/carts/${cartId}/offers`, {
    method: "POST",
    body: { offer_id: offerId, quantity },
  })
  return cart
}

export async function updateLineQuantity(cartId: string, lineId: string, quantity: number): Promise<void> {
  if (quantity <= 0) await sdk.store.cart.deleteLineItem(cartId, lineId)
  else await sdk.store.cart.updateLineItem(cartId, lineId, { quantity })
}

/** Address on the cart, then one order per supplier with the payment authorized. */
export async function checkout(cartId: string, address: ShippingAddress, payment: PaymentChoice) {
  await sdk.store.cart.update(cartId, { shipping_address: address, billing_address: address })
  const placed = await sdk.client.fetch<{ type: "orders"; emall_orders: EmallOrder[] }>(
    `/store/emall/carts/${cartId}/complete`,
    { method: "POST", body: { payment } }
  )
  forgetCart()
  return placed.emall_orders
}

export function listOrders(query: { limit: number; offset: number }) {
  return sdk.client.fetch<{ emall_orders: EmallOrder[]; count: number }>("/store/emall/orders", {
    query: { limit: String(query.limit), offset: String(query.offset) },
  })
}

export function reportOverPrice(input: {
  offer_id: string
  evidence_text: string
  evidence_url?: string
  observed_price_fen?: number
}) {
  return sdk.client.fetch<{ price_report: { id: string; status: string } }>("/store/emall/price-reports", {
    method: "POST",
    body: input,
  })
}

export type PriceReport = {
  id: string
  offer_id: string
  status: "open" | "upheld" | "dismissed" | "resolved" | "expired"
  reported_price_fen: number
  observed_price_fen: number | null
  decision_reason: string | null
  target_price_fen: number | null
  lower_by: string | null
  created_at: string
  supplier_org_id: string
  offer: { id: string; product_id: string; price_fen: number; status: string } | null
}

export function listPriceReports(query: { limit: number; offset: number }) {
  return sdk.client.fetch<{ price_reports: PriceReport[]; count: number }>("/store/emall/price-reports", {
    query: { limit: String(query.limit), offset: String(query.offset) },
  })
}
