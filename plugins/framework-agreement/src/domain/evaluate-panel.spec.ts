import { describe, expect, it } from "vitest"
import { evaluatePanel, meanHalfUp, type ExpertVerdict, type ScoringCriterion } from "./evaluate-panel"

const PANEL = ["e1", "e2", "e3", "e4", "e5"]
const CRITERIA: ScoringCriterion[] = [
  { id: "performance", max_points: 6_000, grades: [6_000, 4_500, 3_000, 0] },
  { id: "service", max_points: 4_000 },
]

function votes(response: string, passes: boolean[], scores?: Array<Record<string, number>>): ExpertVerdict[] {
  return passes.map((pass, i) => ({
    expert_id: PANEL[i],
    response_id: response,
    pass,
    reason: pass ? null : `专家${i + 1}：资质证书过期 / certificate expired`,
    scores: scores?.[i],
  }))
}

describe("meanHalfUp", () => {
  it.each<[number[], number]>([
    [[8_000, 8_001], 8_001], // 8000.5 → 8001
    [[8_000, 8_000, 8_001], 8_000], // 8000.33 → 8000
    [[8_000, 8_001, 8_001], 8_001], // 8000.67 → 8001
    [[1, 2, 2, 2], 2], // 1.75 → 2
    [[0, 0, 1, 1], 1], // 0.5 → 1
    [[7_050], 7_050],
  ])("mean of %j = %i", (values, expected) => {
    expect(meanHalfUp(values)).toBe(expected)
  })
})

describe("evaluatePanel — qualification by majority", () => {
  it.each<[string, boolean[], boolean]>([
    ["5 passes", [true, true, true, true, true], true],
    ["3 passes, 2 fails", [true, false, true, false, true], true],
    ["2 passes, 3 fails", [false, true, false, true, false], false],
    ["no passes", [false, false, false, false, false], false],
  ])("%s → qualified %s", (_label, passes, qualified) => {
    const [result] = evaluatePanel({ panel: PANEL, response_ids: ["r1"], verdicts: votes("r1", passes) })
    expect(result.decided).toBe(true)
    expect(result.qualified).toBe(qualified)
    expect(result.fail_votes).toBe(passes.filter((pass) => !pass).length)
    expect(result.fail_reasons.map((entry) => entry.expert_id)).toEqual(PANEL.filter((_, i) => !passes[i]))
  })

  it("is not decidable while an expert has not voted, even with a majority already in", () => {
    const [result] = evaluatePanel({ panel: PANEL, response_ids: ["r1"], verdicts: votes("r1", [true, true, true, true]) })
    expect(result).toMatchObject({ decided: false, qualified: null, missing_experts: ["e5"], pass_votes: 4 })
  })

  it("uses a strict majority of a 3-expert panel", () => {
    const [result] = evaluatePanel({ panel: ["a", "b", "c"], response_ids: ["r"], verdicts: [
      { expert_id: "a", response_id: "r", pass: true },
      { expert_id: "b", response_id: "r", pass: false, reason: "不符合 ★ 条款" },
      { expert_id: "c", response_id: "r", pass: true },
    ] })
    expect(result.qualified).toBe(true)
    expect(result.fail_reasons).toEqual([{ expert_id: "b", reason: "不符合 ★ 条款" }])
  })
})

