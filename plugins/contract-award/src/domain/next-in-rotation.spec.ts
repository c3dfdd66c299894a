import { describe, expect, it } from "vitest"
import { seededRandom } from "@govmall/procurement-core/domain/seeded-random"
import {
  nextInRotation,
  rotationOrderByRank,
  rotationOrderBySeed,
  startRotation,
  type RotationEvent,
  type RotationState,
  type RotationWarning,
} from "./next-in-rotation"

const FIVE = ["sup_a", "sup_b", "sup_c", "sup_d", "sup_e"]

/** Applies events, returning the final state and, per period, who got each turn. */
function run(start: RotationState, events: RotationEvent[]) {
  let state = start
  const chosen: Array<{ request_id: string; supplier_id: string; period: number }> = []
  const warnings: RotationWarning[] = []
  for (const event of events) {
    const result = nextInRotation(state, event)
    state = result.state
    warnings.push(...result.warnings)
    if (result.chosen) chosen.push({ request_id: (event as { request_id: string }).request_id, supplier_id: result.chosen, period: state.period })
  }
  return { state, chosen, warnings }
}

describe("rotation order", () => {
  it("by rank, ties by supplier id", () => {
    expect(
      rotationOrderByRank([
        { supplier_id: "sup_c", rank: 2 },
        { supplier_id: "sup_a", rank: 3 },
        { supplier_id: "sup_b", rank: 2 },
        { supplier_id: "sup_d", rank: 1 },
      ])
    ).toEqual(["sup_d", "sup_b", "sup_c", "sup_a"])
  })

  it("by a published seed: recomputable, independent of input order, a permutation", () => {
    const order = rotationOrderBySeed(FIVE, "晋财购-2026-017/seed-8d41")
    expect(rotationOrderBySeed([...FIVE].reverse(), "晋财购-2026-017/seed-8d41")).toEqual(order)
    expect([...order].sort()).toEqual(FIVE)
    // Pinned so a change of the algorithm (which would break public recomputation) fails here.
    expect(order).toEqual(["sup_b", "sup_a", "sup_e", "sup_c", "sup_d"])
    const firsts = new Set(Array.from({ length: 50 }, (_, i) => rotationOrderBySeed(FIVE, `s${i}`)[0]))
    expect(firsts.size).toBe(5)
  })

  it("refuses duplicates and an empty seed", () => {
    expect(() => rotationOrderByRank([{ supplier_id: "a", rank: 1 }, { supplier_id: "a", rank: 2 }])).toThrow("supplier a appears twice in the rotation order")
    expect(() => rotationOrderBySeed(FIVE, " ")).toThrow("seed must be a non-empty string")
  })
})

