import { sdk } from "./client"

export type Announcement = {
  id: string
  type: string
  title: string
  body: string
  region_code: string | null
  status: "published" | "withdrawn"
  published_at: string | null
  withdrawn_at: string | null
  withdraw_reason: string | null
}

export function listAnnouncements(query: { type?: string; limit: number; offset: number }) {
  const params: Record<string, string> = { limit: String(query.limit), offset: String(query.offset) }
  if (query.type) params.type = query.type
  return sdk.client.fetch<{ announcements: Announcement[]; count: number }>("/store/announcements", { query: params })
}

export function getAnnouncement(id: string) {
  return sdk.client.fetch<{ announcement: Announcement }>(`/store/announcements/${encodeURIComponent(id)}`)
}
