import { useQuery } from "@tanstack/react-query"

/**
 * Calls this plugin's admin routes with the admin's session cookie (same origin as the
 * dashboard). A refused call throws an Error carrying the route's own `message` (it names the
 * field or the states), which the screens show as is.
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
  if (!response.ok) throw new Error(data?.message ?? (text.trim().slice(0, 300) || `${response.status} ${response.statusText}`))
  return data as T
}

export type Lot = {
  id: string
  position: number
  name: string
  specification: string
  kind: "goods" | "services"
  quantity_estimate: number
  unit: string
  budget_fen: number
  max_unit_price_fen: number
  deposit_fen: number
  consumables_price_required: boolean
}
export type Solicitation = Record<string, any> & {
  id: string
  title: string
  status: string
  owner_org_id: string
  region_code: string
  response_deadline: string | null
  submitted_at: string | null
  updated_at: string
  status_reason: string | null
  lots: Lot[]
}
export type Clarification = {
  id: string
  lot_id: string | null
  question: string
  asked_at: string
  answer: string | null
  answered_at: string | null
  changes_documents: boolean
}

export const PAGE_SIZE = 20
export const faKeys = {
  all: ["fa"] as const,
  list: (params: Record<string, unknown>) => ["fa", "solicitations", params] as const,
  reviews: (offset: number) => ["fa", "reviews", offset] as const,
  one: (id: string) => ["fa", "solicitation", id] as const,
  clarifications: (id: string) => ["fa", "clarifications", id] as const,
  organization: (id: string) => ["fa", "organization-name", id] as const,
}

const qs = (params: Record<string, string | number | undefined>) => {
  const search = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") search.set(k, String(v))
  const text = search.toString()
  return text ? `?${text}` : ""
}

export function useSolicitations(params: { status?: string; offset: number }) {
  return useQuery({
    queryKey: faKeys.list(params),
    queryFn: () => adminFetch<{ solicitations: Solicitation[]; count: number }>(`/admin/solicitations${qs({ ...params, limit: PAGE_SIZE })}`),
  })
}

export function useReviewQueue(offset: number) {
  return useQuery({
    queryKey: faKeys.reviews(offset),
    queryFn: () => adminFetch<{ solicitations: Solicitation[]; count: number }>(`/admin/solicitation-reviews${qs({ offset, limit: PAGE_SIZE })}`),
  })
}

export function useSolicitation(id: string | null) {
  return useQuery({
    queryKey: faKeys.one(id ?? ""),
    queryFn: () => adminFetch<{ solicitation: Solicitation }>(`/admin/solicitations/${encodeURIComponent(id!)}`),
    enabled: !!id,
  })
}

export function useClarifications(id: string | null) {
  return useQuery({
    queryKey: faKeys.clarifications(id ?? ""),
    queryFn: () => adminFetch<{ clarifications: Clarification[] }>(`/admin/solicitations/${encodeURIComponent(id!)}/clarifications`),
    enabled: !!id,
  })
}

export function useOrganizationName(id: string | undefined) {
  return useQuery({
    queryKey: faKeys.organization(id ?? ""),
    queryFn: async () => (await adminFetch<{ organization: { name: string } }>(`/admin/organizations/${encodeURIComponent(id!)}`)).organization.name,
    enabled: !!id,
    staleTime: 5 * 60_000,
  })
}

/** Asia/Shanghai wall time, e.g. 2026-11-22 23:59. */
export function formatShanghai(iso: string | null | undefined): string {
  if (!iso) return "—"
  const shifted = new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString()
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 16)}`
}