describe("nextInRotation", () => {
  it("gives turns in order and starts a new period after a full pass", () => {
    const { chosen, state } = run(startRotation(["a", "b", "c"]), ["r1", "r2", "r3", "r4"].map((id) => ({ type: "request", request_id: id })))
    expect(chosen.map((c) => [c.supplier_id, c.period])).toEqual([
      ["a", 1],
      ["b", 1],
      ["c", 1],
      ["a", 2],
    ])
    expect(state).toMatchObject({ period: 2, cursor: 1, turns: [{ request_id: "r4", supplier_id: "a", outcome: "awarded" }] })
  })

  it("a decline loses the turn this period, records the reason and passes the request on", () => {
    const start = run(startRotation(["a", "b", "c"]), [{ type: "request", request_id: "r1" }]).state
    const result = nextInRotation(start, { type: "decline", request_id: "r1", supplier_id: "a", reason: "人员不足 / no staff available" })
    expect(result.chosen).toBe("b")
    expect(result.state.turns).toEqual([
      { request_id: "r1", supplier_id: "a", outcome: "declined", reason: "人员不足 / no staff available" },
      { request_id: "r1", supplier_id: "b", outcome: "awarded" },
    ])
    expect(result.state.refusals).toEqual({ a: 1 })
    expect(result.warnings).toEqual([])
    // a does not come back before the period ends
    const after = run(result.state, [{ type: "request", request_id: "r2" }, { type: "request", request_id: "r3" }])
    expect(after.chosen.map((c) => [c.supplier_id, c.period])).toEqual([
      ["c", 1],
      ["a", 2],
    ])
  })

  it("warns on repeated refusal (default: the second) and on every one after", () => {
    let state = startRotation(["a", "b"])
    const warnings: RotationWarning[] = []
    for (let i = 1; i <= 3; i++) {
      // each request opens a new period on a, which declines it to b
      const given = nextInRotation(state, { type: "request", request_id: `r${i}` })
      expect([given.chosen, given.state.period]).toEqual(["a", i])
      const result = nextInRotation(given.state, { type: "decline", request_id: `r${i}`, supplier_id: "a", reason: "busy" })
      expect(result.chosen).toBe("b")
      warnings.push(...result.warnings)
      state = result.state
    }
    expect(state.refusals).toEqual({ a: 3 })
    expect(warnings).toEqual([
      { rule: "rotation.repeated_refusal", supplier_id: "a", refusals: 2, threshold: 2 },
      { rule: "rotation.repeated_refusal", supplier_id: "a", refusals: 3, threshold: 2 },
    ])
    const strict = nextInRotation(
      nextInRotation(startRotation(["a", "b"]), { type: "request", request_id: "r" }).state,
      { type: "decline", request_id: "r", supplier_id: "a", reason: "busy" },
      1
    )
    expect(strict.warnings).toHaveLength(1)
  })

  it("a decline of a request from an earlier period counts and passes the request to the next turn", () => {
    const state = run(startRotation(["a", "b"]), [
      { type: "request", request_id: "r1" },
      { type: "request", request_id: "r2" },
      { type: "request", request_id: "r3" },
    ]).state // period 2, a holds r3
    const result = nextInRotation(state, { type: "decline", request_id: "r1", supplier_id: "a", reason: "late refusal" })
    expect(result.chosen).toBe("b")
    expect(result.state.refusals).toEqual({ a: 1 })
    expect(result.state.turns.map((t) => [t.request_id, t.supplier_id, t.outcome])).toEqual([
      ["r3", "a", "awarded"],
      ["r1", "b", "awarded"],
    ])
  })

  it("removal takes the supplier out of the order without skipping anyone", () => {
    const { state } = run(startRotation(["a", "b", "c", "d"]), [
      { type: "request", request_id: "r1" }, // a
      { type: "request", request_id: "r2" }, // b
    ])
    const before = run(state, [{ type: "remove", supplier_id: "a" }, { type: "request", request_id: "r3" }])
    expect(before.chosen.map((c) => c.supplier_id)).toEqual(["c"])
    const next = run(state, [{ type: "remove", supplier_id: "c" }, { type: "request", request_id: "r3" }, { type: "request", request_id: "r4" }])
    expect(next.chosen.map((c) => [c.supplier_id, c.period])).toEqual([
      ["d", 1],
      ["a", 2],
    ])
  })

  it("a supplier added by supplementary solicitation joins at the end", () => {
    const { chosen } = run(startRotation(["a", "b"]), [
      { type: "request", request_id: "r1" },
      { type: "add", supplier_id: "z" },
      { type: "request", request_id: "r2" },
      { type: "request", request_id: "r3" },
      { type: "request", request_id: "r4" },
    ])
    expect(chosen.map((c) => c.supplier_id)).toEqual(["a", "b", "z", "a"])
  })

  it("a holder's removal reassigns its request without a refusal", () => {
    const state = run(startRotation(["a", "b", "c"]), [{ type: "request", request_id: "r1" }, { type: "remove", supplier_id: "a" }]).state
    const result = nextInRotation(state, { type: "reassign", request_id: "r1", reason: "supplier removed from the agreement" })
    expect(result.chosen).toBe("b")
    expect(result.state.refusals).toEqual({})
    expect(result.state.turns[0]).toMatchObject({ supplier_id: "a", outcome: "reassigned" })
  })

  it.each([
    [{ type: "decline", request_id: "r1", supplier_id: "b", reason: "x" }, "request r1 is held by supplier a, not b"],
    [{ type: "decline", request_id: "r1", supplier_id: "a", reason: " " }, "reason is required"],
    [{ type: "request", request_id: "r1" }, "request r1 already has a turn in this period"],
    [{ type: "request", request_id: "" }, "request_id is required"],
    [{ type: "remove", supplier_id: "zz" }, "supplier zz is not in the rotation order"],
    [{ type: "add", supplier_id: "b" }, "supplier b is already in the rotation order"],
    [{ type: "skip" }, 'unknown rotation event "skip"'],
  ])("refuses %j", (event, message) => {
    const state = nextInRotation(startRotation(["a", "b"]), { type: "request", request_id: "r1" }).state
    expect(() => nextInRotation(state, event as RotationEvent)).toThrow(message)
  })

  it("refuses a request when nobody is left", () => {
    const empty = nextInRotation(startRotation(["a"]), { type: "remove", supplier_id: "a" }).state
    expect(() => nextInRotation(empty, { type: "request", request_id: "r1" })).toThrow("no supplier is left in the rotation order")
  })

  it("does not mutate the state it is given", () => {
    const state = startRotation(["a", "b"])
    const frozen = JSON.stringify(state)
    nextInRotation(state, { type: "request", request_id: "r1" })
    expect(JSON.stringify(state)).toBe(frozen)
  })
})

