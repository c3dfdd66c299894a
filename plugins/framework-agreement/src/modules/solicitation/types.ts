import type { SolicitationPlan, PlanLot } from "../../domain/plan-rules"
import type { SolicitationStatus } from "../../domain/solicitation-lifecycle"
import type { PlanRuleOptions } from "../../domain/plan-options"
import type { ClarificationNotice } from "../../domain/deadlines"

export type SolicitationModuleOptions = {
  /** Overrides of the plan rules' numbers (see domain/plan-options.ts). */
  planRules?: Partial<PlanRuleOptions>
  /** Minimum notice after a documents-changing clarification (domain/deadlines.ts). */
  clarificationNotice?: Partial<ClarificationNotice>
}

export type CreateSolicitationInput = SolicitationPlan & { owner_org_id: string }
/**
 * Any subset of the plan. `lots`, when given, is the whole new list: an entry with `id` updates
 * that lot (ids stay stable across edits), one without creates a lot, a lot not listed is removed.
 */
export type UpdateSolicitationInput = Partial<Omit<SolicitationPlan, "lots">> & {
  lots?: Array<PlanLot & { id?: string }>
}

export type SolicitationLotDTO = Omit<PlanLot, "kind"> & {
  id: string
  position: number
  kind: "goods" | "services"
  solicitation_id: string
}

export type SolicitationClarificationDTO = {
  id: string
  solicitation_id: string
  question: string
  lot_id: string | null
  asker_actor_type: string
  asker_actor_id: string
  asker_org_id: string | null
  asked_at: Date
  answer: string | null
  answered_at: Date | null
  answered_by: string | null
  changes_documents: boolean
  deadline_before: Date | null
  deadline_after: Date | null
}

export type SolicitationDTO = Omit<SolicitationPlan, "lots"> & {
  id: string
  owner_org_id: string
  status: SolicitationStatus
  status_reason: string | null
  review_note: string | null
  submitted_at: Date | null
  approved_at: Date | null
  filed_at: Date | null
  returned_at: Date | null
  published_at: Date | null
  cancelled_at: Date | null
  response_deadline: Date | null
  notice_announcement_id: string | null
  created_by: string
  submitted_by: string | null
  reviewed_by: string | null
  published_by: string | null
  lots: SolicitationLotDTO[]
}

/** The fields a transition changes, put back by a workflow's compensation. */
export const TRANSITION_FIELDS = [
  "status",
  "status_reason",
  "review_note",
  "submitted_at",
  "approved_at",
  "filed_at",
  "returned_at",
  "published_at",
  "cancelled_at",
  "response_deadline",
  "notice_announcement_id",
  "submitted_by",
  "reviewed_by",
  "published_by",
] as const
export type SolicitationTransitionState = Pick<SolicitationDTO, (typeof TRANSITION_FIELDS)[number]>

export type ReviewDecision = "approve" | "file" | "return"
