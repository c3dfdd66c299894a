import { provinceLikePattern, provinceOf, regionScopeProblem } from "./region-scope"

describe("region scope", () => {
  it.each([
    ["140100", "14"],
    ["110000", "11"],
    [null, null],
    ["", null],
    ["x1", null],
  ])("provinceOf(%j) → %j", (code, province) => {
    expect(provinceOf(code)).toBe(province)
  })

  it.each([
    [{ kind: "regulator", region_code: "140000" }, { id: "org_t", region_code: "140100" }, true],
    [{ kind: "regulator", region_code: "110000" }, { id: "org_t", region_code: "140100" }, false],
    [{ kind: "regulator", region_code: null }, { id: "org_t", region_code: "140100" }, false],
    [{ kind: "regulator", region_code: "140000" }, { id: "org_t", region_code: null }, false],
    [{ kind: "platform", region_code: "110000" }, { id: "org_t", region_code: "140100" }, true],
    [{ kind: "agency", region_code: "140100" }, { id: "org_t", region_code: "140000" }, true],
    [{ kind: "agency", region_code: "140000" }, { id: "org_t", region_code: "149900" }, true],
    [{ kind: "agency", region_code: "110000" }, { id: "org_t", region_code: "140100" }, false],
    [{ kind: "agency", region_code: null }, { id: "org_t", region_code: "140100" }, false],
    [{ kind: "purchasing_unit", region_code: "110000" }, { id: "org_t", region_code: "140100" }, true],
  ] as const)("%j on %j → allowed %s", (actor, target, allowed) => {
    expect(regionScopeProblem({ actor, target, action: "approve" }) === null).toBe(allowed)
  })

  it("names both regions", () => {
    expect(
      regionScopeProblem({ actor: { kind: "regulator", region_code: "110000", id: "org_r" }, target: { id: "org_t", region_code: "140100" }, action: "approve" })
    ).toBe("regulator org_r of region 110000 may not approve organization org_t of region 140100: regulators act only within their province (11xxxx)")
    expect(
      regionScopeProblem({ actor: { kind: "agency", region_code: "110000", id: "org_a" }, target: { id: "(new)", region_code: "140100", label: "an expert" }, action: "enroll" })
    ).toBe("agency org_a of region 110000 may not enroll an expert of region 140100: agencies act only within their province (11xxxx)")
  })

  it.each([
    [{ kind: "regulator", region_code: "140000" }, "14%"],
    [{ kind: "agency", region_code: "110105" }, "11%"],
    [{ kind: "agency", region_code: null }, "--%"],
    [{ kind: "platform", region_code: "100000" }, null],
  ] as const)("provinceLikePattern(%j) → %j", (actor, pattern) => {
    expect(provinceLikePattern(actor)).toBe(pattern)
  })
})