describe("property: 200 requests over 5 suppliers", () => {
  /** Final holder of each request, and per period the turns given. */
  function simulate(seed: string, declineRate: number, removeAfter?: { request: number; supplier: string }) {
    const random = seededRandom(seed)
    let state = startRotation(FIVE)
    const periods = new Map<number, string[]>()
    const holder = new Map<string, string>()
    const removedAt = new Map<string, number>()
    const record = (supplier: string) => {
      const list = periods.get(state.period) ?? []
      list.push(supplier)
      periods.set(state.period, list)
    }
    for (let r = 1; r <= 200; r++) {
      if (removeAfter && r === removeAfter.request + 1) {
        state = nextInRotation(state, { type: "remove", supplier_id: removeAfter.supplier }).state
        removedAt.set(removeAfter.supplier, state.period)
      }
      let result = nextInRotation(state, { type: "request", request_id: `req_${r}` })
      state = result.state
      record(result.chosen!)
      while (random() < declineRate) {
        result = nextInRotation(state, { type: "decline", request_id: `req_${r}`, supplier_id: result.chosen!, reason: "capacity" })
        state = result.state
        record(result.chosen!)
      }
      holder.set(`req_${r}`, result.chosen!)
    }
    return { state, periods, holder, removedAt }
  }

  it("gives each supplier exactly 40, one per period, with no declines", () => {
    const { periods, holder } = simulate("plain", 0)
    const counts = Object.fromEntries(FIVE.map((s) => [s, [...holder.values()].filter((h) => h === s).length]))
    expect(counts).toEqual({ sup_a: 40, sup_b: 40, sup_c: 40, sup_d: 40, sup_e: 40 })
    expect(periods.size).toBe(40)
    for (const turns of periods.values()) expect(turns).toEqual(FIVE)
  })

  it.each(["s1", "s2", "s3"])("with declines (seed %s): never two turns in a period, none skipped, every request held once", (seed) => {
    const { periods, holder, state } = simulate(seed, 0.2)
    expect(holder.size).toBe(200)
    expect(Object.values(state.refusals).reduce((a, b) => a + b, 0)).toBeGreaterThan(0)
    const all = [...periods.entries()]
    all.forEach(([period, turns], index) => {
      expect(new Set(turns).size).toBe(turns.length)
      // every period but the last is a full pass in order: nobody skipped
      if (index < all.length - 1) expect(turns).toEqual(FIVE)
      else expect(turns).toEqual(FIVE.slice(0, turns.length))
      expect(period).toBe(index + 1)
    })
  })

  it("with declines and a removal mid-way: the removed supplier gets no turn after removal, the rest still rotate", () => {
    const { periods, holder } = simulate("s4", 0.15, { request: 100, supplier: "sup_c" })
    expect(holder.size).toBe(200)
    const all = [...periods.values()]
    const removalPeriod = all.findIndex((turns) => !turns.includes("sup_c") && turns.length === 4)
    expect(removalPeriod).toBeGreaterThan(0)
    all.forEach((turns, index) => {
      expect(new Set(turns).size).toBe(turns.length)
      if (index > removalPeriod) expect(turns).not.toContain("sup_c")
      if (index > removalPeriod && index < all.length - 1) expect(turns).toEqual(["sup_a", "sup_b", "sup_d", "sup_e"])
    })
  })
})
