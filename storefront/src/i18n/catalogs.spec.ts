import { en } from "./messages/en"
import { zhCN } from "./messages/zh-CN"

/** Every leaf key path of a nested message object, e.g. "nav.home". */
function keyPaths(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keyPaths(value as object, `${prefix}${key}.`)
  )
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()
}

function leaf(messages: object, path: string): string {
  return path.split(".").reduce<any>((node, key) => node[key], messages)
}

describe("message catalogs", () => {
  it("zh-CN and en have the same keys", () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(zhCN).sort())
  })

  it("no message is empty, and each translation uses the same placeholders", () => {
    for (const path of keyPaths(zhCN)) {
      expect(leaf(zhCN, path).trim(), path).not.toBe("")
      expect(leaf(en, path).trim(), path).not.toBe("")
      expect(placeholders(leaf(en, path)), path).toEqual(placeholders(leaf(zhCN, path)))
    }
  })

  it("the English catalog is not a copy of the Chinese one", () => {
    const same = keyPaths(zhCN).filter((path) => /[\u4e00-\u9fff]/.test(leaf(en, path)) && leaf(en, path) === leaf(zhCN, path))
    expect(same).toEqual([])
  })
})
