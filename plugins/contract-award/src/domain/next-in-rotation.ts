/**
 * Rotation (顺序轮候): awards go to the shortlisted suppliers in a fixed order, one turn each per
 * rotation period (framework-agreement.md "Phase 2"; issue #5 item 3).
 *
 * - The order is fixed when the agreement becomes active, either by phase-1 evaluation rank
 *   (`rotationOrderByRank`) or by a published seed (`rotationOrderBySeed`), and changes only on
 *   removal (the supplier leaves the order) or supplementary solicitation (a new supplier joins
 *   at the end).
 * - A period is one pass through the order. `cursor` points at the next turn; when it passes
 *   the end a new period starts at the top. Each turn is given once, so no supplier gets two
 *   turns in a period and none is skipped.
 * - A supplier who declines loses its turn this period (reason recorded); the request goes to
 *   the next turn. Each decline counts toward the repeated-refusal warning (threshold
 *   configurable, default 2: "repeated" is more than once). Removal is grounds after repeated
 *   refusal without cause, but that is the solicitor's decision, not automatic.
 * - A decline of a request given in an earlier period still counts as a refusal and moves the
 *   request to the next turn; the decliner's turn of that earlier period is what it lost.
 * - `reassign` moves a request whose holder was removed, without counting a refusal.
 *
 * `nextInRotation(state, event)` is pure and deterministic: the service calls it inside a lock
 * (Medusa locking module, one key per agreement lot) with the stored state and stores the
 * result, so concurrent requests can never share or skip a turn.
 */
import { seededRandom } from "@govmall/procurement-core/domain/seeded-random"
import { InvalidValueError } from "@govmall/procurement-core/domain/domain-error"

export type RotationTurn = {
  request_id: string
  supplier_id: string
  outcome: "awarded" | "declined" | "reassigned"
  reason?: string
}

export type RotationState = {
  order: readonly string[]
  /** 1 for the first pass through the order. */
  period: number
  /** Index in `order` of the next turn of this period. */
  cursor: number
  /** Turns given in the current period, in order. */
  turns: readonly RotationTurn[]
  /** Declines per supplier over the agreement's term. */
  refusals: Readonly<Record<string, number>>
}

export type RotationEvent =
  | { type: "request"; request_id: string }
  | { type: "decline"; request_id: string; supplier_id: string; reason: string }
  | { type: "reassign"; request_id: string; reason: string }
  | { type: "remove"; supplier_id: string }
  | { type: "add"; supplier_id: string }

export type RotationWarning = { rule: "rotation.repeated_refusal"; supplier_id: string; refusals: number; threshold: number }

export type RotationResult = {
  state: RotationState
  /** The supplier the request went to (request, decline, reassign); null for remove/add. */
  chosen: string | null
  warnings: RotationWarning[]
}

export const DEFAULT_REFUSAL_WARNING_THRESHOLD = 2

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function assertUniqueIds(ids: readonly string[]): void {
  const seen = new Set<string>()
  for (const id of ids) {
    if (typeof id !== "string" || id === "") throw new InvalidValueError(`supplier ids must be non-empty strings, got ${JSON.stringify(id)}`)
    if (seen.has(id)) throw new InvalidValueError(`supplier ${id} appears twice in the rotation order`)
    seen.add(id)
  }
}

/** By phase-1 rank (1 first), ties by supplier id in code-point order. */
export function rotationOrderByRank(members: ReadonlyArray<{ supplier_id: string; rank: number }>): string[] {
  assertUniqueIds(members.map((m) => m.supplier_id))
  return [...members].sort((a, b) => a.rank - b.rank || compareIds(a.supplier_id, b.supplier_id)).map((m) => m.supplier_id)
}

/**
 * A random order anyone can recompute from the published seed: sort the ids in code-point
 * order, then Fisher–Yates from the last position down, j = floor(r · (i + 1)) with r the next
 * value of procurement-core's seededRandom(seed) (mulberry32 over a string hash).
 */
export function rotationOrderBySeed(supplierIds: readonly string[], seed: string): string[] {
  assertUniqueIds(supplierIds)
  if (typeof seed !== "string" || seed.trim() === "") throw new InvalidValueError("seed must be a non-empty string")
  const order = [...supplierIds].sort(compareIds)
  const random = seededRandom(seed)
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[order[i], order[j]] = [order[j], order[i]]
  }
  return order
}

