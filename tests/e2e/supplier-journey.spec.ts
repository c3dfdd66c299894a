import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { generateUscc, usccCheckCharacter } from "@govmall/procurement-core/domain/uscc"
import { planBody } from "../../plugins/framework-agreement/integration-tests/fixtures"
import { seriousViolations } from "./support/axe"
import { e2eContext, launch, newPurchaserContext, ready, screenshot, watchPageErrors } from "./support/browser"

// A Taiyuan stationery firm registers itself as a supplier (a mistyped USCC refused in words
// first), uploads its business licence, is approved by the regulator, makes a key pair in the
// browser and gets the platform's certificate, lists a shredder and sees the listing approved
// by the agency — the two reviews made over the admin API, as the staff would in Medusa Admin.
const context = e2eContext()

const PASSWORD = "GovMall@2026"

describe.skipIf(context.skip !== undefined)("supplier registers, is approved and lists an offer", () => {
  const system = ready(context)
  const stamp = Date.now()
  const email = `e2e-supplier-${stamp}@jinyuan-wenju.cn`
  const uscc = generateUscc({ seed: `e2e-supplier-${stamp}`, regionCode: "140105" })
  const wrongCheck = uscc.slice(0, 17) + (uscc[17] === "0" ? "1" : "0")
  let browser: Browser
  let browserContext: BrowserContext
  let page: Page
  let pageErrors: string[]
  let keyDir: string | undefined

  const staffToken = async (staffEmail: string) => {
    const response = await fetch(`${system.backendUrl}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: staffEmail, password: PASSWORD }),
    })
    expect(response.status).toBe(200)
    return ((await response.json()) as { token: string }).token
  }
  /** POST the body as the staff member (null: GET). */
  const asStaff = async <T = unknown>(staffEmail: string, route: string, body: unknown = {}, status = 200): Promise<T> => {
    const response = await fetch(`${system.backendUrl}${route}`, {
      method: body === null ? "GET" : "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await staffToken(staffEmail)}` },
      body: body === null ? undefined : JSON.stringify(body),
    })
    expect(response.status, `${route}: ${await response.clone().text()}`).toBe(status)
    return (await response.json()) as T
  }
  /** A /supplier route read with the token the page holds. */
  const asSupplier = async <T>(route: string): Promise<T> => {
    const token = await page.evaluate(() => window.localStorage.getItem("govmall.supplier_token"))
    const response = await fetch(`${system.backendUrl}${route}`, { headers: { authorization: `Bearer ${token}` } })
    expect(response.status).toBe(200)
    return (await response.json()) as T
  }

  beforeAll(async () => {
    browser = await launch(system)
    browserContext = await newPurchaserContext(browser, system)
    page = await browserContext.newPage()
    pageErrors = watchPageErrors(page)
  })

  afterAll(async () => {
    await browser?.close()
    if (keyDir) fs.rmSync(keyDir, { recursive: true, force: true })
  })

  afterEach(() => {
    expect(pageErrors).toEqual([])
  })

  it("refuses a USCC with a wrong check character in words, then registers", async () => {
    expect(usccCheckCharacter(uscc.slice(0, 17))).toBe(uscc[17])
    await page.goto("/supplier/register")
    await page.getByRole("heading", { name: "供应商注册", level: 1 }).waitFor()
    // An empty form: each missing field says so, the first one takes the focus.
    await page.getByRole("button", { name: "提交注册" }).click()
    await page.getByText("此项必填。").first().waitFor()
    expect(await page.getByText("此项必填。").count()).toBe(9)
    expect(await page.getByLabel("登录邮箱").evaluate((el) => el === document.activeElement)).toBe(true)
    await page.getByLabel("登录邮箱").fill(email)
    await page.getByLabel("密码（至少 8 位）").fill(PASSWORD)
    await page.getByLabel("注册人姓名").fill("赵晓燕")
    await page.getByLabel("企业名称").fill(`太原晋源文具办公用品有限公司${stamp % 10_000}`)
    await page.getByLabel("统一社会信用代码").fill(wrongCheck)
    await page.getByLabel("注册地", { exact: true }).selectOption("140105")
    await page.getByLabel("注册地址").fill("太原市小店区长风街 118 号")
    await page.getByLabel("企业规模").selectOption("small")
    await page.getByLabel("开户名称").fill("太原晋源文具办公用品有限公司")
    await page.getByLabel("开户银行").fill("中国工商银行太原长风支行")
    await page.getByLabel("银行账号").fill("0502 1234 5678 9012 345")
    await page.getByLabel("联系人").fill("赵晓燕")
    await page.getByLabel("联系电话").fill("0351-7025566")
    await page.getByRole("button", { name: "提交注册" }).click()

    // Refused in the browser: nothing sent, the field says why and has the focus.
    await page.getByText(`校验位（第 18 位）应为“${uscc[17]}”，填写的是“${wrongCheck[17]}”`).waitFor()
    const field = page.getByLabel("统一社会信用代码")
    expect(await field.getAttribute("aria-invalid")).toBe("true")
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true)
    await screenshot(page, system, "supplier-01-register-uscc-refused")
    expect(await seriousViolations(page)).toEqual([])

    await field.fill(uscc.toLowerCase())
    await page.getByRole("button", { name: "提交注册" }).click()
    await page.getByTestId("organization-status").filter({ hasText: "待审核" }).waitFor({ timeout: 60_000 })
    expect(new URL(page.url()).pathname).toBe("/supplier")
    await page.getByText(uscc, { exact: true }).waitFor()
    await screenshot(page, system, "supplier-02-pending-review")
  })

  it("uploads the business licence as a PDF; an HTML file named .pdf is refused in words", async () => {
    await page.getByRole("link", { name: "资质文件" }).click()
    await page.getByRole("heading", { name: "资质文件", level: 1 }).waitFor()
    await page.getByLabel("文件类别").selectOption("business_license")
    await page.getByLabel("选择文件").setInputFiles({ name: "营业执照.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html><body>不是 PDF</body></html>") })
    await page.getByRole("button", { name: "上传" }).click()
    await page.getByText("文件类型不被接受：只接受 PDF、PNG、JPEG 或 OFD").waitFor()

    const pdf = Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n", "latin1")
    await page.getByLabel("文件名称").fill("营业执照副本")
    await page.getByLabel("选择文件").setInputFiles({ name: "营业执照.pdf", mimeType: "application/pdf", buffer: pdf })
    await page.getByRole("button", { name: "上传" }).click()
    const row = page.getByTestId("document-row")
    await row.first().waitFor()
    expect(await row.count()).toBe(1)
    expect(await row.first().innerText()).toContain("营业执照副本")
    await screenshot(page, system, "supplier-03-documents")
  })

  it("is approved by the regulator and gets a certificate from a key made in the browser", async () => {
    const { organization } = await asSupplier<{ organization: { id: string } }>("/supplier/me")
    await asStaff("chenjing@czt.shanxi.gov.cn", `/admin/organizations/${organization.id}/approve`)
    await page.goto("/supplier")
    await page.getByTestId("organization-status").filter({ hasText: "已通过" }).waitFor()

    await page.getByRole("link", { name: "数字证书" }).click()
    await page.getByRole("button", { name: "生成密钥并申请证书" }).click()
    const issued = page.getByTestId("issued-certificate")
    await issued.waitFor({ timeout: 60_000 })
    const serial = (await issued.locator("dd").first().innerText()).trim()
    expect(serial).toMatch(/^[0-9a-f]+$/)
    await screenshot(page, system, "supplier-04-certificate")

    // The platform issued it to this organization (its USCC in the subject).
    const response = await fetch(`${system.backendUrl}/ca/certificates/${serial}`)
    expect(response.status).toBe(200)
    const { certificate } = (await response.json()) as { certificate: { subject_id: string; status: string } }
    expect(certificate.subject_id).toBe(uscc)

    // The private key is saved as a file, and after a reload (key gone) loaded from it.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "保存私钥文件" }).click()])
    // A private key is not an artifact: a scratch folder, removed at once.
    keyDir = fs.mkdtempSync(path.join(os.tmpdir(), "govmall-e2e-key-"))
    const keyPath = path.join(keyDir, "supplier-private-key.pem")
    await download.saveAs(keyPath)
    expect(download.suggestedFilename()).toMatch(new RegExp(`^govmall-${uscc}-private-key-\\d{4}-\\d{2}-\\d{2}\\.pem$`))
    expect(fs.readFileSync(keyPath, "utf8")).toMatch(/^-----BEGIN PRIVATE KEY-----\r?\n/)
    await page.reload()
    await page.getByLabel("从文件载入私钥").setInputFiles({ name: "not-a-key.pem", mimeType: "text/plain", buffer: Buffer.from("hello") })
    await page.getByText("文件不是私钥").waitFor()
    await page.getByLabel("从文件载入私钥").setInputFiles(keyPath)
    await page.getByText(`已载入私钥（${path.basename(keyPath)}），可用于签名。`).waitFor()
  })

  it("lists a shredder, sees it approved after the agency's review, and a price above the reference refused", async () => {
    await page.getByRole("link", { name: "我的报价" }).click()
    await page.getByRole("heading", { name: "我的报价", level: 1 }).waitFor()
    await page.getByText("还没有报价。").waitFor()
    expect(await seriousViolations(page)).toEqual([])

    await page.getByLabel("搜索商品").fill("碎纸机")
    await page.getByRole("button", { name: "查找" }).click()
    const option = page.locator("#offer-product option", { hasText: "9905" })
    await option.waitFor({ state: "attached" })
    await page.getByLabel("报价商品").selectOption((await option.getAttribute("value"))!)
    await page.getByLabel("含税单价（元）").fill("1.234")
    await page.getByRole("button", { name: "提交报价" }).click()
    await page.getByText("价格须为大于 0 的金额，最多两位小数。").waitFor()
    await page.getByLabel("含税单价（元）").fill("399.00")
    await page.getByLabel("库存（件，选填）").fill("30")
    await page.getByLabel("质保期（月，选填）").fill("12")
    await page.getByRole("button", { name: "提交报价" }).click()
    const row = page.getByTestId("supplier-offer-row")
    await row.first().waitFor()
    expect(await row.first().innerText()).toContain("待审核")
    expect(await row.first().innerText()).toContain("¥399.00")
    await screenshot(page, system, "supplier-05-offer-pending")

    const { offers } = await asSupplier<{ offers: { id: string; price_fen: number; status: string }[] }>("/supplier/offers")
    expect(offers).toHaveLength(1)
    expect(offers[0].price_fen).toBe(39900)
    await asStaff("wugang@zfcg.shanxi.gov.cn", `/admin/offers/${offers[0].id}/approve`)
    await page.reload()
    await page.locator("[data-testid=supplier-offer-row][data-status=approved]").waitFor()
    expect(await row.first().innerText()).toContain("已上架")
    expect(await seriousViolations(page)).toEqual([])

    await row.first().getByRole("button", { name: "调整价格" }).click()
    await row.first().getByLabel("新价格（元）").fill("99999")
    await row.first().getByRole("button", { name: "保存价格" }).click()
    await row.first().getByText(/价格不能高于该商品的参考价 ¥[\d,]+\.\d{2}。/).waitFor()
    await screenshot(page, system, "supplier-06-offer-approved")
  })

  it("confirms one purchaser's order and declines another with a reason", async () => {
    // 晋中市生态环境局 buys the shredder twice over the store API (the purchaser's screens have their
    // own journey, with another unit: the journeys share one system and count their orders).
    const login = await fetch(`${system.backendUrl}/auth/customer/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "mali@sthjj.jz.gov.cn", password: PASSWORD }),
    })
    const { token } = (await login.json()) as { token: string }
    const { offers } = await asSupplier<{ offers: { id: string }[] }>("/supplier/offers")
    for (const quantity of [2, 1]) {
      const response = await fetch(`${system.backendUrl}/store/emall/direct-purchase`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-publishable-api-key": system.publishableKey, authorization: `Bearer ${token}` },
        body: JSON.stringify({
          offer_id: offers[0].id,
          quantity,
          shipping_address: {
            first_name: "马丽",
            phone: "0354-3032211",
            address_1: "晋中市榆次区汇通路 379 号 晋中市生态环境局 2 层",
            country_code: "cn",
            metadata: { region_code: "140700" },
          },
          payment: { provider_id: "pp_govpay_treasury", data: { budget_indicator_code: "2026-BI-0001" } },
        }),
      })
      expect(response.status, await response.clone().text()).toBe(201)
    }

    await page.getByRole("link", { name: "订单", exact: true }).click()
    const rows = page.getByTestId("supplier-order-row")
    await rows.nth(1).waitFor()
    expect(await rows.count()).toBe(2)
    const texts = await rows.allInnerTexts()
    for (const text of texts) expect(text).toContain("待确认")
    expect(texts.join("\n")).toContain("¥798.00")
    await screenshot(page, system, "supplier-07-orders")

    await rows.nth(0).getByRole("button", { name: "确认订单" }).click()
    await page.getByText("已确认").first().waitFor()
    await rows.nth(1).getByRole("button", { name: "拒绝订单" }).click()
    await rows.nth(1).getByLabel("拒绝原因").fill("该型号库存已调往其他订单，本周无法按期供货。")
    await rows.nth(1).getByRole("button", { name: "确认拒绝" }).click()
    await rows.nth(1).getByText("该型号库存已调往其他订单").waitFor()

    const { emall_orders } = await asSupplier<{ emall_orders: { status: string; reason: string | null }[] }>("/supplier/orders")
    expect(emall_orders.map((o) => o.status).sort()).toEqual(["confirmed", "declined"])
  })

  it("reads its price reports (none decided: the empty state, not an error)", async () => {
    await page.getByRole("link", { name: "价格举报" }).click()
    await page.getByText("没有已处理的举报。").waitFor()
  })

  it("reads an open solicitation's notice and asks a clarification, answered in public", async () => {
    // The agency drafts and publishes a plan, approved by the regulator in between (admin API).
    const title = "山西省2027年度碎纸机及办公设备框架协议采购"
    const { solicitation } = await asStaff<{ solicitation: { id: string } }>(
      "zhouting@zfcg.shanxi.gov.cn",
      "/admin/solicitations",
      planBody({ title }),
      201
    )
    await asStaff("wugang@zfcg.shanxi.gov.cn", `/admin/solicitations/${solicitation.id}/submit`)
    await asStaff("chenjing@czt.shanxi.gov.cn", `/admin/solicitations/${solicitation.id}/approve`)
    await asStaff("wugang@zfcg.shanxi.gov.cn", `/admin/solicitations/${solicitation.id}/publish`)

    await page.getByRole("link", { name: "征集公告" }).click()
    await page.getByRole("link", { name: title }).click()
    await page.getByRole("heading", { level: 1, name: title }).waitFor()
    const lot = page.getByRole("cell", { name: /台式计算机（高性能型）/ })
    await lot.waitFor()
    // Budget and price cap from integer fen: ¥4,000,000.00 and ¥8,000.00.
    expect(await lot.locator("xpath=..").innerText()).toMatch(/¥4,000,000\.00\s+¥8,000\.00/)
    await page.getByText("暂无已答复的澄清。").waitFor()
    await page.getByLabel("针对的采购包（选填）").selectOption({ label: "2. 台式计算机（高性能型）" })
    const question = "高性能型是否接受国产操作系统（如统信 UOS）预装？"
    await page.getByLabel("问题").fill(question)
    await page.getByRole("button", { name: "提交问题" }).click()
    await page.getByText("问题已提交，答复后将在本页公开（不显示提问人）。").waitFor()

    const { clarifications } = await asStaff<{ clarifications: { id: string; question: string }[] }>(
      "sunlei@zfcg.shanxi.gov.cn",
      `/admin/solicitations/${solicitation.id}/clarifications`,
      null
    )
    expect(clarifications.map((c) => c.question)).toEqual([question])
    await asStaff("sunlei@zfcg.shanxi.gov.cn", `/admin/solicitations/${solicitation.id}/clarifications/${clarifications[0].id}/answer`, {
      answer: "接受，须为正版授权，采购需求第 3 条相应修改。",
      changes_documents: true,
    })
    await page.reload()
    await page.getByText(question).waitFor()
    await page.getByText("答复：接受，须为正版授权，采购需求第 3 条相应修改。").waitFor()
    await screenshot(page, system, "supplier-08-solicitation")
  })
})