describe("evaluatePanel — quality score", () => {
  const scores = [
    { performance: 6_000, service: 3_550 },
    { performance: 4_500, service: 3_800 },
    { performance: 6_000, service: 3_000 },
    { performance: 4_500, service: 4_000 },
    { performance: 3_000, service: 3_725 }, // this expert fails it but still scores
  ]

  it("is the mean of the five experts' totals, rounded half-up to a hundredth", () => {
    const [result] = evaluatePanel({ panel: PANEL, response_ids: ["r1"], verdicts: votes("r1", [true, true, true, true, false], scores), criteria: CRITERIA })
    // totals 9550, 8300, 9000, 8500, 6725 → sum 42075 / 5 = 8415
    expect(result.expert_totals.map((entry) => entry.total)).toEqual([9_550, 8_300, 9_000, 8_500, 6_725])
    expect(result.quality_score).toBe(8_415)
    expect(result.qualified).toBe(true)
  })

  it("rounds to the nearest hundredth (.4 down, .6 up)", () => {
    const down = scores.map((s, i) => (i === 0 ? { ...s, service: 3_552 } : s)) // sum 42077 → 8415.4
    const up = scores.map((s, i) => (i === 0 ? { ...s, service: 3_553 } : s)) // sum 42078 → 8415.6
    const evaluate = (list: typeof scores) =>
      evaluatePanel({ panel: PANEL, response_ids: ["r"], verdicts: votes("r", [true, true, true, true, true], list), criteria: CRITERIA })[0].quality_score
    expect(evaluate(down)).toBe(8_415)
    expect(evaluate(up)).toBe(8_416)
  })

  it("is not decidable while an expert has voted but not scored every criterion", () => {
    const partial = scores.map((s, i) => (i === 2 ? { performance: 6_000 } : s))
    const [result] = evaluatePanel({ panel: PANEL, response_ids: ["r1"], verdicts: votes("r1", [true, true, true, true, true], partial), criteria: CRITERIA })
    expect(result).toMatchObject({ decided: false, qualified: null, quality_score: null, missing_experts: ["e3"] })
  })

  it("evaluates several responses independently", () => {
    const results = evaluatePanel({
      panel: PANEL,
      response_ids: ["r1", "r2"],
      verdicts: [...votes("r1", [true, true, true, true, true], scores), ...votes("r2", [false, false, true, true, false], scores)],
      criteria: CRITERIA,
    })
    expect(results.map((r) => [r.response_id, r.qualified, r.quality_score])).toEqual([["r1", true, 8_415], ["r2", false, 8_415]])
  })
})

describe("evaluatePanel — bad input names the field", () => {
  const ok = votes("r1", [true, true, true, true, true])
  it.each<[string, Parameters<typeof evaluatePanel>[0], RegExp]>([
    ["an even panel", { panel: ["a", "b"], response_ids: [], verdicts: [] }, /panel must have an odd number of experts, got 2/],
    ["a repeated expert", { panel: ["a", "a", "b"], response_ids: [], verdicts: [] }, /panel lists an expert twice/],
    ["an expert off the panel", { panel: PANEL, response_ids: ["r1"], verdicts: [{ ...ok[0], expert_id: "x" }] }, /verdicts\[0\]\.expert_id x is not on the panel/],
    ["an unknown response", { panel: PANEL, response_ids: ["r1"], verdicts: [{ ...ok[0], response_id: "r9" }] }, /verdicts\[0\]\.response_id r9 is not a response of this lot/],
    ["a double verdict", { panel: PANEL, response_ids: ["r1"], verdicts: [ok[0], ok[0]] }, /verdicts\[1\]: expert e1 already judged response r1/],
    ["a fail without reason", { panel: PANEL, response_ids: ["r1"], verdicts: [{ ...ok[0], pass: false, reason: " " }] }, /verdicts\[0\]\.reason is required/],
    ["a score above the maximum", { panel: PANEL, response_ids: ["r1"], criteria: CRITERIA, verdicts: [{ ...ok[0], scores: { performance: 6_000, service: 4_001 } }] }, /verdicts\[0\]\.scores\.service must be a whole number of hundredths from 0 to 4000, got 4001/],
    ["a score off the grades", { panel: PANEL, response_ids: ["r1"], criteria: CRITERIA, verdicts: [{ ...ok[0], scores: { performance: 5_000, service: 1 } }] }, /verdicts\[0\]\.scores\.performance must be one of the grades 6000, 4500, 3000, 0, got 5000/],
    ["an unknown criterion", { panel: PANEL, response_ids: ["r1"], criteria: CRITERIA, verdicts: [{ ...ok[0], scores: { beauty: 1 } }] }, /verdicts\[0\]\.scores\.beauty is not a scoring criterion/],
    ["a fractional score", { panel: PANEL, response_ids: ["r1"], criteria: CRITERIA, verdicts: [{ ...ok[0], scores: { performance: 6_000, service: 1.5 } }] }, /verdicts\[0\]\.scores\.service must be a whole number/],
  ])("refuses %s", (_label, input, message) => {
    expect(() => evaluatePanel(input)).toThrow(message)
  })
})
