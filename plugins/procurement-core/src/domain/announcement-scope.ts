/**
 * Whose announcements a staff member may see and act on in `/admin`. An announcement belongs
 * to the organization of its author (`organization_id`, null for system-made ones). Pure.
 *
 * - platform staff: every announcement;
 * - published and withdrawn announcements are public anyway: every staff member may read them;
 * - drafts: the author's organization; a regulator also reads the drafts of its province
 *   (`region_code`), as the supervisor of that province's procurement;
 * - publish / withdraw: only members of the author's organization (the role table decides
 *   which role): agency B cannot publish or withdraw agency A's notice, nor a regulator an
 *   agency's. A system-made announcement (no organization) is the platform's.
 */
import type { OrganizationKind } from "./organization-lifecycle"
import { provinceOf } from "./region-scope"

export type AnnouncementScopeActor = { kind: OrganizationKind; organization_id: string; region_code: string | null }
export type AnnouncementScopeTarget = {
  id: string
  status: string
  organization_id: string | null
  region_code: string | null
}

const PUBLIC_STATUSES = ["published", "withdrawn"]

/** null when the actor may read the announcement, otherwise why not (answered as 404). */
export function announcementReadProblem(actor: AnnouncementScopeActor, announcement: AnnouncementScopeTarget): string | null {
  if (actor.kind === "platform") return null
  if (PUBLIC_STATUSES.includes(announcement.status)) return null
  if (announcement.organization_id && announcement.organization_id === actor.organization_id) return null
  if (actor.kind === "regulator") {
    const mine = provinceOf(actor.region_code)
    if (mine && mine === provinceOf(announcement.region_code)) return null
  }
  return `announcement ${announcement.id} is a draft of another organization`
}

/** null when the actor may publish / withdraw the announcement, otherwise why not (403). */
export function announcementWriteProblem(
  actor: AnnouncementScopeActor,
  announcement: AnnouncementScopeTarget,
  action: string
): string | null {
  if (actor.kind === "platform") return null
  if (announcement.organization_id && announcement.organization_id === actor.organization_id) return null
  return `${actor.kind} organization ${actor.organization_id} may not ${action} announcement ${announcement.id} of ${
    announcement.organization_id ? `organization ${announcement.organization_id}` : "the platform"
  }: only members of the organization that drafted it may`
}

/**
 * The list filter for `GET /admin/announcements`: null (everything) or the `$or` of what the
 * actor may read — the same rules as `announcementReadProblem`.
 */
export function announcementReadFilter(actor: AnnouncementScopeActor): Record<string, unknown>[] | null {
  if (actor.kind === "platform") return null
  const visible: Record<string, unknown>[] = [{ status: PUBLIC_STATUSES }, { organization_id: actor.organization_id }]
  const mine = provinceOf(actor.region_code)
  if (actor.kind === "regulator" && mine) visible.push({ region_code: { $like: `${mine}%` } })
  return visible
}
