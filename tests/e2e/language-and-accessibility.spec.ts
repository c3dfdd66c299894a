import type { Browser, BrowserContext, Page } from "playwright-core"
import { seriousViolations } from "./support/axe"
import { e2eContext, launch, newPurchaserContext, ready, screenshot, watchPageErrors } from "./support/browser"

const context = e2eContext()

describe.skipIf(context.skip !== undefined)("language switch and accessibility", () => {
  const system = ready(context)
  let browser: Browser
  let browserContext: BrowserContext
  let page: Page
  let pageErrors: string[]

  beforeAll(async () => {
    browser = await launch(system)
  })

  // A fresh context per test: the language choice lives in localStorage and must not leak.
  beforeEach(async () => {
    browserContext = await newPurchaserContext(browser, system)
    page = await browserContext.newPage()
    pageErrors = watchPageErrors(page)
  })

  afterEach(async () => {
    await browserContext.close()
    expect(pageErrors).toEqual([])
  })

  afterAll(async () => {
    await browser?.close()
  })

  it("is Chinese by default and English after the switch, remembered across a reload", async () => {
    await page.goto("/")
    await page.getByRole("heading", { level: 1, name: "政府采购电子卖场" }).waitFor()
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN")
    await page.getByRole("link", { name: system.announcementTitle }).waitFor()
    await screenshot(page, system, "10-home-zh")

    await page.getByRole("button", { name: "English" }).click()
    await page.getByRole("heading", { level: 1, name: "Government procurement e-mall" }).waitFor()
    expect(await page.getAttribute("html", "lang")).toBe("en")
    const nav = page.getByRole("navigation", { name: "Main navigation" })
    for (const name of ["Home", "Catalog", "Announcements"]) await nav.getByRole("link", { name }).waitFor()
    await page.getByRole("link", { name: "Log in" }).waitFor()
    expect(await page.locator("body").innerText()).not.toContain("商品分类")

    await page.reload()
    await page.getByRole("heading", { level: 1, name: "Government procurement e-mall" }).waitFor()
    await page.goto("/catalog?q=%E7%A9%BA%E8%B0%83")
    await page.getByRole("status").filter({ hasText: /products for “空调”/ }).waitFor()
    expect(await page.locator("main").innerText()).toMatch(/from ¥[\d,]+\.\d{2}/)
    await screenshot(page, system, "11-catalog-en")

    await page.getByRole("button", { name: "中文" }).click()
    await page.getByRole("heading", { level: 1, name: "商品目录" }).waitFor()
  })

  it("lists the published announcement and opens it", async () => {
    await page.goto("/announcements")
    await page.getByRole("link", { name: system.announcementTitle }).click()
    await page.getByRole("heading", { level: 1, name: system.announcementTitle }).waitFor()
    await page.getByText(/征集公告 · 山西省 · 发布时间 \d{4}年/).waitFor()
    await page.getByText("台式计算机、打印机、复印机").waitFor()
    await screenshot(page, system, "12-announcement")
  })

  const pages: [string, string, () => Promise<void>][] = [
    ["home", "/", async () => void (await page.getByRole("heading", { name: "最新公告" }).waitFor())],
    ["catalog", "/catalog?q=%E5%8F%B0%E5%BC%8F%E8%AE%A1%E7%AE%97%E6%9C%BA", async () => void (await page.locator("main ul li a[href^='/products/']").first().waitFor())],
    ["product", "", async () => void (await page.getByTestId("offer-row").first().waitFor())],
    ["login", "/login", async () => void (await page.getByRole("heading", { name: "采购人登录" }).waitFor())],
  ]

  it.each(pages)("%s has no serious or critical axe-core violations", async (name, url, loaded) => {
    if (name === "product") {
      await page.goto("/catalog?q=%E5%8F%B0%E5%BC%8F%E8%AE%A1%E7%AE%97%E6%9C%BA")
      await page.locator("main ul li a[href^='/products/']").first().click()
    } else {
      await page.goto(url)
    }
    await loaded()
    const violations = await seriousViolations(page)
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([])
  })

  it("can be used with the keyboard: the skip link moves focus to the main content", async () => {
    await page.goto("/")
    await page.keyboard.press("Tab")
    const skip = page.getByRole("link", { name: "跳到主要内容" })
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true)
    await page.keyboard.press("Enter")
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main")
  })
})
