/**
 * Draws the expert panel for a lot's evaluation (see shared/domain/framework-agreement.md —
 * "Evaluation is done by an expert panel" — and the issue: odd size, default 5, drawn at random
 * from experts registered for the catalog item, excluding experts tied to a responding supplier,
 * replayable by the regulator).
 *
 * - Eligible: registered for the catalog item, available at the evaluation time, not employed by
 *   a responding supplier (employer USCC = supplier USCC) and not declaring a relation to one
 *   (a USCC in `declared_relations`). Every excluded expert is listed with all its reasons.
 * - The draw: eligible ids sorted, then shuffled (Fisher–Yates) by the procurement-core seeded PRNG
 *   (mulberry32) seeded with `seed`; the first `size` are the panel, the rest the reserve order
 *   (who is called if a panel member withdraws). Sorting first makes the draw depend only on
 *   the candidate set and the seed, never on the order a database returned the experts in, so
 *   `replayPanelDraw(seed, size, candidates)` gives the regulator the same panel.
 * - The seed is not a secret afterwards (it is stored with the draw); the draw is fair because
 *   the caller takes the seed from a cryptographic source at the moment of the draw, after the
 *   candidate list is fixed. The PRNG itself is not cryptographic; it only has to be replayable.
 * - Too few eligible experts → a `not_allowed` DomainError naming how many there are and why
 *   the others were excluded (the agency must register more experts or widen the item).
 */
import { DomainError, InvalidValueError } from "@govmall/procurement-core/domain/domain-error"
import { seededRandom } from "@govmall/procurement-core/domain/seeded-random"

export const DEFAULT_PANEL_SIZE = 5
export const PANEL_DRAW_ALGORITHM = "sorted-ids/mulberry32/fisher-yates/v1"

export type PanelExpert = {
  id: string
  catalog_items: readonly string[]
  /** USCC of the expert's employer, if any. */
  employer_uscc?: string | null
  /** USCCs of companies the expert declared a relation to (former employer, relatives, shares). */
  declared_relations?: readonly string[]
  /** Periods the expert declared unavailable (half-open: from ≤ t < to). */
  unavailable?: ReadonlyArray<{ from: Date; to: Date }>
  /** False when the expert is suspended or deregistered. Default true. */
  active?: boolean
}

export type RespondingSupplier = { id: string; uscc: string }

export type PanelDrawInput = {
  seed: string
  catalog_item: string
  /** Start of the evaluation: availability is judged at this instant. */
  evaluation_at: Date
  experts: readonly PanelExpert[]
  suppliers: readonly RespondingSupplier[]
  size?: number
}

export type ExclusionReason =
  | "not_registered_for_item"
  | "inactive"
  | "unavailable"
  | "employed_by_responding_supplier"
  | "declared_relation_to_responding_supplier"

export type ExcludedExpert = {
  expert_id: string
  reasons: ExclusionReason[]
  /** Responding suppliers the expert is tied to. */
  supplier_ids: string[]
}

export type PanelDraw = {
  algorithm: typeof PANEL_DRAW_ALGORITHM
  seed: string
  size: number
  /** Eligible expert ids, sorted: the input of the replay. */
  candidates: string[]
  excluded: ExcludedExpert[]
  panel: string[]
  reserve: string[]
}

const normalizeUscc = (value: string) => value.trim().toUpperCase()

function checkSize(size: unknown): number {
  if (typeof size !== "number" || !Number.isSafeInteger(size) || size < 3 || size % 2 === 0) {
    throw new InvalidValueError(`size must be an odd whole number ≥ 3, got ${String(size)}`)
  }
  return size
}

/** The panel and reserve order for `seed`; the same inputs always give the same result. */
export function replayPanelDraw(seed: string, size: number, candidates: readonly string[]): { panel: string[]; reserve: string[] } {
  if (typeof seed !== "string" || seed === "") {
    throw new InvalidValueError("seed must be a non-empty string")
  }
  checkSize(size)
  const order = [...new Set(candidates)].sort()
  if (order.length < size) {
    throw new DomainError("not_allowed", `only ${order.length} eligible experts for a panel of ${size}`)
  }
  const random = seededRandom(seed)
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[order[i], order[j]] = [order[j], order[i]]
  }
  return { panel: order.slice(0, size), reserve: order.slice(size) }
}

/** Filters the experts and draws the panel. */
export function drawPanel(input: PanelDrawInput): PanelDraw {
  const size = checkSize(input.size ?? DEFAULT_PANEL_SIZE)
  if (typeof input.seed !== "string" || input.seed === "") {
    throw new InvalidValueError("seed must be a non-empty string")
  }
  if (!(input.evaluation_at instanceof Date) || Number.isNaN(input.evaluation_at.getTime())) {
    throw new InvalidValueError("evaluation_at must be a valid Date")
  }
  const at = input.evaluation_at.getTime()
  const supplierByUscc = new Map<string, string[]>()
  for (const supplier of input.suppliers) {
    const key = normalizeUscc(supplier.uscc)
    supplierByUscc.set(key, [...(supplierByUscc.get(key) ?? []), supplier.id])
  }

  const candidates: string[] = []
  const excluded: ExcludedExpert[] = []
  const seen = new Set<string>()
  input.experts.forEach((expert, index) => {
    if (typeof expert.id !== "string" || expert.id === "" || seen.has(expert.id)) {
      throw new InvalidValueError(`experts[${index}].id must be a unique non-empty string`)
    }
    seen.add(expert.id)
    const reasons: ExclusionReason[] = []
    const tiedTo = new Set<string>()
    if (!expert.catalog_items.includes(input.catalog_item)) reasons.push("not_registered_for_item")
    if (expert.active === false) reasons.push("inactive")
    if ((expert.unavailable ?? []).some((period) => period.from.getTime() <= at && at < period.to.getTime())) {
      reasons.push("unavailable")
    }
    const employer = expert.employer_uscc ? supplierByUscc.get(normalizeUscc(expert.employer_uscc)) : undefined
    if (employer) {
      reasons.push("employed_by_responding_supplier")
      employer.forEach((id) => tiedTo.add(id))
    }
    const related = (expert.declared_relations ?? []).flatMap((uscc) => supplierByUscc.get(normalizeUscc(uscc)) ?? [])
    if (related.length) {
      reasons.push("declared_relation_to_responding_supplier")
      related.forEach((id) => tiedTo.add(id))
    }
    if (reasons.length) {
      excluded.push({ expert_id: expert.id, reasons, supplier_ids: [...tiedTo].sort() })
    } else {
      candidates.push(expert.id)
    }
  })
  candidates.sort()

  if (candidates.length < size) {
    const counts = new Map<ExclusionReason, number>()
    excluded.forEach((entry) => entry.reasons.forEach((reason) => counts.set(reason, (counts.get(reason) ?? 0) + 1)))
    const why = [...counts].map(([reason, count]) => `${reason}: ${count}`).join(", ")
    throw new DomainError(
      "not_allowed",
      `only ${candidates.length} eligible experts for catalog item ${input.catalog_item}, a panel needs ${size}` +
        (why ? ` (excluded — ${why})` : "")
    )
  }
  const { panel, reserve } = replayPanelDraw(input.seed, size, candidates)
  return { algorithm: PANEL_DRAW_ALGORITHM, seed: input.seed, size, candidates, excluded, panel, reserve }
}
