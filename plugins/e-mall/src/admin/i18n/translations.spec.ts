import { describe, expect, it } from "vitest"
import en from "./json/en.json"
import zhCN from "./json/zh-CN.json"
import { OFFER_STATUSES, PRICE_REPORT_STATUSES } from "../lib/labels"

function keys(tree: Record<string, unknown>, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value && typeof value === "object" ? keys(value as Record<string, unknown>, `${prefix}${key}.`) : [`${prefix}${key}`]
  )
}

describe("admin translations", () => {
  it("zh-CN and en have the same keys, none empty", () => {
    expect(keys(zhCN).sort()).toEqual(keys(en).sort())
    for (const tree of [zhCN, en]) {
      for (const key of keys(tree)) {
        const value = key.split(".").reduce<any>((node, part) => node[part], tree)
        expect(String(value).trim(), key).not.toBe("")
      }
    }
  })

  it("names every status and money error the screens can show", () => {
    const needed = [
      ...OFFER_STATUSES.map((s) => `offerStatus.${s}`),
      ...PRICE_REPORT_STATUSES.map((s) => `reportStatus.${s}`),
      "offerStatus.unknown",
      "reportStatus.unknown",
      ...["empty", "format", "precision", "zero", "too_large"].map((e) => `money.${e}`),
    ]
    expect(keys(zhCN)).toEqual(expect.arrayContaining(needed))
  })
})
