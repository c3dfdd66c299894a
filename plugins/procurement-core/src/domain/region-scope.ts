/**
 * Regional scope of a regulator (财政部门): it supervises the organizations of its own
 * province — the first two digits of the GB/T 2260 administrative division code
 * ("140100" Taiyuan → "14" Shanxi). Platform staff act everywhere. Pure.
 */
import type { OrganizationKind } from "./organization-lifecycle"

export function provinceOf(regionCode: string | null | undefined): string | null {
  if (!regionCode || !/^\d{2}/.test(regionCode)) return null
  return regionCode.slice(0, 2)
}

export type RegionScopeInput = {
  actor: { kind: OrganizationKind; region_code: string | null; id?: string }
  target: { region_code: string | null; id: string; label?: string }
  action: string
}

/** null when the actor may act on the target, otherwise why not. */
export function regionScopeProblem({ actor, target, action }: RegionScopeInput): string | null {
  if (actor.kind !== "regulator") return null
  const mine = provinceOf(actor.region_code)
  const theirs = provinceOf(target.region_code)
  if (mine && theirs && mine === theirs) return null
  const label = target.label ?? `organization ${target.id}`
  return `regulator${actor.id ? ` ${actor.id}` : ""} of region ${actor.region_code ?? "(none)"} may not ${action} ${label} of region ${
    target.region_code ?? "(none)"
  }: regulators act only within their province (${mine ?? "?"}xxxx)`
}
