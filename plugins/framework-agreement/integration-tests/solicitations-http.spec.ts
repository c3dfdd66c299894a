/**
 * Solicitation plans over HTTP, real app and PostgreSQL: draft → submit → approve → publish →
 * public notice → clarification asked and answered (deadline extended when the documents
 * change); return and resubmission; filing; every wrong actor refused; bad input refused
 * naming the field with nothing written; concurrent decisions serialized.
 */
import { medusaIntegrationTestRunner } from "../../../tests/helpers/integration-runner"
import { Modules } from "@medusajs/framework/utils"
import { planBody } from "./fixtures"
import { actorHeaders } from "../../../tests/helpers/actor-token"

type H = { headers: Record<string, string> }
const system = { actor_type: "system", actor_id: "fa-test" }
let seq = 1

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    const as: Record<string, H> = {}
    let store: H
    const call = async (method: string, url: string, who: H | null, data?: unknown) =>
      api.request({
        method,
        url,
        data,
        headers: { ...(store?.headers ?? {}), ...(who?.headers ?? {}) },
        validateStatus: () => true,
      })

    async function tokenFor(actorType: string, actorId: string, email: string): Promise<H> {
      return actorHeaders(getContainer(), actorType, actorId, email)
    }

    async function staff(orgId: string, role: string, name: string) {
      const container = getContainer()
      const email = `${name}@fa.example.cn`
      const [user] = await container.resolve(Modules.USER).createUsers([{ email }])
      await container
        .resolve("procurement_organization")
        .createMember({ organization_id: orgId, actor_type: "user", actor_id: user.id, role, email, name }, system)
      as[name] = await tokenFor("user", user.id, email)
    }

    const counts = async () =>
      (
        await dbConnection.raw(
          `SELECT (SELECT count(*) FROM solicitation)::int AS solicitations, (SELECT count(*) FROM solicitation_lot)::int AS lots,
                  (SELECT count(*) FROM solicitation_clarification)::int AS clarifications, (SELECT count(*) FROM announcement WHERE deleted_at IS NULL)::int AS announcements,
                  (SELECT count(*) FROM audit_log)::int AS audits,
                  (SELECT coalesce(max(updated_at)::text, '') FROM solicitation) AS touched`
        )
      ).rows[0]

    beforeAll(async () => {
      const container = getContainer()
      container.resolve("procurement_clock").setNow("2026-11-02T10:00:00+08:00")
      const key = await container.resolve(Modules.API_KEY).createApiKeys({ title: "store", type: "publishable", created_by: "test" })
      store = { headers: { "x-publishable-api-key": key.token } }
      const orgs = container.resolve("procurement_organization")
      const org = (kind: string, name: string, region_code: string) => orgs.createOrganization({ kind, name, region_code }, system)
      const agencyA = await org("agency", "山西省政府采购中心", "140000")
      const agencyB = await org("agency", "太原市公共资源交易中心", "140100")
      const regSx = await org("regulator", "山西省财政厅", "140000")
      const regBj = await org("regulator", "北京市财政局", "110000")
      await staff(agencyA.id, "operator", "opA")
      await staff(agencyA.id, "operator", "opA2")
      await staff(agencyA.id, "approver", "apA")
      await staff(agencyA.id, "admin", "adminA")
      await staff(agencyB.id, "operator", "opB")
      await staff(agencyB.id, "approver", "apB")
      await staff(regSx.id, "approver", "regSx")
      await staff(regBj.id, "admin", "regBj")
      const { generateUscc } = require("@govmall/procurement-core/domain/uscc")
      for (const [name, email] of [
        ["supA", "a@jinyun.example.cn"],
        ["supB", "b@bingzhou.example.cn"],
      ]) {
        const { organization, member } = await orgs.registerOrganization({
          organization: { kind: "supplier", name: `${name} 科技有限公司`, uscc: generateUscc({ seed: seq++, regionCode: "140100" }), region_code: "140100" },
          supplier_profile: { enterprise_size: "small", bank_account_name: name, bank_name: "中国工商银行太原分行", bank_account_number: "0502123409024567890" },
          registrant: { name: "王丽", email },
        })
        await orgs.transitionOrganization(organization.id, "approved", {}, system)
        as[name] = await tokenFor("supplier", member.actor_id, email)
      }
      const unit = await org("purchasing_unit", "太原市教育局", "140100")
      const customer = await container.resolve(Modules.CUSTOMER).createCustomers({ email: "buyer@jyj.taiyuan.example.cn" })
      await orgs.createMember(
        { organization_id: unit.id, actor_type: "customer", actor_id: customer.id, role: "admin", email: "buyer@jyj.taiyuan.example.cn", name: "李强" },
        system
      )
      as.purchaser = await tokenFor("customer", customer.id, "buyer@jyj.taiyuan.example.cn")
    })

    afterAll(() => getContainer()?.resolve("procurement_clock").reset())

    async function draft(overrides: Record<string, unknown> = {}, who = as.opA) {
      const created = await call("POST", "/admin/solicitations", who, planBody(overrides))
      expect(created.status, JSON.stringify(created.data)).toBe(201)
      return created.data.solicitation
    }
    async function ok(method: string, url: string, who: H | null, data?: unknown, status = 200) {
      const response = await call(method, url, who, data)
      expect(response.status, `${method} ${url}: ${JSON.stringify(response.data)}`).toBe(status)
      return response.data
    }

    it("runs draft → submit → approve → publish, shows the notice to anyone, and takes clarifications", async () => {
      getContainer().resolve("procurement_clock").setNow("2026-11-02T10:00:00+08:00")
      const plan = await draft()
      expect(plan).toMatchObject({ status: "draft", owner_org_id: expect.any(String), lots: [{ position: 1 }, { position: 2 }] })
      expect(plan.lots[0].budget_fen).toBe(1_500_000_000)
      const id = plan.id

      // Not public yet, not open to suppliers.
      expect((await call("GET", `/store/solicitations/${id}`, null)).status).toBe(404)
      expect((await call("POST", `/supplier/solicitations/${id}/clarifications`, as.supA, { question: "?" })).status).toBe(404)

      const submitted = await ok("POST", `/admin/solicitations/${id}/submit`, as.apA, {})
      expect(submitted.solicitation).toMatchObject({ status: "submitted", submitted_at: "2026-11-02T02:00:00.000Z" })
      const queue = await ok("GET", "/admin/solicitation-reviews", as.regSx)
      expect(queue.solicitations.map((s: { id: string }) => s.id)).toContain(id)
      expect((await ok("GET", "/admin/solicitation-reviews", as.regBj)).solicitations.map((s: { id: string }) => s.id)).not.toContain(id)
      // Publishing before the regulator's approval is refused by the transition table.
      const early = await call("POST", `/admin/solicitations/${id}/publish`, as.apA, {})
      expect(early.status).toBe(400)
      expect(early.data.message).toContain('cannot go from "submitted" to "published"')

      const approved = await ok("POST", `/admin/solicitations/${id}/approve`, as.regSx, { note: "同意" })
      expect(approved.solicitation).toMatchObject({ status: "approved", review_note: "同意", approved_at: expect.any(String) })

      const published = await ok("POST", `/admin/solicitations/${id}/publish`, as.apA, {})
      // 20 calendar days after Nov 2 (Shanghai), end of day.
      expect(published.solicitation).toMatchObject({ status: "published", response_deadline: "2026-11-22T15:59:59.999Z" })
      const noticeId = published.solicitation.notice_announcement_id

      // Anyone (publishable key, no log-in) sees the notice, the plan and its lots.
      const notice = await ok("GET", `/store/announcements/${noticeId}`, null)
      expect(notice.announcement).toMatchObject({ type: "solicitation_notice", status: "published", related_id: id })
      expect(notice.announcement.body).toContain("提交响应文件截止时间：2026-11-22 23:59（北京时间）")
      const pub = await ok("GET", `/store/solicitations/${id}`, null)
      expect(pub.solicitation).toMatchObject({ id, status: "published", lots: [{ name: "台式计算机（标准办公型）" }, { position: 2 }], clarifications: [] })
      expect(pub.solicitation).not.toHaveProperty("demand_survey")
      expect(pub.solicitation).not.toHaveProperty("created_by")
      expect((await ok("GET", "/store/solicitations", null)).solicitations.map((s: { id: string }) => s.id)).toContain(id)
      expect((await ok("GET", "/supplier/solicitations", as.supA)).solicitations.map((s: { id: string }) => s.id)).toContain(id)

      // A supplier asks (about lot 2); a wrong lot id is refused naming the field.
      const wrongLot = await call("POST", `/supplier/solicitations/${id}/clarifications`, as.supA, { question: "是否接受国产操作系统？", lot_id: "sollot_nope" })
      expect(wrongLot.status).toBe(400)
      expect(wrongLot.data.message).toContain("lot_id")
      const asked = await ok("POST", `/supplier/solicitations/${id}/clarifications`, as.supA, { question: "是否接受国产操作系统？", lot_id: plan.lots[1].id }, 201)
      const question = asked.clarification
      expect(JSON.stringify(asked)).not.toMatch(/asker/)
      // Unanswered questions are not public.
      expect((await ok("GET", `/store/solicitations/${id}`, null)).solicitation.clarifications).toEqual([])

      // Nov 15: a documents-changing answer leaves fewer than 15 days → deadline Nov 30.
      getContainer().resolve("procurement_clock").setNow("2026-11-15T09:00:00+08:00")
      const answered = await ok("POST", `/admin/solicitations/${id}/clarifications/${question.id}/answer`, as.opA, {
        answer: "接受，操作系统须为正版授权，规格书第 3 条相应修改。",
        changes_documents: true,
      })
      expect(answered).toMatchObject({ deadline_extended: true, solicitation: { response_deadline: "2026-11-30T15:59:59.999Z" } })
      const again = await call("POST", `/admin/solicitations/${id}/clarifications/${question.id}/answer`, as.opA, { answer: "再答", changes_documents: false })
      expect(again.status).toBe(400)

      // A second question, answered without changing the documents: the deadline stays.
      const second = await ok("POST", `/supplier/solicitations/${id}/clarifications`, as.supB, { question: "保证金可否以保函缴纳？" }, 201)
      const kept = await ok("POST", `/admin/solicitations/${id}/clarifications/${second.clarification.id}/answer`, as.apA, {
        answer: "可以，以银行保函缴纳。",
        changes_documents: false,
      })
      expect(kept).toMatchObject({ deadline_extended: false, solicitation: { response_deadline: "2026-11-30T15:59:59.999Z" } })

      // Only the documents-changing answer became a public clarification notice (澄清公告).
      const clarNotices = (await ok("GET", "/store/announcements?type=clarification", null)).announcements.filter(
        (a: { related_id: string }) => a.related_id === id
      )
      expect(clarNotices).toHaveLength(1)
      const clarNotice = await ok("GET", `/store/announcements/${clarNotices[0].id}`, null)
      expect(clarNotice.announcement.body).toContain("提交响应文件截止时间：2026-11-30 23:59（北京时间）")
      expect(clarNotice.announcement.body).not.toMatch(/supA|a@jinyun/)

      const after = await ok("GET", `/store/solicitations/${id}`, null)
      expect(after.solicitation.response_deadline).toBe("2026-11-30T15:59:59.999Z")
      expect(after.solicitation.clarifications).toHaveLength(2)
      expect(after.solicitation.clarifications[0]).toMatchObject({ question: "是否接受国产操作系统？", lot_id: plan.lots[1].id, changes_documents: true })
      expect(JSON.stringify(after)).not.toMatch(/asker|supA|a@jinyun/)
      const staffView = await ok("GET", `/admin/solicitations/${id}/clarifications`, as.apA)
      expect(JSON.stringify(staffView)).not.toMatch(/asker/)

      // After the (extended) deadline: no more questions.
      getContainer().resolve("procurement_clock").setNow("2026-12-01T00:00:00+08:00")
      const late = await call("POST", `/supplier/solicitations/${id}/clarifications`, as.supA, { question: "还能问吗？" })
      expect(late.status).toBe(400)
      expect(late.data.message).toContain("has passed")
      expect((await ok("GET", "/supplier/solicitations", as.supA)).solicitations.map((s: { id: string }) => s.id)).not.toContain(id)

      // Every step audited in its own transaction.
      const actions = (
        await dbConnection.raw(`SELECT action FROM audit_log WHERE record_id = ? ORDER BY occurred_at, created_at`, [id])
      ).rows.map((r: { action: string }) => r.action)
      expect(actions).toEqual([
        "solicitation.created",
        "solicitation.submitted",
        "solicitation.approved",
        "solicitation.published",
        "solicitation.deadline_extended",
      ])
    })

    it("takes a returned plan back after editing (lot ids kept), and files a plan outside the catalog", async () => {
      getContainer().resolve("procurement_clock").setNow("2026-11-03T10:00:00+08:00")
      const plan = await draft()
      await ok("POST", `/admin/solicitations/${plan.id}/submit`, as.apA, {})
      const noReason = await call("POST", `/admin/solicitations/${plan.id}/return`, as.regSx, {})
      expect(noReason.status).toBe(400)
      expect(noReason.data.message).toContain("reason")
      const returned = await ok("POST", `/admin/solicitations/${plan.id}/return`, as.regSx, { reason: "需求调查仅覆盖太原地区，请补充其他地市采购人意见。" })
      expect(returned.solicitation).toMatchObject({ status: "returned", status_reason: expect.stringContaining("需求调查") })

      const [first] = plan.lots
      const { id: _drop, position: _p, ...firstLot } = first
      const edited = await ok("POST", `/admin/solicitations/${plan.id}`, as.opA2, {
        response_window_days: 25,
        lots: [{ ...firstLot, id: first.id, max_unit_price_fen: 480_000 }, { ...firstLot, name: "一体机", max_unit_price_fen: 450_000 }],
      })
      expect(edited.solicitation).toMatchObject({ status: "returned", response_window_days: 25 })
      expect(edited.solicitation.lots).toMatchObject([{ id: first.id, max_unit_price_fen: 480_000, position: 1 }, { name: "一体机", position: 2 }])
      expect(edited.solicitation.lots.map((l: { id: string }) => l.id)).not.toContain(plan.lots[1].id)

      const resubmitted = await ok("POST", `/admin/solicitations/${plan.id}/submit`, as.apA, {})
      expect(resubmitted.solicitation.status).toBe("submitted")
      // Editing is closed again while under review.
      expect((await call("POST", `/admin/solicitations/${plan.id}`, as.opA, { term_months: 6 })).status).toBe(400)
      await ok("POST", `/admin/solicitations/${plan.id}/approve`, as.regSx, {})

      // Outside the catalog: filed (备案), not approved.
      const outside = await draft({ centralized_catalog: false, title: "山西省会计师事务所服务框架协议采购", catalog_item_codes: ["C23120300"], lots: [{ ...planBody().lots[0], kind: "services", name: "年报审计" }], term_months: 24 })
      await ok("POST", `/admin/solicitations/${outside.id}/submit`, as.apA, {})
      const approve = await call("POST", `/admin/solicitations/${outside.id}/approve`, as.regSx, {})
      expect(approve.status).toBe(400)
      expect(approve.data.message).toContain("file it")
      expect((await ok("POST", `/admin/solicitations/${outside.id}/file`, as.regSx, {})).solicitation.status).toBe("filed")
      expect((await ok("POST", `/admin/solicitations/${outside.id}/publish`, as.apA, {})).solicitation.status).toBe("published")

      // Cancelling a published solicitation withdraws its notice with the reason.
      const cancelled = await ok("POST", `/admin/solicitations/${outside.id}/cancel`, as.apA, { reason: "采购需求发生重大变化" })
      expect(cancelled.solicitation.status).toBe("cancelled")
      const notice = await ok("GET", `/store/announcements/${cancelled.solicitation.notice_announcement_id}`, null)
      expect(notice.announcement).toMatchObject({ status: "withdrawn", withdraw_reason: "采购需求发生重大变化" })
      expect((await ok("GET", `/store/solicitations/${outside.id}`, null)).solicitation).toMatchObject({ status: "cancelled", cancel_reason: "采购需求发生重大变化" })
    })

    it("refuses every wrong actor and writes nothing", async () => {
      getContainer().resolve("procurement_clock").setNow("2026-11-04T10:00:00+08:00")
      const plan = await draft()
      const id = plan.id
      const before = await counts()
      const refusals: Array<[string, string, H | null, unknown, number]> = [
        ["POST", "/admin/solicitations", as.apA, planBody(), 403], // approvers do not draft
        ["POST", "/admin/solicitations", as.regSx, planBody(), 403],
        ["GET", `/admin/solicitations/${id}`, as.opB, undefined, 404], // another agency
        ["POST", `/admin/solicitations/${id}`, as.opB, { term_months: 6 }, 404],
        ["POST", `/admin/solicitations/${id}/submit`, as.apB, {}, 404],
        ["POST", `/admin/solicitations/${id}/submit`, as.opA, {}, 403], // an operator may not submit
        ["GET", `/admin/solicitations/${id}`, as.regBj, undefined, 404],
        ["POST", `/admin/solicitations/${id}/submit`, as.supA, {}, 401], // not an admin user
        ["POST", `/admin/solicitations/${id}/submit`, as.purchaser, {}, 401],
        ["POST", `/admin/solicitations/${id}/submit`, null, {}, 401],
        ["GET", "/supplier/solicitations", null, undefined, 401],
        ["GET", "/supplier/solicitations", as.purchaser, undefined, 401],
      ]
      for (const [method, url, who, body, status] of refusals) {
        const response = await call(method, url, who, body)
        expect(response.status, `${method} ${url}: ${JSON.stringify(response.data)}`).toBe(status)
      }
      expect(await counts()).toEqual(before)

      // The author (an agency admin may both draft and submit) may not submit their own plan.
      const own = await draft({}, as.adminA)
      const ownBefore = await counts()
      const self = await call("POST", `/admin/solicitations/${own.id}/submit`, as.adminA, {})
      expect(self.status).toBe(403)
      expect(self.data.message).toContain("may not submit their own plan")
      expect(await counts()).toEqual(ownBefore)

      await ok("POST", `/admin/solicitations/${id}/submit`, as.apA, {})
      const submittedState = await counts()
      for (const [who, status] of [
        [as.opA, 403], // operator approving: not a regulator
        [as.apA, 403],
        [as.regBj, 403], // another province
      ] as const) {
        const response = await call("POST", `/admin/solicitations/${id}/approve`, who, {})
        expect(response.status, JSON.stringify(response.data)).toBe(status)
      }
      const other = await call("POST", `/admin/solicitations/${id}/approve`, as.regBj, {})
      expect(other.data.message).toContain("regulators review only their province's plans")
      expect(await counts()).toEqual(submittedState)
    })

    it("refuses bad input with 4xx naming the field and writes nothing", async () => {
      const before = await counts()
      const lot = planBody().lots[0]
      const cases: Array<[string, unknown, string]> = [
        ["missing lots", planBody({ lots: undefined }), "lots"],
        ["empty lots", planBody({ lots: [] }), "lots"],
        ["negative price", planBody({ lots: [{ ...lot, max_unit_price_fen: -1 }] }), "max_unit_price_fen"],
        ["non-numeric price", planBody({ lots: [{ ...lot, max_unit_price_fen: "abc" }] }), "max_unit_price_fen"],
        ["deposit above 2 %", planBody({ lots: [{ ...lot, deposit_fen: 30_000_001 }] }), "lots[0].deposit_fen"],
        ["term too long", planBody({ term_months: 13 }), "term_months"],
        ["survey < 3", planBody({ demand_survey: { purchasers: [{ name: "甲" }, { name: "乙" }], suppliers: planBody().demand_survey.suppliers } }), "demand_survey.purchasers"],
        ["window < 20 days", planBody({ response_window_days: 19 }), "response_window_days"],
        ["open with bidding", planBody({ agreement_kind: "open", evaluation_method: undefined, elimination_rate_percent: undefined }), "phase2_methods[1].method"],
        ["works", planBody({ lots: [{ ...lot, kind: "works" }] }), "lots[0].kind"],
        ["unknown field", planBody({ budget: 1 }), "budget"],
      ]
      for (const [name, body, field] of cases) {
        const response = await call("POST", "/admin/solicitations", as.opA, body)
        expect(response.status, name).toBe(400)
        expect(response.data.message, name).toContain(field)
      }
      const missing = await call("GET", "/admin/solicitations/sol_does_not_exist", as.apA)
      expect(missing.status).toBe(404)
      expect((await call("POST", "/admin/solicitations/sol_does_not_exist/submit", as.apA, {})).status).toBe(404)
      expect((await call("GET", "/store/solicitations/sol_does_not_exist", null)).status).toBe(404)
      const plan = await draft()
      const mid = await counts()
      const wrongLot = await call("POST", `/admin/solicitations/${plan.id}`, as.opA, { lots: [{ ...lot, id: "sollot_not_mine" }] })
      expect(wrongLot.status).toBe(400)
      expect(wrongLot.data.message).toContain("lots[0].id")
      const badTerm = await call("POST", `/admin/solicitations/${plan.id}`, as.opA, { term_months: 13 })
      expect(badTerm.status).toBe(400)
      expect(badTerm.data.message).toContain("term_months")
      expect(await counts()).toEqual(mid)
      expect(mid.solicitations).toBe(before.solicitations + 1)
      expect((await call("GET", "/admin/solicitations?limit=-1", as.apA)).data.message).toContain("limit")
      expect((await call("GET", "/store/solicitations?status=draft", null)).status).toBe(400)
    })

    it("lets exactly one of two concurrent approvals and publications through", async () => {
      getContainer().resolve("procurement_clock").setNow("2026-11-05T10:00:00+08:00")
      const plan = await draft()
      await ok("POST", `/admin/solicitations/${plan.id}/submit`, as.apA, {})
      const approvals = await Promise.all([0, 1].map(() => call("POST", `/admin/solicitations/${plan.id}/approve`, as.regSx, {})))
      expect(approvals.map((r) => r.status).sort()).toEqual([200, 400])
      expect(approvals.find((r) => r.status === 400)!.data.message).toContain('cannot go from "approved" to "approved"')
      const announcementsBefore = (await counts()).announcements
      const publications = await Promise.all([0, 1].map(() => call("POST", `/admin/solicitations/${plan.id}/publish`, as.apA, {})))
      expect(publications.map((r) => r.status).sort()).toEqual([200, 400])
      // The loser's notice was discarded by the compensation: one notice for the solicitation.
      const notices = (
        await dbConnection.raw(`SELECT status FROM announcement WHERE related_id = ? AND deleted_at IS NULL`, [plan.id])
      ).rows
      expect(notices).toEqual([{ status: "published" }])
      expect((await counts()).announcements - announcementsBefore).toBe(1)
      const audit = (
        await dbConnection.raw(`SELECT count(*)::int AS n FROM audit_log WHERE record_id = ? AND action = 'solicitation.approved'`, [plan.id])
      ).rows[0].n
      expect(audit).toBe(1)
    })
  },
})
