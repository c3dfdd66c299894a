import { describe, expect, it } from "vitest"
import { assertTransition, checkTransitions, reachableStates, Transitions } from "./state-machine"

type S = "a" | "b" | "c" | "d"

describe("checkTransitions", () => {
  it.each([
    [
      "an orphan state",
      { a: { to: ["b"] }, b: { to: ["c"] }, c: { to: [] }, d: { to: ["a"] } } as Transitions<S>,
      ['"d" is unreachable from "a"'],
    ],
    [
      "a full chain",
      { a: { to: ["b"] }, b: { to: ["c", "d"] }, c: { to: [] }, d: { to: [] } } as Transitions<S>,
      [],
    ],
    [
      "a dangling target",
      { a: { to: ["b", "x"] }, b: { to: [] }, c: { to: [] }, d: { to: [] } } as unknown as Transitions<S>,
      ['"a" → "x": "x" is not a state', '"c" is unreachable from "a"', '"d" is unreachable from "a"'],
    ],
  ])("%s", (_label, table, problems) => {
    expect(checkTransitions(table, "a")).toEqual(problems)
  })

  it("walks cycles once", () => {
    const cyclic: Transitions<"x" | "y"> = { x: { to: ["y"] }, y: { to: ["x"] } }
    expect(reachableStates(cyclic, "x")).toEqual(["x", "y"])
  })

  it("refuses an unknown current state", () => {
    const table: Transitions<"x"> = { x: { to: [] } }
    expect(() => assertTransition(table, "z" as "x", "x", "thing t_1")).toThrow(
      'thing t_1 is in unknown state "z"'
    )
  })
})
