import { describe, expect, it } from "vitest"
import {
  solicitationListFilter,
  solicitationManageProblem,
  solicitationReadProblem,
  solicitationReviewProblem,
  type ScopeActor,
} from "./solicitation-scope"

const plan = { id: "sol_1", owner_org_id: "org_agencyA", region_code: "140100" }
const agencyA: ScopeActor = { kind: "agency", organization_id: "org_agencyA", region_code: "140000" }
const agencyB: ScopeActor = { kind: "agency", organization_id: "org_agencyB", region_code: "140100" }
const regulator: ScopeActor = { kind: "regulator", organization_id: "org_sx", region_code: "140000" }
const regulatorBj: ScopeActor = { kind: "regulator", organization_id: "org_bj", region_code: "110000" }
const platform: ScopeActor = { kind: "platform", organization_id: "org_p", region_code: "100000" }

describe("solicitation scope", () => {
  it.each([
    ["agency A (owner)", agencyA, null, null, "forbidden"],
    ["agency B (same province, not owner)", agencyB, "not_found", "not_found", "forbidden"],
    ["regulator of the province", regulator, null, "not_found", null],
    ["regulator of another province", regulatorBj, "not_found", "not_found", "forbidden"],
    ["platform", platform, null, null, null],
  ] as const)("%s: read %s, manage %s, review %s", (_name, actor, read, manage, review) => {
    expect(solicitationReadProblem(actor, plan)?.kind ?? null).toBe(read)
    expect(solicitationManageProblem(actor, plan)?.kind ?? null).toBe(manage)
    expect(solicitationReviewProblem(actor, plan, "approve")?.kind ?? null).toBe(review)
  })

  it("names the regions when refusing another province's regulator", () => {
    expect(solicitationReviewProblem(regulatorBj, plan, "approve")?.message).toBe(
      "regulator org_bj of region 110000 may not approve solicitation sol_1 of region 140100: regulators review only their province's plans (11xxxx)"
    )
  })

  it.each([
    [agencyA, { owner_org_id: "org_agencyA" }],
    [regulator, { region_code: { $like: "14%" } }],
    [platform, null],
    [{ kind: "supplier", organization_id: "x", region_code: null }, { id: "--none--" }],
  ])("lists %j with %j", (actor, filter) => {
    expect(solicitationListFilter(actor)).toEqual(filter)
  })
})
