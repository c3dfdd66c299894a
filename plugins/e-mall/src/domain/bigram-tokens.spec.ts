import { describe, expect, it } from "vitest"
import { documentTokens, normalizeSearchText, queryTokens, searchText, textRuns } from "./bigram-tokens"

describe("queryTokens", () => {
  it.each([
    ["台式计算机", ["台式", "式计", "计算", "算机"], ["台式计算机"]],
    ["空调", ["空调"], ["空调"]],
    ["打印", ["打印"], ["打印"]],
    ["印", ["印"], ["印"]],
    ["联想 ThinkPad", ["联想", "thinkpad"], ["联想", "thinkpad"]],
    ["ＫＦＲ－３５ＧＷ", ["kfr", "35gw"], ["kfr", "35gw"]],
    ["格力空调KFR", ["格力", "力空", "空调", "kfr"], ["格力空调", "kfr"]],
    ["  ,;!  ", [], []],
    ["空调 空调", ["空调"], ["空调"]],
  ])("%j → tokens %j", (query, tokens, phrases) => {
    expect(queryTokens(query)).toEqual({ tokens, phrases })
  })
})

describe("documentTokens", () => {
  it("indexes single characters, bigrams and ASCII words", () => {
    expect(documentTokens("格力 GREE 空调", "KFR-35GW")).toEqual([
      "格",
      "力",
      "格力",
      "gree",
      "空",
      "调",
      "空调",
      "kfr",
      "35gw",
    ])
  })

  it.each([
    ["联想 ThinkCentre M750t 台式计算机 i5-12500/16G/512G", "台式计算机"],
    ["惠普 HP LaserJet Pro M405dn A4 黑白激光打印机", "打印"],
    ["格力 GREE 云佳 1.5 匹 新一级能效 变频冷暖壁挂式空调 KFR-35GW", "空调"],
    ["格力 GREE 云佳 1.5 匹 新一级能效 变频冷暖壁挂式空调 KFR-35GW", "格力 kfr"],
    ["奔图 Pantum P3305DN A4 黑白激光打印机", "印"],
  ])("a document %j matches the query %j", (title, query) => {
    const doc = new Set(documentTokens(title))
    expect(queryTokens(query).tokens.every((t) => doc.has(t))).toBe(true)
  })

  it("tokens of a query absent from the document do not all match", () => {
    const doc = new Set(documentTokens("惠普 HP LaserJet 激光打印机"))
    expect(queryTokens("空调").tokens.every((t) => doc.has(t))).toBe(false)
  })

  it("ignores null and undefined texts", () => {
    expect(documentTokens(null, undefined, "纸")).toEqual(["纸"])
  })
})

describe("normalisation", () => {
  it("folds full-width and case", () => {
    expect(normalizeSearchText("ＡＢＣ１２３ Ｈｕａｗｅｉ")).toBe("abc123 huawei")
    expect(textRuns("A4纸 500张")).toEqual([
      { kind: "word", text: "a4" },
      { kind: "han", text: "纸" },
      { kind: "word", text: "500" },
      { kind: "han", text: "张" },
    ])
  })

  it("joins fields so that a phrase cannot span two of them", () => {
    expect(searchText("空", null, "调")).toBe("空 | 调")
  })
})
