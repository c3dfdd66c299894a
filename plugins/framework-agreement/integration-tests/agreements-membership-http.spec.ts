/**
 * Open framework agreements and removal over HTTP, real app, PostgreSQL and CA: a supplier
 * applies with a signed offer ≤ the payment standard → the agency reviews (7 working days) →
 * approval announced (shortlist announcement kept current) → visible to an eligible purchaser,
 * not to one of another province → the supplier leaves (announced) and may rejoin; a rejected
 * supplier may reapply; a removed one never. Closed lot: removing one of three parties
 * terminates its agreement and signals a supplementary solicitation (< 70 %). Wrong actors and
 * bad input refused, nothing written.
 */
import { medusaIntegrationTestRunner } from "../../../tests/helpers/integration-runner"
import { Modules } from "@medusajs/framework/utils"
import { agreementDocument, applicationDocument, setUpParties, signWith, type H, type Party } from "./agreement-setup"

const openPlan = {
  title: "山西省省直单位2027—2028年度公务车辆维修服务框架协议采购（开放式）",
  agreement_kind: "open",
  evaluation_method: undefined,
  elimination_rate_percent: undefined,
  phase2_methods: [{ method: "direct_selection" }],
  term_months: 24,
  agreement_template: "甲方：山西省政府采购中心；乙方：加入本协议的维修服务供应商。按固定付费标准结算，采购人直接选定。",
  lots: [
    {
      name: "公务车辆维修保养（小型客车）",
      specification: "一类或二类机动车维修资质，30 公里内上门取送车",
      kind: "services",
      quantity_estimate: 5000,
      unit: "次",
      budget_fen: 400_000_000,
      max_unit_price_fen: 80_000,
      consumables_price_required: false,
      deposit_fen: 0,
    },
  ],
}
const service = (n: number) => ({ brand: "二类维修", model: `保养套餐 ${n}`, specification: "更换机油机滤、28 项检查" })

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let P: Awaited<ReturnType<typeof setUpParties>>
    const events: Array<{ name: string; data: any }> = []
    const call = (method: string, url: string, who: H | null, data?: unknown) =>
      api.request({ method, url, data, headers: { ...(P?.store.headers ?? {}), ...(who?.headers ?? {}) }, validateStatus: () => true })
    async function ok(method: string, url: string, who: H | null, data?: unknown, status = 200) {
      const response = await call(method, url, who, data)
      expect(response.status, `${method} ${url}: ${JSON.stringify(response.data)}`).toBe(status)
      return response.data
    }
    const now = () => getContainer().resolve("procurement_clock").now()
    const count = async (sql: string, params: unknown[] = []) => Number((await dbConnection.raw(sql, params)).rows[0].n)
    const until = async (check: () => boolean) => {
      for (let i = 0; i < 50 && !check(); i++) await new Promise((r) => setTimeout(r, 50))
      expect(check()).toBe(true)
    }
    const application = (a: any, sup: Party, price_fen: number, n = 1, signedPrice = price_fen) => ({
      product: service(n),
      price_fen,
      record: signWith(sup, applicationDocument({ agreement_id: a.id, supplier_org_id: sup.org_id, product: service(n), price_fen: signedPrice, agreement_text: a.text }), now()),
    })
    const membershipOf = (a: any, sup: Party, status: string) => a.memberships.find((m: any) => m.supplier_org_id === sup.org_id && m.status === status)

    beforeAll(async () => {
      P = await setUpParties(api, getContainer)
      const bus = getContainer().resolve(Modules.EVENT_BUS)
      for (const name of ["membership_applied", "membership_approved", "membership_rejected", "membership_left", "membership_removed", "supplementary_solicitation_needed", "agreement_terminated"]) {
        bus.subscribe(`framework_agreement.${name}`, async (msg: any) => void events.push({ name, data: msg.data }))
      }
    })
    afterAll(() => getContainer()?.resolve("procurement_clock").reset())

    it("runs an open agreement: apply → review → approve (announced) → visible → leave → rejoin; removed never rejoins", async () => {
      const [, , , s4, s5] = P.suppliers
      const s = await P.solicitationAtShortlist(openPlan)
      const lot = s.lots[0]
      const withShortlist = await call("POST", "/admin/framework-agreements", P.h.apA, {
        solicitation_id: s.id,
        lot_id: lot.id,
        shortlisted: [{ supplier_org_id: s4.org_id, price_fen: 70_000, product: service(1) }],
      })
      expect(withShortlist.status).toBe(400)
      expect(withShortlist.data.message).toContain("shortlisted must be empty")
      const [agreement] = (await ok("POST", "/admin/framework-agreements", P.h.apA, { solicitation_id: s.id, lot_id: lot.id, shortlisted: [] }, 201)).framework_agreements
      expect(agreement).toMatchObject({ kind: "open", supplier_org_id: null, price_fen: 80_000, status: "pending_signature" })
      expect(agreement.text).toContain("固定付费标准：人民币 800.00 元/次")

      // Not yet in force: no applications; suppliers do not sign an open agreement.
      expect((await call("POST", `/supplier/framework-agreements/${agreement.id}/apply`, s4.h, application(agreement, s4, 70_000))).data.message).toContain(
        "only during its term"
      )
      const supplierSign = await call("POST", `/supplier/framework-agreements/${agreement.id}/sign`, s4.h, signWith(s4, agreementDocument(agreement), now()))
      expect(supplierSign.status).toBe(400)
      expect(supplierSign.data.message).toContain("join it by application")
      const active = (await ok("POST", `/admin/framework-agreements/${agreement.id}/sign`, P.h.apA, signWith(P.agencyParty, agreementDocument(agreement), now()))).framework_agreement
      expect(active).toMatchObject({ status: "active", memberships: [] })

      // Applications: above the payment standard, a signature over another price, a bad body — refused, nothing written.
      const above = await call("POST", `/supplier/framework-agreements/${agreement.id}/apply`, s4.h, application(agreement, s4, 80_001))
      expect(above.status).toBe(400)
      expect(above.data.message).toContain("price_fen")
      const mismatch = await call("POST", `/supplier/framework-agreements/${agreement.id}/apply`, s4.h, application(agreement, s4, 70_000, 1, 60_000))
      expect(mismatch.status).toBe(400)
      expect(mismatch.data.message).toContain("digest_mismatch")
      const foreignKey = await call("POST", `/supplier/framework-agreements/${agreement.id}/apply`, s4.h, {
        ...application(agreement, s4, 70_000),
        record: signWith(s5, applicationDocument({ agreement_id: agreement.id, supplier_org_id: s4.org_id, product: service(1), price_fen: 70_000, agreement_text: agreement.text }), now()),
      })
      expect(foreignKey.data.message).toContain("wrong_signer")
      const noProduct = await call("POST", `/supplier/framework-agreements/${agreement.id}/apply`, s4.h, { ...application(agreement, s4, 70_000), product: { brand: "x" } })
      expect(noProduct.status).toBe(400)
      expect(noProduct.data.message).toContain("product, model")
      expect(await count(`SELECT count(*) AS n FROM framework_agreement_membership`)).toBe(0)

      // Two applications at once: the agreement's row lock lets one in, the other finds it.
      const pair = await Promise.all([1, 2].map(() => call("POST", `/supplier/framework-agreements/${agreement.id}/apply`, s4.h, application(agreement, s4, 70_000))))
      expect(pair.map((r) => r.status).sort()).toEqual([201, 400])
      expect(await count(`SELECT count(*) AS n FROM framework_agreement_membership`)).toBe(1)
      const applied = pair.find((r) => r.status === 201)!.data.membership
      const calendar = await getContainer().resolve("procurement_calendar").getCalendar()
      expect(applied).toMatchObject({ status: "applied", price_fen: 70_000, review_due_at: calendar.workingDayDeadline(now(), 7).toISOString(), signer: { subject_id: s4.uscc } })
      expect((await call("POST", `/supplier/framework-agreements/${agreement.id}/apply`, s4.h, application(agreement, s4, 70_000))).data.message).toContain('already has a membership in state "applied"')
      // Suppliers see the open agreement with only their own membership.
      const seenByS5 = (await ok("GET", "/supplier/framework-agreements", s5.h)).framework_agreements.find((a: any) => a.id === agreement.id)
      expect(seenByS5.memberships).toEqual([])

      // Review: wrong actors, a rejection needs a reason.
      const review = `/admin/framework-agreements/${agreement.id}/memberships/${applied.id}/review`
      expect((await call("POST", review, P.h.opA, { decision: "approve" })).status).toBe(403)
      expect((await call("POST", review, P.h.apB, { decision: "approve" })).status).toBe(404)
      expect((await call("POST", review, P.h.regSx, { decision: "approve" })).status).toBe(403)
      expect((await call("POST", review, s4.h, { decision: "approve" })).status).toBe(401)
      const noReason = await call("POST", review, P.h.apA, { decision: "reject" })
      expect(noReason.status).toBe(400)
      expect(noReason.data.message).toContain("reason")
      const approved = (await ok("POST", review, P.h.apA, { decision: "approve" })).framework_agreement
      expect(membershipOf(approved, s4, "active")).toMatchObject({ approved_at: expect.any(String) })
      const firstNotice = approved.shortlist_announcement_id
      const notice = (await ok("GET", `/store/announcements/${firstNotice}`, null)).announcement
      expect(notice).toMatchObject({ type: "shortlist", status: "published", related_id: agreement.id })
      expect(notice.body).toContain(s4.name)
      expect(notice.body).toContain("700.00 元/次")

      // Visible to the Shanxi unit with the supplier and its price; not to the Beijing unit.
      const forSx = (await ok("GET", "/store/framework-agreements", P.buyerSx.h)).framework_agreements
      expect(forSx).toEqual([expect.objectContaining({ id: agreement.id, kind: "open", suppliers: [expect.objectContaining({ supplier_org_id: s4.org_id, agreement_price_fen: 70_000 })] })])
      expect((await ok("GET", "/store/framework-agreements", P.buyerBj.h)).framework_agreements).toEqual([])

      // s5 is rejected with a reason, reapplies (open agreements allow it).
      const s5First = (await ok("POST", `/supplier/framework-agreements/${agreement.id}/apply`, s5.h, application(agreement, s5, 75_000, 2), 201)).membership
      const rejected = (await ok("POST", `/admin/framework-agreements/${agreement.id}/memberships/${s5First.id}/review`, P.h.apA, { decision: "reject", reason: "维修资质证书已过期" })).framework_agreement
      expect(membershipOf(rejected, s5, "rejected")).toMatchObject({ reject_reason: "维修资质证书已过期" })
      const s5Again = (await ok("POST", `/supplier/framework-agreements/${agreement.id}/apply`, s5.h, application(agreement, s5, 75_000, 2), 201)).membership
      await ok("POST", `/admin/framework-agreements/${agreement.id}/memberships/${s5Again.id}/review`, P.h.apA, { decision: "approve" })

      // s4 leaves (another supplier cannot make it leave); the announcement is replaced; s4 may rejoin.
      const s4Active = membershipOf(approved, s4, "active")
      expect((await call("POST", `/supplier/framework-agreements/${agreement.id}/memberships/${s4Active.id}/leave`, s5.h, {})).status).toBe(404)
      const left = (await ok("POST", `/supplier/framework-agreements/${agreement.id}/memberships/${s4Active.id}/leave`, s4.h, { reason: "经营范围调整" })).framework_agreement
      expect(membershipOf(left, s4, "left")).toMatchObject({ left_at: expect.any(String) })
      expect(left.shortlist_announcement_id).not.toBe(firstNotice)
      expect((await ok("GET", `/store/announcements/${firstNotice}`, null)).announcement.status).toBe("withdrawn")
      const current = (await ok("GET", `/store/announcements/${left.shortlist_announcement_id}`, null)).announcement.body
      expect(current).toContain(s5.name)
      expect(current).not.toContain(s4.name)
      await ok("POST", `/supplier/framework-agreements/${agreement.id}/apply`, s4.h, application(agreement, s4, 69_000, 3), 201)

      // s5 removed on a listed ground (a bad ground is refused naming the field); it can never rejoin.
      const s5Member = s5Again.id
      const remove = `/admin/framework-agreements/${agreement.id}/memberships/${s5Member}/remove`
      const badGround = await call("POST", remove, P.h.apA, { reason: "dislike" })
      expect(badGround.status).toBe(400)
      expect(badGround.data.message).toContain("reason")
      expect((await call("POST", remove, P.h.apB, { reason: "false_materials" })).status).toBe(404)
      const removed = (await ok("POST", remove, P.h.apA, { reason: "false_materials", note: "提供虚假维修资质证明" })).framework_agreement
      expect(membershipOf(removed, s5, "removed")).toMatchObject({ removal_reason: "false_materials" })
      const rejoin = await call("POST", `/supplier/framework-agreements/${agreement.id}/apply`, s5.h, application(agreement, s5, 60_000, 4))
      expect(rejoin.status).toBe(400)
      expect(rejoin.data.message).toContain("cannot rejoin")
      await until(() => ["membership_applied", "membership_approved", "membership_rejected", "membership_left", "membership_removed"].every((n) => events.some((e) => e.name === n)))
      // An open lot signals no supplementary solicitation.
      expect(events.some((e) => e.name === "supplementary_solicitation_needed")).toBe(false)
    })

    it("removes one of three parties of a closed lot: its agreement ends, a supplementary solicitation is signalled", async () => {
      const [s1, s2, s3] = P.suppliers
      const s = await P.solicitationAtShortlist()
      const lot = s.lots[1]
      const shortlisted = [s1, s2, s3].map((sup, i) => ({ supplier_org_id: sup.org_id, price_fen: 700_000 + i, product: { brand: "戴尔", model: `OptiPlex 7010-${i}`, specification: "i7/32GB/1TB" } }))
      const generated = (await ok("POST", "/admin/framework-agreements", P.h.apA, { solicitation_id: s.id, lot_id: lot.id, shortlisted }, 201)).framework_agreements
      const parties = [s1, s2, s3]
      const active: any[] = []
      for (const a of generated) {
        const sup = parties.find((p) => p.org_id === a.supplier_org_id)!
        await ok("POST", `/supplier/framework-agreements/${a.id}/sign`, sup.h, signWith(sup, agreementDocument(a), now()))
        active.push((await ok("POST", `/admin/framework-agreements/${a.id}/sign`, P.h.apA, signWith(P.agencyParty, agreementDocument(a), now()))).framework_agreement)
      }
      const target = active.find((a) => a.supplier_org_id === s1.org_id)
      const membership = target.memberships[0]
      // A closed agreement's supplier may not simply leave.
      const leave = await call("POST", `/supplier/framework-agreements/${target.id}/memberships/${membership.id}/leave`, s1.h, { reason: "不想做了" })
      expect(leave.status).toBe(400)
      expect(leave.data.message).toContain("closed agreement")
      expect((await call("POST", `/admin/framework-agreements/${target.id}/memberships/${membership.id}/remove`, P.h.opA, { reason: "collusion" })).status).toBe(403)
      const removed = (await ok("POST", `/admin/framework-agreements/${target.id}/memberships/${membership.id}/remove`, P.h.apA, { reason: "collusion", note: "与其他供应商串通报价" })).framework_agreement
      expect(removed).toMatchObject({ status: "terminated", termination_reason: "supplier_removed", memberships: [{ status: "removed", removal_reason: "collusion" }] })
      await until(() => events.some((e) => e.name === "supplementary_solicitation_needed"))
      expect(events.find((e) => e.name === "supplementary_solicitation_needed")!.data).toEqual({ solicitation_id: s.id, lot_id: lot.id, original: 3, remaining: 2 })
      expect(events.filter((e) => e.name === "agreement_terminated").map((e) => e.data.id)).toEqual([target.id])
      // The purchaser sees the two remaining agreements of the lot only.
      const forSx = (await ok("GET", "/store/framework-agreements", P.buyerSx.h)).framework_agreements.filter((a: any) => a.lot_id === lot.id)
      expect(forSx.map((a: any) => a.suppliers[0].supplier_org_id).sort()).toEqual([s2.org_id, s3.org_id].sort())
      const audit = (await dbConnection.raw(`SELECT action FROM audit_log WHERE record_id = ? ORDER BY occurred_at, created_at`, [membership.id])).rows.map((r: any) => r.action)
      expect(audit).toEqual(["framework_agreement_membership.removed"])
    })
  },
})
