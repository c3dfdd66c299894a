/**
 * Regional scope (GB/T 2260 division codes; the province is the first two digits: "140100"
 * Taiyuan → "14" Shanxi). A regulator (财政部门) supervises its own province; a provincial or
 * municipal agency (集中采购机构) serves the purchasers of its own province and draws experts
 * from that province's pool. Platform staff act everywhere. Pure.
 */
import type { OrganizationKind } from "./organization-lifecycle"

/** Kinds whose staff act only within their organization's province. */
export const PROVINCE_SCOPED_KINDS: readonly OrganizationKind[] = ["regulator", "agency"]

export function provinceOf(regionCode: string | null | undefined): string | null {
  if (!regionCode || !/^\d{2}/.test(regionCode)) return null
  return regionCode.slice(0, 2)
}

export function isProvinceScoped(kind: OrganizationKind): boolean {
  return PROVINCE_SCOPED_KINDS.includes(kind)
}

export type RegionScopeInput = {
  actor: { kind: OrganizationKind; region_code: string | null; id?: string }
  target: { region_code: string | null; id: string; label?: string }
  action: string
}

/** null when the actor may act on the target, otherwise why not. */
export function regionScopeProblem({ actor, target, action }: RegionScopeInput): string | null {
  if (!isProvinceScoped(actor.kind)) return null
  const mine = provinceOf(actor.region_code)
  const theirs = provinceOf(target.region_code)
  if (mine && theirs && mine === theirs) return null
  const label = target.label ?? `organization ${target.id}`
  return `${actor.kind}${actor.id ? ` ${actor.id}` : ""} of region ${actor.region_code ?? "(none)"} may not ${action} ${label} of region ${
    target.region_code ?? "(none)"
  }: ${actor.kind === "agency" ? "agencies" : "regulators"} act only within their province (${mine ?? "?"}xxxx)`
}

/**
 * A `region_code` filter value confining a list to the actor's province (`"14%"` for SQL
 * LIKE), null for actors who see everything. An actor of a scoped kind without a usable
 * region gets a pattern that matches nothing.
 */
export function provinceLikePattern(actor: { kind: OrganizationKind; region_code: string | null }): string | null {
  if (!isProvinceScoped(actor.kind)) return null
  const mine = provinceOf(actor.region_code)
  return mine ? `${mine}%` : "--%"
}

/**
 * Organizations registered for the national market: suppliers and banks sell and lend across
 * provinces (an agency reviews a Beijing supplier's offer for a Shanxi purchaser), and the
 * platform operator is national. Their registry records are readable by every agency and
 * regulator; purchasing units, agencies and regulators only within the reader's province.
 */
export const NATIONWIDE_ORGANIZATION_KINDS: readonly OrganizationKind[] = ["supplier", "bank", "platform"]

/** null when the actor may read the organization's record (with its members), otherwise why not. */
export function organizationReadProblem(
  actor: { kind: OrganizationKind; region_code: string | null; id?: string },
  target: { id: string; kind: OrganizationKind; region_code: string | null }
): string | null {
  if (NATIONWIDE_ORGANIZATION_KINDS.includes(target.kind)) return null
  return regionScopeProblem({ actor, target: { ...target, label: `${target.kind} organization ${target.id}` }, action: "read" })
}
