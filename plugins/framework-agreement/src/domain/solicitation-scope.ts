/**
 * Which staff may see and act on a solicitation in `/admin` (pure; the admin role table has
 * already decided kind and role):
 * - platform staff: every solicitation;
 * - the solicitor (the owning agency): its own plans — another agency's plan is answered 404,
 *   as if it did not exist;
 * - a regulator: the plans of its province (read and review); another province's plan is
 *   404 to read and 403 to review.
 */
export type ScopeActor = { kind: string; organization_id: string; region_code: string | null }
export type ScopeTarget = { id: string; owner_org_id: string; region_code: string | null }
export type ScopeProblem = { kind: "not_found" | "forbidden"; message: string } | null

const province = (code: string | null | undefined) => (code && /^\d{2}/.test(code) ? code.slice(0, 2) : null)

export function solicitationReadProblem(actor: ScopeActor, s: ScopeTarget): ScopeProblem {
  if (actor.kind === "platform") return null
  if (actor.kind === "agency" && actor.organization_id === s.owner_org_id) return null
  if (actor.kind === "regulator" && province(actor.region_code) && province(actor.region_code) === province(s.region_code)) return null
  return { kind: "not_found", message: `solicitation ${s.id} was not found` }
}

/** The solicitor's acts (edit, submit, publish, answer, cancel): the owning agency only. */
export function solicitationManageProblem(actor: ScopeActor, s: ScopeTarget): ScopeProblem {
  if (actor.kind === "platform") return null
  if (actor.kind === "agency" && actor.organization_id === s.owner_org_id) return null
  return { kind: "not_found", message: `solicitation ${s.id} was not found` }
}

/** The regulator's acts (approve, file, return): its own province only. */
export function solicitationReviewProblem(actor: ScopeActor, s: ScopeTarget, action: string): ScopeProblem {
  if (actor.kind === "platform") return null
  if (actor.kind === "regulator") {
    const mine = province(actor.region_code)
    if (mine && mine === province(s.region_code)) return null
    return {
      kind: "forbidden",
      message: `regulator ${actor.organization_id} of region ${actor.region_code ?? "(none)"} may not ${action} solicitation ${s.id} of region ${s.region_code ?? "(none)"}: regulators review only their province's plans (${mine ?? "?"}xxxx)`,
    }
  }
  return { kind: "forbidden", message: `${actor.kind} organizations may not ${action} solicitation plans; the regulator of the plan's province does` }
}

/** `GET` list filter: null = everything. */
export function solicitationListFilter(actor: ScopeActor): Record<string, unknown> | null {
  if (actor.kind === "platform") return null
  if (actor.kind === "agency") return { owner_org_id: actor.organization_id }
  const mine = province(actor.region_code)
  if (actor.kind === "regulator" && mine) return { region_code: { $like: `${mine}%` } }
  return { id: "--none--" }
}
