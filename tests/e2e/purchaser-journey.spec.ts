import type { Browser, BrowserContext, Page } from "playwright-core"
import { e2eContext, launch, newPurchaserContext, ready, screenshot, watchPageErrors } from "./support/browser"

// A purchaser of 山西省教育厅 logs in, searches 台式计算机, compares the suppliers' offers of a
// desktop, buys it from the two cheapest suppliers (a declined budget first), pays from the
// treasury, sees two orders and reports an offer as over-priced — against the real backend and
// database the global setup started.
const context = e2eContext()

describe.skipIf(context.skip !== undefined)("purchaser buys from two suppliers", () => {
  const system = ready(context)
  let browser: Browser
  let browserContext: BrowserContext
  let page: Page
  let pageErrors: string[]

  beforeAll(async () => {
    browser = await launch(system)
    browserContext = await newPurchaserContext(browser, system)
    page = await browserContext.newPage()
    pageErrors = watchPageErrors(page)
  })

  afterAll(async () => {
    await browser?.close()
  })

  afterEach(() => {
    expect(pageErrors).toEqual([])
  })

  it("logs in with a demo account listed on the log-in page", async () => {
    await page.goto("/login")
    await page.getByRole("heading", { name: "演示账号（仅演示环境显示）" }).waitFor()
    await page.getByRole("button", { name: "使用此账号: wangfang@jyt.shanxi.gov.cn" }).click()
    await screenshot(page, system, "01-login")
    await page.getByRole("button", { name: "登录", exact: true }).click()
    await page.getByText("已登录：wangfang@jyt.shanxi.gov.cn").waitFor()
    expect(new URL(page.url()).pathname).toBe("/catalog")
  })

  it("a wrong password is refused in words", async () => {
    const other = await browserContext.newPage()
    // A second tab shares the session; log-in fails before touching it.
    await other.goto("/login")
    await other.getByLabel("邮箱").fill("liqiang@gaj.taiyuan.gov.cn")
    await other.getByLabel("密码").fill("wrong-password")
    await other.getByRole("button", { name: "登录", exact: true }).click()
    await other.getByRole("alert").filter({ hasText: "邮箱或密码不正确。" }).waitFor()
    await other.close()
  })

  it("searches 台式计算机 from the home page and finds desktops", async () => {
    await page.goto("/")
    await page.getByLabel("搜索商品").fill("台式计算机")
    await page.getByRole("button", { name: "搜索" }).click()
    await page.waitForURL(/\/catalog\?q=/)
    const summary = page.getByRole("status").filter({ hasText: "“台式计算机”共" })
    await summary.waitFor()
    const cards = page.locator("main ul li a[href^='/products/']")
    expect(await cards.count()).toBeGreaterThan(0)
    const titles = await cards.allInnerTexts()
    // The search finds desktops only; every card shows a price "from ¥…" and its offer count.
    for (const text of titles) {
      expect(text).toMatch(/台式|计算机/)
      expect(text).toMatch(/¥[\d,]+\.\d{2} 起/)
      expect(text).toMatch(/\d+ 家供应商报价/)
    }
    await screenshot(page, system, "02-catalog-search")
  })

  let offerPrices: string[] = []
  let supplierNames: string[] = []

  it("compares every supplier's offer of the first desktop, cheapest first", async () => {
    await page.locator("main ul li a[href^='/products/']").first().click()
    await page.getByRole("heading", { name: "供应商报价比较" }).waitFor()
    const rows = page.getByTestId("offer-row")
    await rows.first().waitFor()
    const count = await rows.count()
    expect(count).toBeGreaterThanOrEqual(2)
    const suppliers = await rows.evaluateAll((els) => els.map((el) => el.getAttribute("data-supplier")))
    expect(new Set(suppliers).size).toBe(count)
    offerPrices = await rows.evaluateAll((els) => els.map((el) => el.querySelectorAll("td")[1]?.textContent ?? ""))
    const fen = offerPrices.map((text) => Number(text.replace(/[^\d]/g, "")))
    expect(fen).toEqual([...fen].sort((a, b) => a - b))
    expect(offerPrices[0]).toContain("最低价")
    // Suppliers are shown by name (public in government procurement), not by an id code.
    supplierNames = await rows.getByTestId("offer-supplier").allInnerTexts()
    expect(supplierNames).toHaveLength(count)
    for (const name of supplierNames) expect(name).toMatch(/公司|厂/)
    expect(supplierNames.join()).not.toContain("#")
    await screenshot(page, system, "03-product-offers")
  })

  it("adds the two cheapest offers — two suppliers — to the cart", async () => {
    const rows = page.getByTestId("offer-row")
    for (const index of [0, 1]) {
      await rows.nth(index).getByRole("button", { name: /加入采购车/ }).click()
      await page.getByText(`已加入采购车：供应商 ${supplierNames[index]}，1 件。`).last().waitFor()
    }
    await page.getByRole("link", { name: "采购车（2）" }).click()
    await page.getByRole("heading", { name: "采购车", exact: true }).waitFor()
    expect(await page.getByTestId("supplier-group").count()).toBe(2)
    const headings = await page.getByTestId("supplier-group").getByRole("heading").allInnerTexts()
    expect(headings.sort()).toEqual(supplierNames.slice(0, 2).map((name) => `供应商 ${name}`).sort())
    await page.getByText("将生成 2 张订单").waitFor()
    await screenshot(page, system, "04-cart-two-suppliers")
  })

  it("checks out with treasury payment and sees two orders waiting for the suppliers", async () => {
    const fillCheckout = async (budgetCode: string) => {
      await page.getByLabel("收货人").fill("王芳")
      await page.getByLabel("联系电话").fill("0351-4046000")
      await page.getByLabel("配送地区").selectOption("140105")
      await page.getByLabel("详细地址").fill("太原市小店区平阳路 56 号 山西省教育厅 3 层")
      await page.getByLabel("预算指标编号").fill(budgetCode)
      await page.getByRole("button", { name: "提交订单并授权支付" }).click()
    }
    // A declined authorization is told in words and leaves the cart as it was (also after a reload).
    await fillCheckout("BI-INSUFFICIENT")
    await page.getByRole("alert").filter({ hasText: "预算指标余额不足" }).waitFor({ timeout: 90_000 })
    await screenshot(page, system, "05a-payment-declined")
    await page.reload()
    await page.getByText("将生成 2 张订单").waitFor()
    expect(await page.getByTestId("supplier-group").count()).toBe(2)

    await fillCheckout("2026-BI-0001")
    await page.getByText("已提交 2 张订单，支付已授权，等待供应商确认。").waitFor({ timeout: 90_000 })
    const rows = page.getByTestId("order-row")
    await rows.nth(1).waitFor()
    expect(await rows.count()).toBe(2)
    const orderTexts = await rows.allInnerTexts()
    for (const text of orderTexts) expect(text).toContain("待供应商确认")
    for (const name of supplierNames.slice(0, 2)) expect(orderTexts.some((text) => text.includes(name))).toBe(true)
    await screenshot(page, system, "05-orders")

    // The backend agrees: two e-mall orders of the unit, each with its payment authorized.
    const token = await page.evaluate(() => window.localStorage.getItem("govmall.purchaser_token"))
    const response = await fetch(`${system.backendUrl}/store/emall/orders`, {
      headers: { "x-publishable-api-key": system.publishableKey, authorization: `Bearer ${token}` },
    })
    expect(response.status).toBe(200)
    const { emall_orders } = (await response.json()) as { emall_orders: any[] }
    expect(emall_orders).toHaveLength(2)
    expect(new Set(emall_orders.map((o) => o.supplier_org_id)).size).toBe(2)
    for (const order of emall_orders) {
      expect(order.status).toBe("pending_confirmation")
      expect(order.order.payment_collections[0].status).toBe("authorized")
    }
  })

  it("reports an over-priced offer with evidence", async () => {
    await page.goBack()
    await page.goto("/catalog?q=%E5%8F%B0%E5%BC%8F%E8%AE%A1%E7%AE%97%E6%9C%BA")
    await page.locator("main ul li a[href^='/products/']").first().click()
    const row = page.getByTestId("offer-row").last()
    await row.getByRole("button", { name: /举报供应商/ }).click()
    const drawer = page.getByRole("dialog")
    await drawer.getByText(`被举报报价：供应商 ${supplierNames[supplierNames.length - 1]}`).waitFor()
    await drawer.getByLabel("举报理由").fill("京东政企业务同型号同配置售价低于本报价，见链接截图。")
    await drawer.getByLabel(/您发现的价格/).fill("1.234")
    await drawer.getByRole("button", { name: "提交举报" }).click()
    // A price the form cannot read is refused before anything is sent.
    await drawer.getByText("价格须为大于 0 的金额，最多两位小数。").waitFor()
    await drawer.getByLabel(/您发现的价格/).fill("100")
    await drawer.getByRole("button", { name: "提交举报" }).click()
    await drawer.getByText(/举报已提交，编号 prep_\w+/).waitFor()
    await screenshot(page, system, "06-price-report")
    await drawer.getByRole("button", { name: "关闭" }).first().click()

    await page.getByRole("link", { name: "我的举报" }).click()
    const report = page.getByTestId("price-report-row")
    await report.first().waitFor()
    expect(await report.count()).toBe(1)
    const text = await report.first().innerText()
    expect(text).toContain("待处理")
    expect(text).toContain("¥100.00")
    await screenshot(page, system, "07-my-price-reports")
  })
})
