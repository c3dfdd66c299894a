/**
 * Lifecycle tables in the Vendure style: `{ [state]: { to: [allowed next states] } }`. One
 * table per lifecycle holds every rule; guards and workflows ask it instead of repeating
 * `if (status === ...)` checks.
 */
import { InvalidTransitionError } from "./domain-error"

export type Transitions<S extends string> = { readonly [K in S]: { readonly to: readonly S[] } }

export function canTransition<S extends string>(table: Transitions<S>, from: S, to: S): boolean {
  return table[from]?.to.includes(to) ?? false
}

/**
 * Throws InvalidTransitionError (kind `not_allowed`) naming the record and both states unless
 * the table allows `from → to`. `record` is e.g. `announcement ann_123`.
 */
export function assertTransition<S extends string>(
  table: Transitions<S>,
  from: S,
  to: S,
  record = "record"
): void {
  if (!(from in table)) {
    throw new InvalidTransitionError(from, to, `${record} is in unknown state "${from}"`)
  }
  if (!canTransition(table, from, to)) {
    const allowed = table[from].to
    throw new InvalidTransitionError(
      from,
      to,
      `${record} cannot go from "${from}" to "${to}"; from "${from}" it can go to ${
        allowed.length ? allowed.map((s) => `"${s}"`).join(", ") : "nothing (final state)"
      }`
    )
  }
}

/** Every state reachable from `initial` (including it), breadth first. */
export function reachableStates<S extends string>(table: Transitions<S>, initial: S): S[] {
  const seen = new Set<S>([initial])
  const queue: S[] = [initial]
  while (queue.length) {
    const state = queue.shift() as S
    for (const next of table[state]?.to ?? []) {
      if (!seen.has(next)) {
        seen.add(next)
        queue.push(next)
      }
    }
  }
  return [...seen]
}

/** Problems with a table: states unreachable from `initial`, targets that are not states. */
export function checkTransitions<S extends string>(table: Transitions<S>, initial: S): string[] {
  const states = Object.keys(table) as S[]
  const problems: string[] = []
  for (const state of states) {
    for (const next of table[state].to) {
      if (!(next in table)) {
        problems.push(`"${state}" → "${next}": "${next}" is not a state`)
      }
    }
  }
  const reachable = new Set(reachableStates(table, initial))
  for (const state of states) {
    if (!reachable.has(state)) {
      problems.push(`"${state}" is unreachable from "${initial}"`)
    }
  }
  return problems
}
