/**
 * Status → badge colour and translation key for the admin screens. The statuses mirror
 * `domain/offer-lifecycle.ts` and `domain/price-report-lifecycle.ts` (not imported: the admin
 * bundle must not pull server code).
 */

export const OFFER_STATUSES = ["pending_review", "approved", "rejected", "delisted", "draft"] as const
export type OfferStatus = (typeof OFFER_STATUSES)[number]

export const PRICE_REPORT_STATUSES = ["open", "upheld", "resolved", "dismissed", "expired"] as const
export type PriceReportStatus = (typeof PRICE_REPORT_STATUSES)[number]

export type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

const OFFER_COLORS: Record<OfferStatus, BadgeColor> = {
  draft: "grey",
  pending_review: "orange",
  approved: "green",
  rejected: "red",
  delisted: "grey",
}

const REPORT_COLORS: Record<PriceReportStatus, BadgeColor> = {
  open: "orange",
  upheld: "purple",
  resolved: "green",
  dismissed: "grey",
  expired: "red",
}

/** An unknown status (a newer server) is shown grey under its raw name rather than crashing. */
export function offerStatusBadge(status: string): { color: BadgeColor; key: string } {
  const color = (OFFER_COLORS as Record<string, BadgeColor>)[status]
  return { color: color ?? "grey", key: `offerStatus.${color ? status : "unknown"}` }
}

export function priceReportStatusBadge(status: string): { color: BadgeColor; key: string } {
  const color = (REPORT_COLORS as Record<string, BadgeColor>)[status]
  return { color: color ?? "grey", key: `reportStatus.${color ? status : "unknown"}` }
}

/** Which decisions the agency can take on a record in this status (mirrors the tables). */
export function offerDecisions(status: string): Array<"approve" | "reject"> {
  return status === "pending_review" ? ["approve", "reject"] : []
}

export function priceReportDecisions(status: string): Array<"uphold" | "dismiss"> {
  return status === "open" ? ["uphold", "dismiss"] : []
}

/**
 * A timestamp as wall time in Asia/Shanghai ("2026-11-27 23:59"), the zone every deadline
 * is defined in, whatever the reviewer's browser zone is.
 */
export function formatShanghai(iso: string | null | undefined, withTime = true): string {
  if (!iso) {
    return "—"
  }
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) {
    return String(iso)
  }
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone: "Asia/Shanghai",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value])
  )
  const day = `${parts.year}-${parts.month}-${parts.day}`
  return withTime ? `${day} ${parts.hour}:${parts.minute}` : day
}
