import i18n from "i18next"
import { en } from "../i18n/messages/en"
import { zhCN } from "../i18n/messages/zh-CN"
import { describeApiError, fieldNamedIn } from "./api-error"

const failure = (status: number | undefined, message: string) => Object.assign(new Error(message), { status })

describe("describeApiError", () => {
  const i18nInstance = i18n.createInstance()
  beforeAll(async () => {
    await i18nInstance.init({
      lng: "zh-CN",
      resources: { "zh-CN": { translation: zhCN }, en: { translation: en } },
      interpolation: { escapeValue: false },
    })
  })

  it("names the field of a validation message in the page's language", async () => {
    const error = failure(400, "quantity must be at most 100000")
    expect(describeApiError(error, i18nInstance.t)).toEqual({
      field: "quantity",
      message: "“数量”填写有误：quantity must be at most 100000",
    })
    await i18nInstance.changeLanguage("en")
    expect(describeApiError(error, i18nInstance.t).message).toBe("“Quantity” is not valid: quantity must be at most 100000")
    await i18nInstance.changeLanguage("zh-CN")
  })

  it.each([
    [401, "Unauthorized", "登录已失效或未登录，请重新登录。"],
    [403, "Forbidden", "您没有执行此操作的权限。"],
    [404, "Not Found", "所请求的内容不存在或已下架。"],
    [404, "product prod_1 was not found in the catalog", "操作失败：product prod_1 was not found in the catalog"],
    [422, "支付未获授权：预算指标余额不足 / Payment declined", "支付未获授权：预算指标余额不足 / Payment declined"],
    [422, "card limit", "支付未获授权：card limit"],
    [400, "offer_id is required", "“报价”填写有误：offer_id is required"],
    [400, "offer offer_1 cannot go from \"approved\" to \"approved\"", "操作失败：offer offer_1 cannot go from \"approved\" to \"approved\""],
  ])("status %i %j → %j", (status, message, expected) => {
    expect(describeApiError(failure(status, message), i18nInstance.t).message).toBe(expected)
  })

  it("says the server cannot be reached when fetch itself failed", () => {
    expect(describeApiError(new TypeError("Failed to fetch"), i18nInstance.t).message).toBe("无法连接服务器，请检查网络后重试。")
  })
})

describe("fieldNamedIn", () => {
  it.each([
    ["shipping_address.metadata.region_code must be a 6-digit region code", "region_code"],
    ["payment.provider_id is required", "provider_id"],
    ["observed_price_fen must be below the offer's price", "observed_price_fen"],
    ["budget_indicator_code is required (预算指标编号)", "budget_indicator_code"],
    ["something else went wrong", undefined],
    ["quantityx is not a field", undefined],
  ])("%j → %s", (message, field) => {
    expect(fieldNamedIn(message)).toBe(field)
  })
})
