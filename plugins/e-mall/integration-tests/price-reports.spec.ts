/**
 * Over-price reports (价格举报) over HTTP: a purchaser reports an approved offer; the agency
 * upholds it with a target price and a deadline of N working days (default 5), or dismisses
 * it; the supplier lowers the price to the target through its price route (report resolved,
 * offer stays listed) or does not (after the deadline the job's workflow expires the report
 * and delists the offer: gone from /store/catalog). Each side sees only its own: a unit its
 * reports, a supplier the decided reports on its offers without the reporter's identity. Bad
 * input → 400 naming the field with nothing written. Runs the real app (built plugin).
 */
import { medusaIntegrationTestRunner } from "../../../tests/helpers/integration-runner"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createRequire } from "node:module"
import { actorHeaders } from "../../../tests/helpers/actor-token"

const nodeRequire = createRequire(__filename)
const { createProductsWorkflow, createSalesChannelsWorkflow, linkSalesChannelsToApiKeyWorkflow } = nodeRequire(
  "@medusajs/medusa/core-flows"
)
const { indexCatalogProducts } = nodeRequire("@govmall/e-mall/catalog/index-catalog-products")
const { expireOverduePriceReportsWorkflow } = nodeRequire("@govmall/e-mall/workflows")

type Headers = { headers: Record<string, string> }
const system = { actor_type: "system", actor_id: "test-seed" }
const jobActor = { actor_type: "system", actor_id: "emall-price-report-deadline-job" }
// Friday 2026-11-20, 10:00 Shanghai. Five working days later (Nov 23–27 are ordinary working
// days in the official calendar) the deadline is the end of Friday 2026-11-27, Shanghai.
const START = "2026-11-20T10:00:00+08:00"
const LOWER_BY = "2026-11-27T15:59:59.999Z"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let store: Headers
    let admin: Headers
    const supplierA = {} as { headers: Headers; orgId: string; actorId: string }
    const supplierB = {} as { headers: Headers; orgId: string; actorId: string }
    const unitA = {} as { headers: Headers; orgId: string }
    const unitB = {} as { headers: Headers; orgId: string }
    // product model numbers (search terms) → product id / supplier A's or B's approved offer id
    const productId: Record<string, string> = {}
    const offerId: Record<string, string> = {}

    const failure = (error: any) => error.response
    const container = () => getContainer()
    const clock = () => container().resolve("procurement_clock")
    const withStore = (h: Headers): Headers => ({ headers: { ...h.headers, ...store.headers } })

    async function tokenFor(actorType: string, actorId: string, email: string): Promise<Headers> {
      return actorHeaders(container(), actorType, actorId, email)
    }

    async function supplier(target: typeof supplierA, name: string, uscc: string, email: string) {
      const organizations = container().resolve("procurement_organization")
      const { organization, member } = await organizations.registerOrganization({
        organization: { kind: "supplier", name, uscc, region_code: "140100" },
        supplier_profile: {
          enterprise_size: "small",
          bank_account_name: name,
          bank_name: "中国工商银行太原分行",
          bank_account_number: "0502123409024567890",
        },
        registrant: { name: "王丽", email },
      })
      await organizations.transitionOrganization(organization.id, "approved", {}, system)
      Object.assign(target, { headers: await tokenFor("supplier", member.actor_id, email), orgId: organization.id, actorId: member.actor_id })
    }

    async function purchasingUnit(target: typeof unitA, name: string, email: string) {
      const organizations = container().resolve("procurement_organization")
      const unit = await organizations.createOrganization({ kind: "purchasing_unit", name, region_code: "140100" }, system)
      const [customer] = await container().resolve(Modules.CUSTOMER).createCustomers([{ email }])
      await organizations.createMember(
        { organization_id: unit.id, actor_type: "customer", actor_id: customer.id, role: "operator", email, name: "采购经办人" },
        system
      )
      Object.assign(target, { headers: await tokenFor("customer", customer.id, email), orgId: unit.id })
    }

    beforeAll(async () => {
      const c = container()
      clock().setNow(START)
      const key = await c.resolve(Modules.API_KEY).createApiKeys({ title: "store", type: "publishable", created_by: "test" })
      store = { headers: { "x-publishable-api-key": key.token } }
      const {
        result: [channel],
      } = await createSalesChannelsWorkflow(c).run({ input: { salesChannelsData: [{ name: "政府采购电子卖场" }] } })
      await linkSalesChannelsToApiKeyWorkflow(c).run({ input: { id: key.id, add: [channel.id] } })
      const models = ["KFR-35GW", "KFR-26GW", "KFR-72LW", "KFR-50GW"]
      const { result: products } = await createProductsWorkflow(c).run({
        input: {
          products: models.map((model) => ({
            title: `格力 GREE 壁挂式空调 ${model}`,
            status: ProductStatus.PUBLISHED,
            metadata: { brand: "格力", model },
            sales_channels: [{ id: channel.id }],
            options: [{ title: "规格", values: ["标准"] }],
            variants: [{ title: "标准", options: { 规格: "标准" }, prices: [{ currency_code: "cny", amount: 2999 }] }],
          })),
        },
      })
      models.forEach((model, i) => (productId[model] = products[i].id))
      await indexCatalogProducts(c)
      const emall = c.resolve("emall_offer")
      for (const model of models) {
        await emall.recordReferencePrice({ product_id: productId[model], price_fen: 300000, source: "厂商官网" }, system)
      }

      const [user] = await c.resolve(Modules.USER).createUsers([{ email: "reviewer@ccgp-shanxi.gov.cn" }])
      const organizations = c.resolve("procurement_organization")
      const agency = await organizations.createOrganization({ kind: "agency", name: "山西省政府采购中心", region_code: "140000" }, system)
      await organizations.createMember(
        { organization_id: agency.id, actor_type: "user", actor_id: user.id, role: "approver", email: user.email, name: "审核员" },
        system
      )
      admin = await tokenFor("user", user.id, user.email)
      await supplier(supplierA, "太原市晋阳办公设备有限公司", "91350100M000100Y43", "a@jinyang.example.cn")
      await supplier(supplierB, "山西并州商贸有限公司", "91110000802100433B", "b@bingzhou.example.cn")
      await purchasingUnit(unitA, "太原市教育局", "buyer@jyj.taiyuan.gov.cn")
      await purchasingUnit(unitB, "大同市卫生健康委员会", "buyer@wjw.datong.gov.cn")

      // Supplier A lists three products, supplier B one; all approved at ¥2,800.00.
      for (const [model, owner] of [
        ["KFR-35GW", supplierA],
        ["KFR-26GW", supplierA],
        ["KFR-72LW", supplierA],
        ["KFR-50GW", supplierB],
      ] as const) {
        const created = await emall.createOffer(
          {
            product_id: productId[model],
            supplier_org_id: owner.orgId,
            price_fen: 280000,
            stock: 10,
            delivery_region_codes: ["140000"],
            lead_time_days: 3,
            submit: true,
          },
          { ...system, organization_id: owner.orgId }
        )
        await emall.approveOffer(created.id, [], system)
        offerId[model] = created.id
      }
    })

    beforeEach(() => {
      clock().setNow(START)
    })

    afterAll(() => {
      getContainer()?.resolve("procurement_clock").reset()
    })

    const report = (model: string, unit: Headers, overrides: Record<string, unknown> = {}) =>
      api.post(
        "/store/emall/price-reports",
        { offer_id: offerId[model], evidence_text: "京东自营同型号 ¥2,499", evidence_url: "https://item.jd.com/100012043978.html", observed_price_fen: 249900, ...overrides },
        withStore(unit)
      )
    const catalog = async (model: string) => (await api.get(`/store/catalog?q=${model}`, store)).data
    const counts = async () =>
      (
        await dbConnection.raw(
          `SELECT (SELECT count(*) FROM price_report)::int AS reports,
                  (SELECT count(*) FROM audit_log WHERE record_type = 'price_report')::int AS audits`
        )
      ).rows[0]
    const audits = async (recordId: string) =>
      (
        await dbConnection.raw(`SELECT action FROM audit_log WHERE record_id = ? ORDER BY occurred_at, id`, [recordId])
      ).rows.map((r: { action: string }) => r.action)
    /** Inbox messages of a category, waiting for the (asynchronous) subscriber. */
    async function inboxOf(actor_type: string, actor_id: string, expected: number) {
      const inbox = container().resolve("procurement_inbox")
      for (let i = 0; i < 200; i++) {
        const [messages] = await inbox.listForRecipient({ actor_type, actor_id }, { category: "price_report" })
        if (messages.length >= expected) return messages
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      const [messages] = await inbox.listForRecipient({ actor_type, actor_id }, { category: "price_report" })
      return messages
    }
    const customerIdOf = (unit: Headers) => JSON.parse(Buffer.from(unit.headers.authorization.split(".")[1], "base64url").toString()).actor_id

    it("report → uphold → the supplier does not lower → after the deadline the offer is delisted", async () => {
      expect((await catalog("KFR-35GW")).count).toBe(1)
      const created = await report("KFR-35GW", unitA.headers)
      expect(created.status).toBe(201)
      const id = created.data.price_report.id
      expect(created.data.price_report).toMatchObject({
        offer_id: offerId["KFR-35GW"],
        status: "open",
        reported_price_fen: 280000,
        observed_price_fen: 249900,
        reporter_org_id: unitA.orgId,
        evidence_url: "https://item.jd.com/100012043978.html",
      })

      // The supplier does not see an open report; the agency does, with the reporter.
      expect((await api.get("/supplier/price-reports", supplierA.headers)).data.price_reports).toEqual([])
      const queue = await api.get(`/admin/price-reports?status=open&offer_id=${offerId["KFR-35GW"]}`, admin)
      expect(queue.data.price_reports.map((r: any) => r.id)).toEqual([id])
      expect(queue.data.price_reports[0]).toMatchObject({ reporter_org_id: unitA.orgId, reporter_actor_type: "customer" })

      // A supplier cannot decide (admin routes are for admin users): 401, nothing changed.
      const before = await counts()
      const bySupplier = await api
        .post(`/admin/price-reports/${id}/uphold`, { reason: "x", target_price_fen: 1 }, supplierA.headers)
        .catch(failure)
      expect(bySupplier.status).toBe(401)
      const byPurchaser = await api
        .post(`/admin/price-reports/${id}/uphold`, { reason: "x", target_price_fen: 1 }, withStore(unitA.headers))
        .catch(failure)
      expect(byPurchaser.status).toBe(401)
      expect(await counts()).toEqual(before)
      expect((await api.get(`/admin/price-reports/${id}`, admin)).data.price_report.status).toBe("open")

      const upheld = await api.post(`/admin/price-reports/${id}/uphold`, { reason: "高于主流电商价格", target_price_fen: 250000 }, admin)
      expect(upheld.data.price_report).toMatchObject({
        status: "upheld",
        target_price_fen: 250000,
        lower_by: LOWER_BY,
        decision_reason: "高于主流电商价格",
        decided_at: "2026-11-20T02:00:00.000Z",
      })

      // The supplier sees reason, target and deadline, and not who reported; supplier B nothing.
      const own = (await api.get("/supplier/price-reports", supplierA.headers)).data.price_reports
      expect(own).toHaveLength(1)
      expect(own[0]).toMatchObject({ id, status: "upheld", decision_reason: "高于主流电商价格", target_price_fen: 250000, lower_by: LOWER_BY })
      for (const hidden of ["reporter_org_id", "reporter_actor_id", "reporter_actor_type", "decided_by"]) {
        expect(own[0]).not.toHaveProperty(hidden)
      }
      expect((await api.get("/supplier/price-reports", supplierB.headers)).data.price_reports).toEqual([])

      // Inbox: the supplier's member must act; the reporting unit hears of the decision.
      const supplierInbox = await inboxOf("supplier", supplierA.actorId, 1)
      expect(supplierInbox.map((m: any) => m.title)).toEqual(["价格举报成立：请于 2026-11-27 前降价"])
      expect(supplierInbox[0].body).toContain("¥2500.00")
      expect(supplierInbox[0].body).not.toContain(unitA.orgId)
      const unitInbox = await inboxOf("customer", customerIdOf(unitA.headers), 1)
      expect(unitInbox[0].title).toBe("价格举报已受理并成立")

      // While upheld, the price may not go up; lowering but not to the target leaves it upheld.
      const raise = await api.post(`/supplier/offers/${offerId["KFR-35GW"]}/price`, { price_fen: 290000 }, supplierA.headers).catch(failure)
      expect(raise.status).toBe(400)
      expect(raise.data.message).toContain(`has an upheld price report (${id})`)
      const partly = await api.post(`/supplier/offers/${offerId["KFR-35GW"]}/price`, { price_fen: 260000 }, supplierA.headers)
      expect(partly.data.offer).toMatchObject({ status: "approved", price_fen: 260000 })
      expect((await api.get(`/admin/price-reports/${id}`, admin)).data.price_report.status).toBe("upheld")

      // At the last minute of the deadline nothing happens; one minute into the next day the
      // job's workflow expires the report and delists the offer.
      clock().setNow("2026-11-27T23:59:59.999+08:00")
      const early = await expireOverduePriceReportsWorkflow(container()).run({ input: { actor: jobActor } })
      expect(early.result).toEqual([])
      clock().setNow("2026-11-28T00:01:00+08:00")
      const late = await expireOverduePriceReportsWorkflow(container()).run({ input: { actor: jobActor } })
      expect(late.result).toEqual([{ id, offer_id: offerId["KFR-35GW"], offer_delisted: true }])

      const offer = (await api.get(`/admin/offers/${offerId["KFR-35GW"]}`, admin)).data.offer
      expect(offer).toMatchObject({ status: "delisted", delist_reason: "over_price_not_lowered" })
      expect(offer.status_reason).toContain(id)
      expect((await catalog("KFR-35GW")).count).toBe(0)
      expect((await api.get(`/store/catalog/products/${productId["KFR-35GW"]}/offers`, store)).data.offers).toEqual([])
      const mine = (await api.get("/store/emall/price-reports", withStore(unitA.headers))).data.price_reports
      expect(mine.find((r: any) => r.id === id)).toMatchObject({ status: "expired", expired_at: "2026-11-27T16:01:00.000Z" })
      expect(await audits(id)).toEqual(["price_report.created", "price_report.upheld", "price_report.expired"])
      expect((await audits(offerId["KFR-35GW"])).slice(-2)).toEqual(["offer.price_changed", "offer.delisted"])

      // A second run finds nothing; lowering the price now settles nothing (the report expired).
      expect((await expireOverduePriceReportsWorkflow(container()).run({ input: { actor: jobActor } })).result).toEqual([])
      expect((await inboxOf("supplier", supplierA.actorId, 2)).map((m: any) => m.title)).toEqual([
        "报价已下架：未按期降价",
        "价格举报成立：请于 2026-11-27 前降价",
      ])
    })

    it("report → uphold → the supplier lowers to the target → resolved, the offer stays listed", async () => {
      const id = (await report("KFR-26GW", unitB.headers, { observed_price_fen: 239900 })).data.price_report.id
      await api.post(`/admin/price-reports/${id}/uphold`, { reason: "天猫旗舰店更低", target_price_fen: 240000 }, admin)
      clock().setNow("2026-11-27T18:00:00+08:00")
      const lowered = await api.post(`/supplier/offers/${offerId["KFR-26GW"]}/price`, { price_fen: 240000, reason: "按举报降价" }, supplierA.headers)
      expect(lowered.data.offer).toMatchObject({ status: "approved", price_fen: 240000 })
      const resolved = (await api.get(`/admin/price-reports/${id}`, admin)).data.price_report
      expect(resolved).toMatchObject({ status: "resolved", resolved_price_fen: 240000, resolved_at: "2026-11-27T10:00:00.000Z" })
      expect(await audits(id)).toEqual(["price_report.created", "price_report.upheld", "price_report.resolved"])

      clock().setNow("2026-12-01T10:00:00+08:00")
      expect((await expireOverduePriceReportsWorkflow(container()).run({ input: { actor: jobActor } })).result).toEqual([])
      expect((await catalog("KFR-26GW")).products).toEqual([expect.objectContaining({ product_id: productId["KFR-26GW"], lowest_price_fen: 240000 })])
      const unitInbox = await inboxOf("customer", customerIdOf(unitB.headers), 2)
      expect(unitInbox.map((m: any) => m.title)).toContain("价格举报已处理：供应商已降价")
    })

    it("dismiss: the unit hears the reason; a dismissed report cannot be upheld; the unit may report again", async () => {
      const id = (await report("KFR-50GW", unitA.headers)).data.price_report.id
      const missing = await api.post(`/admin/price-reports/${id}/dismiss`, { reason: "  " }, admin).catch(failure)
      expect(missing.status).toBe(400)
      expect(missing.data.message).toContain("reason")
      const dismissed = await api.post(`/admin/price-reports/${id}/dismiss`, { reason: "所举链接为二手商品" }, admin)
      expect(dismissed.data.price_report).toMatchObject({ status: "dismissed", decision_reason: "所举链接为二手商品" })
      const again = await api.post(`/admin/price-reports/${id}/uphold`, { reason: "x", target_price_fen: 1 }, admin).catch(failure)
      expect(again.status).toBe(400)
      expect(again.data.message).toBe(`price report ${id} cannot go from "dismissed" to "upheld"; from "dismissed" it can go to nothing (final state)`)
      const mine = (await api.get("/store/emall/price-reports?status=dismissed", withStore(unitA.headers))).data.price_reports
      expect(mine).toEqual([expect.objectContaining({ id, decision_reason: "所举链接为二手商品" })])
      expect((await inboxOf("customer", customerIdOf(unitA.headers), 1))[0].title).toBe("价格举报未成立")
      // Supplier B sees the dismissed report on its offer; supplier A does not.
      expect((await api.get("/supplier/price-reports", supplierB.headers)).data.price_reports.map((r: any) => r.id)).toEqual([id])
      expect((await api.get("/supplier/price-reports", supplierA.headers)).data.price_reports).toEqual([])
      expect((await report("KFR-50GW", unitA.headers)).status).toBe(201)
    })

    it("uphold needs a target below the offer's price and a reason; both checked before anything is written", async () => {
      const id = (await report("KFR-72LW", unitA.headers)).data.price_report.id
      const before = await counts()
      for (const [body, message] of [
        [{ reason: "偏高", target_price_fen: 280000 }, "target_price_fen 280000 must be below the offer's current price 280000"],
        [{ reason: "偏高", target_price_fen: -1 }, "target_price_fen"],
        [{ reason: "偏高", target_price_fen: 2500.5 }, "target_price_fen"],
        [{ reason: "偏高" }, "target_price_fen"],
        [{ target_price_fen: 250000 }, "reason"],
      ] as const) {
        const response = await api.post(`/admin/price-reports/${id}/uphold`, body, admin).catch(failure)
        expect(response.status, JSON.stringify(body)).toBe(400)
        expect(response.data.message).toContain(message)
      }
      expect(await counts()).toEqual(before)
      expect((await api.get(`/admin/price-reports/prep_missing`, admin).catch(failure)).status).toBe(404)
    })

    it.each([
      [{ offer_id: "offer_does_not_exist" }, 'offer_id "offer_does_not_exist"'],
      [{ offer_id: undefined }, "offer_id"],
      [{ observed_price_fen: -1 }, "observed_price_fen"],
      [{ observed_price_fen: 2499.5 }, "observed_price_fen"],
      [{ observed_price_fen: "249900" }, "observed_price_fen"],
      [{ observed_price_fen: 280000 }, "observed_price_fen 280000 must be below the offer's price 280000"],
      [{ evidence_text: undefined }, "evidence_text"],
      [{ evidence_text: "   " }, "evidence_text"],
      [{ evidence_url: "ftp://files.example.cn/price.png" }, "evidence_url"],
      [{ reporter_org_id: "org_someone_else" }, "reporter_org_id"],
    ])("POST /store/emall/price-reports with %j → 400 naming the field, nothing written", async (override, message) => {
      const before = await counts()
      const response = await report("KFR-35GW", unitA.headers, override).catch(failure)
      expect(response.status).toBe(400)
      expect(response.data.message).toContain(message)
      expect(await counts()).toEqual(before)
    })

    it("one open or upheld report per offer and unit; another unit may report the same offer", async () => {
      const first = await report("KFR-35GW", unitA.headers)
      const before = await counts()
      const second = await report("KFR-35GW", unitA.headers, { evidence_text: "苏宁更低" }).catch(failure)
      expect(second.status).toBe(400)
      expect(second.data.message).toContain(`offer_id ${offerId["KFR-35GW"]}`)
      expect(second.data.message).toContain(`already has price report ${first.data.price_report.id} (open)`)
      expect(await counts()).toEqual(before)
      await api.post(`/admin/price-reports/${first.data.price_report.id}/uphold`, { reason: "偏高", target_price_fen: 250000 }, admin)
      expect((await report("KFR-35GW", unitA.headers).catch(failure)).data.message).toContain("(upheld)")
      expect((await report("KFR-35GW", unitB.headers)).status).toBe(201)
    })

    it("only listed offers can be reported", async () => {
      await container().resolve("emall_offer").delistOffer(offerId["KFR-72LW"], "supplier_withdrew", "停产", system)
      const before = await counts()
      const response = await report("KFR-72LW", unitA.headers).catch(failure)
      expect(response.status).toBe(400)
      expect(response.data.message).toContain("the offer is delisted; only listed (approved) offers can be reported")
      expect(await counts()).toEqual(before)
    })

    it("each unit lists only its own reports, each supplier only reports on its own offers", async () => {
      const a = (await report("KFR-35GW", unitA.headers)).data.price_report.id
      const b = (await report("KFR-26GW", unitB.headers)).data.price_report.id
      expect((await api.get("/store/emall/price-reports", withStore(unitA.headers))).data.price_reports.map((r: any) => r.id)).toEqual([a])
      expect((await api.get("/store/emall/price-reports", withStore(unitB.headers))).data.price_reports.map((r: any) => r.id)).toEqual([b])
      const probe = await api.get(`/store/emall/price-reports?offer_id=${offerId["KFR-35GW"]}`, withStore(unitB.headers))
      expect(probe.data).toMatchObject({ price_reports: [], count: 0 })
      await api.post(`/admin/price-reports/${a}/uphold`, { reason: "偏高", target_price_fen: 250000 }, admin)
      await api.post(`/admin/price-reports/${b}/dismiss`, { reason: "证据不足" }, admin)
      expect((await api.get("/supplier/price-reports", supplierA.headers)).data.price_reports.map((r: any) => r.id).sort()).toEqual([a, b].sort())
      expect((await api.get("/supplier/price-reports", supplierB.headers)).data.price_reports).toEqual([])
      expect((await api.get(`/supplier/price-reports?offer_id=${offerId["KFR-35GW"]}`, supplierB.headers)).data.count).toBe(0)
      // Anonymous and unauthenticated callers get nothing.
      expect((await api.get("/store/emall/price-reports", store).catch(failure)).status).toBe(401)
      expect((await api.get("/supplier/price-reports").catch(failure)).status).toBe(401)
    })

    it("an offer sent back to review by a price increase is still delisted when its upheld report expires", async () => {
      // Reported while listed; the supplier raises the price before the decision (allowed: nothing
      // is upheld yet), which sends the offer to review; the agency then upholds the report.
      const id = (await report("KFR-72LW", unitB.headers)).data.price_report.id
      const raised = await api.post(`/supplier/offers/${offerId["KFR-72LW"]}/price`, { price_fen: 295000 }, supplierA.headers)
      expect(raised.data.offer).toMatchObject({ status: "pending_review", price_fen: 295000 })
      const upheld = await api.post(`/admin/price-reports/${id}/uphold`, { reason: "偏高", target_price_fen: 250000 }, admin)
      expect(upheld.data.price_report).toMatchObject({ status: "upheld", lower_by: LOWER_BY })

      clock().setNow("2026-11-28T00:01:00+08:00")
      const expired = await expireOverduePriceReportsWorkflow(container()).run({ input: { actor: jobActor } })
      expect(expired.result).toEqual([{ id, offer_id: offerId["KFR-72LW"], offer_delisted: true }])
      const offer = (await api.get(`/admin/offers/${offerId["KFR-72LW"]}`, admin)).data.offer
      expect(offer).toMatchObject({ status: "delisted", delist_reason: "over_price_not_lowered" })
      expect(offer.status_reason).toContain(id)
      expect((await audits(offerId["KFR-72LW"])).slice(-1)).toEqual(["offer.delisted"])

      // The reviewer can no longer approve it at the old, too-high price.
      const approve = await api.post(`/admin/offers/${offerId["KFR-72LW"]}/approve`, {}, admin).catch(failure)
      expect(approve.status).toBe(400)
      expect(approve.data.message).toContain(`offer ${offerId["KFR-72LW"]} cannot go from "delisted" to "approved"`)
      expect((await catalog("KFR-72LW")).count).toBe(0)
    })
  },
})
