import { describe, expect, it } from "vitest"
import { SOLICITATION_STATUSES } from "../../domain/solicitation-lifecycle"
import en from "./json/en.json"
import zhCN from "./json/zh-CN.json"

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

  it("names every solicitation status and form error", () => {
    const needed = [
      ...SOLICITATION_STATUSES.map((s) => `status.${s}`),
      ...["empty", "format", "precision", "zero", "too_large", "number"].map((e) => `money.${e}`),
    ]
    expect(keys(zhCN)).toEqual(expect.arrayContaining(needed))
  })
})

describe("status filter list", () => {
  it("is the domain's status list", async () => {
    const { SOLICITATION_STATUS_LIST } = await import("../lib/statuses")
    expect([...SOLICITATION_STATUS_LIST].sort()).toEqual([...SOLICITATION_STATUSES].sort())
  })
})