export function startRotation(order: readonly string[]): RotationState {
  assertUniqueIds(order)
  return { order: [...order], period: 1, cursor: 0, turns: [], refusals: {} }
}

/** Gives the next turn to `requestId`, starting a new period when the pass is complete. */
function giveTurn(state: RotationState, requestId: string): { state: RotationState; chosen: string } {
  if (state.order.length === 0) throw new InvalidValueError("no supplier is left in the rotation order")
  const rollOver = state.cursor >= state.order.length
  const period = rollOver ? state.period + 1 : state.period
  const cursor = rollOver ? 0 : state.cursor
  const turns = rollOver ? [] : state.turns
  const chosen = state.order[cursor]
  return {
    chosen,
    state: { ...state, period, cursor: cursor + 1, turns: [...turns, { request_id: requestId, supplier_id: chosen, outcome: "awarded" }] },
  }
}

function requireText(value: unknown, label: string): string {
  if (typeof value !== "string" || value.trim() === "") throw new InvalidValueError(`${label} is required`)
  return value.trim()
}

/** Closes the current-period turn of `requestId` (if it is in this period) with `outcome`. */
function closeTurn(state: RotationState, requestId: string, outcome: "declined" | "reassigned", reason: string, supplierId?: string): RotationState {
  const index = state.turns.findIndex((t) => t.request_id === requestId && t.outcome === "awarded")
  if (index < 0) return state
  const turn = state.turns[index]
  if (supplierId !== undefined && turn.supplier_id !== supplierId) {
    throw new InvalidValueError(`request ${requestId} is held by supplier ${turn.supplier_id}, not ${supplierId}`)
  }
  const turns = [...state.turns]
  turns[index] = { ...turn, outcome, reason }
  return { ...state, turns }
}

export function nextInRotation(
  state: RotationState,
  event: RotationEvent,
  refusalWarningThreshold = DEFAULT_REFUSAL_WARNING_THRESHOLD
): RotationResult {
  switch (event.type) {
    case "request": {
      requireText(event.request_id, "request_id")
      if (state.turns.some((t) => t.request_id === event.request_id)) {
        throw new InvalidValueError(`request ${event.request_id} already has a turn in this period`)
      }
      const next = giveTurn(state, event.request_id)
      return { state: next.state, chosen: next.chosen, warnings: [] }
    }
    case "decline": {
      const reason = requireText(event.reason, "reason")
      requireText(event.supplier_id, "supplier_id")
      const closed = closeTurn(state, event.request_id, "declined", reason, event.supplier_id)
      const refusals = { ...closed.refusals, [event.supplier_id]: (closed.refusals[event.supplier_id] ?? 0) + 1 }
      const next = giveTurn({ ...closed, refusals }, event.request_id)
      const count = refusals[event.supplier_id]
      return {
        state: next.state,
        chosen: next.chosen,
        warnings:
          count >= refusalWarningThreshold
            ? [{ rule: "rotation.repeated_refusal", supplier_id: event.supplier_id, refusals: count, threshold: refusalWarningThreshold }]
            : [],
      }
    }
    case "reassign": {
      const reason = requireText(event.reason, "reason")
      const next = giveTurn(closeTurn(state, event.request_id, "reassigned", reason), event.request_id)
      return { state: next.state, chosen: next.chosen, warnings: [] }
    }
    case "remove": {
      const index = state.order.indexOf(event.supplier_id)
      if (index < 0) throw new InvalidValueError(`supplier ${event.supplier_id} is not in the rotation order`)
      const order = state.order.filter((id) => id !== event.supplier_id)
      return { state: { ...state, order, cursor: index < state.cursor ? state.cursor - 1 : state.cursor }, chosen: null, warnings: [] }
    }
    case "add": {
      requireText(event.supplier_id, "supplier_id")
      if (state.order.includes(event.supplier_id)) throw new InvalidValueError(`supplier ${event.supplier_id} is already in the rotation order`)
      return { state: { ...state, order: [...state.order, event.supplier_id] }, chosen: null, warnings: [] }
    }
    default:
      throw new InvalidValueError(`unknown rotation event ${JSON.stringify((event as { type?: unknown }).type)}`)
  }
}
