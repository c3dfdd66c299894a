import type { Browser, BrowserContext, Page } from "playwright-core"
import { seriousViolations, type AxeViolation } from "./support/axe"
import { e2eContext, launch, ready, screenshot, watchPageErrors } from "./support/browser"

// Medusa Admin, clicked: the provincial procurement centre's operator drafts a framework-agreement
// plan in 框架协议征集 (and is refused in words when submitting it: an operator may not), the centre's approver
// submits it, the provincial finance department's approver approves it in 征集计划审核. The admin
// UI is in 简体中文 (the dashboard's `lng` cookie, as its language switch sets it).
const context = e2eContext()

const PASSWORD = "GovMall@2026"
const OPERATOR = "zhouting@zfcg.shanxi.gov.cn"
const AGENCY_APPROVER = "wugang@zfcg.shanxi.gov.cn"
const REGULATOR = "chenjing@czt.shanxi.gov.cn"

describe.skipIf(context.skip !== undefined)("agency drafts and submits a framework plan in Medusa Admin, the regulator approves it", () => {
  const system = ready(context)
  const title = `山西省2027年度碎纸机框架协议采购（E2E ${Date.now()}）`
  let browser: Browser
  const opened: BrowserContext[] = []
  let planId: string
  // Ours: the screen's own content and drawers, asserted. The whole page (the dashboard's shell
  // around them, which this project does not own) is recorded and printed, not asserted.
  const axeOurs: Record<string, AxeViolation[]> = {}
  const axeWholePage: Record<string, AxeViolation[]> = {}

  /** A staff member's own browser, logged in to /app in Chinese. */
  const logIn = async (email: string): Promise<{ page: Page; errors: string[] }> => {
    const browserContext = await browser.newContext({
      baseURL: system.backendUrl,
      locale: "zh-CN",
      timezoneId: "Asia/Shanghai",
      viewport: { width: 1440, height: 1000 },
    })
    browserContext.setDefaultTimeout(60_000)
    await browserContext.addCookies([{ name: "lng", value: "zhCN", url: system.backendUrl }])
    opened.push(browserContext)
    const page = await browserContext.newPage()
    const errors = watchPageErrors(page)
    await page.goto("/app/login")
    await page.locator('input[name="email"]').fill(email)
    await page.locator('input[name="password"]').fill(PASSWORD)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.startsWith("/app/login"), { timeout: 90_000 })
    return { page, errors }
  }

  const staffToken = async (email: string) => {
    const response = await fetch(`${system.backendUrl}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password: PASSWORD }),
    })
    expect(response.status).toBe(200)
    return ((await response.json()) as { token: string }).token
  }

  /** Opens the plan's detail drawer from the list on the screen. */
  const openPlan = async (page: Page) => {
    await page.getByRole("button", { name: title }).click()
    await page.getByRole("dialog").getByRole("heading", { name: title }).waitFor()
  }

  /** Clicks an action in the drawer's footer and confirms it in the prompt. */
  const act = async (page: Page, label: string) => {
    await page.getByRole("dialog").getByRole("button", { name: label, exact: true }).click()
    await page.getByRole("alertdialog").getByRole("button", { name: "确认" }).click()
  }

  beforeAll(async () => {
    browser = await launch(system)
  })

  afterAll(async () => {
    for (const c of opened) await c.close().catch(() => undefined)
    await browser?.close()
    console.log(`[e2e] admin axe, whole page incl. the dashboard shell (serious/critical): ${JSON.stringify(axeWholePage)}`)
  })

  it("the operator drafts the plan in the editor, and may not submit it", async () => {
    const { page, errors } = await logIn(OPERATOR)
    await page.getByRole("link", { name: "框架协议征集" }).click()
    await page.getByRole("heading", { name: "框架协议征集计划" }).waitFor()
    await page.getByRole("button", { name: "新建征集计划" }).click()
    const editor = page.getByRole("dialog")
    await editor.getByRole("heading", { name: "新建征集计划" }).waitFor()

    await page.locator("#fa-plan-title").fill(title)
    await page.locator("#fa-plan-region_code").fill("140000")
    await page.locator("#fa-plan-catalog_item_codes").fill("A02021000")
    await page.locator("#fa-plan-eligible_region_codes").fill("140000")
    await page.locator("#fa-plan-term_months").fill("12")
    await page.locator("#fa-plan-response_window_days").fill("20")
    await page.locator("#fa-plan-survey_purchasers").fill("山西省教育厅\n太原市公安局\n大同市卫生健康委员会")
    await page.locator("#fa-plan-survey_suppliers").fill("得力集团有限公司\n科密（广州）办公设备有限公司\n山西晋云信息技术有限公司")
    await page.locator("#fa-plan-agreement_template").fill("甲方：山西省政府采购中心；乙方：入围供应商。第二阶段成交价不得高于协议价格。")
    await page.locator("#fa-lot-0-name").fill("碎纸机（办公型）")
    await page.locator("#fa-lot-0-specification").fill("P-4 保密等级，碎纸宽度 ≤ 4mm，连续工作 ≥ 30 分钟")
    await page.locator("#fa-lot-0-quantity_estimate").fill("800")
    await page.locator("#fa-lot-0-budget_yuan").fill("960,000.00")
    await page.locator("#fa-lot-0-max_unit_price_yuan").fill("１２００") // full-width digits, as an IME types them
    await page.locator("#fa-lot-0-deposit_yuan").fill("0")
    await screenshot(page, system, "admin-plan-editor")
    axeOurs.editor = await seriousViolations(page, ["[role=dialog]"])
    axeWholePage.editor = await seriousViolations(page)

    const created = page.waitForResponse((r) => r.url().endsWith("/admin/solicitations") && r.request().method() === "POST")
    await editor.getByRole("button", { name: "保存", exact: true }).click()
    const response = await created
    expect(response.status(), await response.text()).toBe(201)
    planId = ((await response.json()) as { solicitation: { id: string } }).solicitation.id

    // The saved plan opens in its drawer; 提交审核 is offered by status, the route refuses an operator.
    await page.getByRole("dialog").getByRole("heading", { name: title }).waitFor()
    await page.getByRole("dialog").getByText("草稿").first().waitFor()
    await act(page, "提交审核")
    const refusal = page.getByText(/^操作失败：/).first()
    await refusal.waitFor()
    const message = (await refusal.textContent()) ?? ""
    console.log(`[e2e] the operator's 提交审核 refused with: ${message}`)
    expect(message).toMatch(/^操作失败：.{8,}/)
    const after = await fetch(`${system.backendUrl}/admin/solicitations/${planId}`, {
      headers: { authorization: `Bearer ${await staffToken(OPERATOR)}` },
    })
    expect(((await after.json()) as { solicitation: { status: string } }).solicitation.status).toBe("draft")
    expect(errors).toEqual([])
  })

  it("the agency's approver submits it", async () => {
    const { page, errors } = await logIn(AGENCY_APPROVER)
    await page.goto("/app/solicitations")
    await openPlan(page)
    await act(page, "提交审核")
    await page.getByText("已提交审核").first().waitFor()
    expect(errors).toEqual([])
  })

  it("the regulator's approver approves it in 征集计划审核", async () => {
    const { page, errors } = await logIn(REGULATOR)
    await page.getByRole("link", { name: "征集计划审核" }).click()
    await page.getByRole("heading", { name: "征集计划审核" }).waitFor()
    await page.getByRole("button", { name: title }).waitFor()
    await screenshot(page, system, "admin-review-queue")
    axeOurs.reviews = await seriousViolations(page, ["#fa-solicitation-reviews"])
    axeWholePage.reviews = await seriousViolations(page)
    await openPlan(page)
    await act(page, "审核通过")
    await page.getByText("已审核通过").first().waitFor()
    expect(errors).toEqual([])

    const response = await fetch(`${system.backendUrl}/admin/solicitations/${planId}`, {
      headers: { authorization: `Bearer ${await staffToken(AGENCY_APPROVER)}` },
    })
    expect(response.status).toBe(200)
    const { solicitation } = (await response.json()) as { solicitation: { status: string; lots: { max_unit_price_fen: unknown }[] } }
    expect(solicitation.status).toBe("approved")
    expect(String(solicitation.lots[0].max_unit_price_fen)).toBe("120000")
  })

  it("the editor and the review queue have no serious accessibility violations", () => {
    expect(axeOurs.editor).toEqual([])
    expect(axeOurs.reviews).toEqual([])
  })
})
