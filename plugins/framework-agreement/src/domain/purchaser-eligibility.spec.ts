import { describe, expect, it } from "vitest"
import { isEligiblePurchaser, regionPrefix } from "./purchaser-eligibility"

describe("isEligiblePurchaser", () => {
  it.each([
    ["140000", "14"],
    ["140100", "1401"],
    ["140105", "140105"],
  ])("region %s covers prefix %s", (code, prefix) => expect(regionPrefix(code)).toBe(prefix))

  it.each([
    [{ id: "u1", region_code: "140105" }, ["140000"], [], true],
    [{ id: "u1", region_code: "140105" }, ["140100"], [], true],
    [{ id: "u1", region_code: "140202" }, ["140100"], [], false],
    [{ id: "u1", region_code: "110108" }, ["140000"], [], false],
    [{ id: "u1", region_code: "110108" }, ["140000"], ["u1"], true],
    [{ id: "u1", region_code: null }, ["140000"], [], false],
    [{ id: "u1", region_code: "140105" }, [], [], false],
  ])("%j with regions %j and units %j → %s", (unit, regions, units, expected) => {
    expect(isEligiblePurchaser(unit, { eligible_region_codes: regions, eligible_unit_ids: units })).toBe(expected)
  })
})
