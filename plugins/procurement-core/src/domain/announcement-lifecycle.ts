/**
 * Announcements (公告) published on the platform. Public disclosure is the point, so a
 * published announcement is never edited or deleted: it can only be withdrawn, with a reason,
 * and the withdrawn notice stays visible.
 *
 *   draft ──publish──▶ published ──withdraw──▶ withdrawn
 */
import { assertTransition as assertInTable, canTransition as canInTable, Transitions } from "./state-machine"

export const ANNOUNCEMENT_STATUSES = ["draft", "published", "withdrawn"] as const
export type AnnouncementStatus = (typeof ANNOUNCEMENT_STATUSES)[number]

export const ANNOUNCEMENT_TRANSITIONS: Transitions<AnnouncementStatus> = {
  draft: { to: ["published"] },
  published: { to: ["withdrawn"] },
  withdrawn: { to: [] },
}

export const ANNOUNCEMENT_INITIAL_STATUS: AnnouncementStatus = "draft"

/** Statuses the public may see: withdrawn notices stay visible with their reason. */
export const PUBLIC_ANNOUNCEMENT_STATUSES: readonly AnnouncementStatus[] = ["published", "withdrawn"]

/**
 * Kinds of announcement.
 * - procurement_intention 采购意向: published before the procurement starts (disclosure of
 *   intentions, see supervision.md "Disclosure").
 * - solicitation_notice 征集公告 / 采购公告
 * - clarification 更正公告 / 澄清
 * - shortlist 入围结果公告
 * - award_result 成交/中标结果公告
 * - contract 合同公告 (within 2 working days of signing, Reg 50)
 * - summary 汇总公告 (e.g. periodic summary of framework-agreement awards)
 */
export const ANNOUNCEMENT_TYPES = [
  "procurement_intention",
  "solicitation_notice",
  "clarification",
  "shortlist",
  "award_result",
  "contract",
  "summary",
] as const
export type AnnouncementType = (typeof ANNOUNCEMENT_TYPES)[number]

export function isAnnouncementStatus(value: unknown): value is AnnouncementStatus {
  return typeof value === "string" && (ANNOUNCEMENT_STATUSES as readonly string[]).includes(value)
}

export function canTransition(from: AnnouncementStatus, to: AnnouncementStatus): boolean {
  return canInTable(ANNOUNCEMENT_TRANSITIONS, from, to)
}

/** Throws InvalidTransitionError (→ MedusaError NOT_ALLOWED) naming the announcement. */
export function assertTransition(
  from: AnnouncementStatus,
  to: AnnouncementStatus,
  announcementId?: string
): void {
  assertInTable(
    ANNOUNCEMENT_TRANSITIONS,
    from,
    to,
    announcementId ? `announcement ${announcementId}` : "announcement"
  )
}
