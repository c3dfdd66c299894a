import { useQuery } from "@tanstack/react-query"

/**
 * Calls the plugin's admin routes with the admin's session cookie, as Medusa's admin
 * customization docs do. The dashboard is served by the same backend, so paths are relative.
 * A failed call throws an Error whose message is the route's own `message` (e.g. `offer
 * offer_1 cannot go from "approved" to "approved" …`), shown to the reviewer as is.
 */
export async function adminFetch<T>(path: string, init: { method?: "GET" | "POST"; body?: unknown } = {}): Promise<T> {
  const response = await fetch(path, {
    method: init.method ?? "GET",
    credentials: "include",
    headers: init.body === undefined ? { accept: "application/json" } : { "content-type": "application/json", accept: "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const text = await response.text()
  let data: any = null
  try {
    data = text ? JSON.parse(text) : null
  } catch {
    data = null
  }
  if (!response.ok) {
    const message = data?.message ?? (text.trim().slice(0, 300) || `${response.status} ${response.statusText}`)
    throw new Error(message)
  }
  return data as T
}

export function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== "") search.set(key, String(value))
  }
  const text = search.toString()
  return text ? `?${text}` : ""
}

export type Certificate = { id: string; kind: string; number: string; issuer: string | null; expires_on: string }
export type PriceChange = {
  id: string
  old_price_fen: number | null
  new_price_fen: number
  change: string
  needs_review: boolean
  changed_at: string
  changed_by: string | null
  reason: string | null
}
export type Offer = {
  id: string
  product_id: string
  supplier_org_id: string
  price_fen: number
  stock: number
  delivery_region_codes: string[]
  lead_time_days: number | null
  warranty_months: number | null
  status: string
  status_reason: string | null
  delist_reason: string | null
  submitted_at: string | null
  approved_at: string | null
  created_at: string
  certificates?: Certificate[]
  price_changes?: PriceChange[]
}
export type PriceReport = {
  id: string
  offer_id: string
  status: string
  reported_price_fen: number
  observed_price_fen: number | null
  evidence_text: string
  evidence_url: string | null
  decision_reason: string | null
  target_price_fen: number | null
  lower_by: string | null
  decided_at: string | null
  resolved_at: string | null
  resolved_price_fen: number | null
  expired_at: string | null
  created_at: string
  reporter_org_id: string
  supplier_org_id: string
  offer?: { id: string; product_id: string; price_fen: number; status: string }
}
export type ReferencePrice = { id: string; product_id: string; price_fen: number; source: string; note: string | null; recorded_at: string }

export const PAGE_SIZE = 20

export const emallKeys = {
  offers: (params: Record<string, unknown>) => ["emall", "offers", params] as const,
  offer: (id: string) => ["emall", "offer", id] as const,
  reports: (params: Record<string, unknown>) => ["emall", "price-reports", params] as const,
  report: (id: string) => ["emall", "price-report", id] as const,
  referencePrice: (productId: string) => ["emall", "reference-price", productId] as const,
  product: (id: string) => ["emall", "product-title", id] as const,
  organization: (id: string) => ["emall", "organization-name", id] as const,
}

export function useOffers(params: { status?: string; product_id?: string; offset?: number; limit?: number }) {
  return useQuery({
    queryKey: emallKeys.offers(params),
    queryFn: () =>
      adminFetch<{ offers: Offer[]; count: number }>(
        `/admin/offers${query({ status: params.status, product_id: params.product_id, offset: params.offset, limit: params.limit ?? PAGE_SIZE })}`
      ),
  })
}

export function useOffer(id: string | null) {
  return useQuery({
    queryKey: emallKeys.offer(id ?? ""),
    queryFn: () => adminFetch<{ offer: Offer }>(`/admin/offers/${encodeURIComponent(id!)}`),
    enabled: !!id,
  })
}

export function usePriceReports(params: { status?: string; offer_id?: string; offset?: number }, enabled = true) {
  return useQuery({
    queryKey: emallKeys.reports(params),
    queryFn: () =>
      adminFetch<{ price_reports: PriceReport[]; count: number }>(
        `/admin/price-reports${query({ status: params.status, offer_id: params.offer_id, offset: params.offset, limit: PAGE_SIZE })}`
      ),
    enabled,
  })
}

export function usePriceReport(id: string | null) {
  return useQuery({
    queryKey: emallKeys.report(id ?? ""),
    queryFn: () => adminFetch<{ price_report: PriceReport }>(`/admin/price-reports/${encodeURIComponent(id!)}`),
    enabled: !!id,
  })
}

export function useReferencePrice(productId: string) {
  return useQuery({
    queryKey: emallKeys.referencePrice(productId),
    queryFn: async () => {
      const { reference_prices } = await adminFetch<{ reference_prices: ReferencePrice[] }>(
        `/admin/reference-prices${query({ product_id: productId })}`
      )
      return reference_prices[0] ?? null
    },
  })
}

/** Medusa's own product route; the title is all a review row needs. */
export function useProductTitle(id: string | undefined) {
  return useQuery({
    queryKey: emallKeys.product(id ?? ""),
    queryFn: async () => (await adminFetch<{ product: { title: string } }>(`/admin/products/${encodeURIComponent(id!)}?fields=id,title`)).product.title,
    enabled: !!id,
    staleTime: 5 * 60_000,
  })
}

/** procurement-core's organization route (readable by any agency member). */
export function useOrganizationName(id: string | undefined) {
  return useQuery({
    queryKey: emallKeys.organization(id ?? ""),
    queryFn: async () => (await adminFetch<{ organization: { name: string } }>(`/admin/organizations/${encodeURIComponent(id!)}`)).organization.name,
    enabled: !!id,
    staleTime: 5 * 60_000,
  })
}
