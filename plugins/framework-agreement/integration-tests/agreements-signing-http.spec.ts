/**
 * Closed framework agreements over HTTP, real app, PostgreSQL and CA: a lot's 3 shortlisted
 * suppliers → agreements generated from the template → both sides sign with real certificates
 * (issued through the CSR routes) → active, pushed to eligible purchasers → filed and
 * acknowledged; tampered text, wrong signer, revoked certificate refused with the reason; a
 * concurrent double signature stored once; the deadline job warns, lapses, flags a late filing
 * and expires; every wrong actor refused; bad input refused naming the field, nothing written.
 */
import { medusaIntegrationTestRunner } from "../../../tests/helpers/integration-runner"
import { Modules } from "@medusajs/framework/utils"
import { createRequire } from "node:module"
import { agreementDocument, setUpParties, signWith, type H, type Party } from "./agreement-setup"
import { planBody } from "./fixtures"

const nodeRequire = createRequire(__filename)
const DAY = 24 * 3600 * 1000
const product = (n: number) => ({ brand: ["联想", "华为", "同方"][n], model: ["启天 M437", "擎云 B730", "超越 E500"][n], specification: "i5-12500/16GB/512GB SSD/23.8 英寸" })

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
    const sweep = () => nodeRequire("@govmall/framework-agreement/jobs/sweep-framework-agreement-deadlines").default(getContainer())
    const count = async (sql: string, params: unknown[] = []) => Number((await dbConnection.raw(sql, params)).rows[0].n)
    const until = async (check: () => boolean) => {
      for (let i = 0; i < 50 && !check(); i++) await new Promise((r) => setTimeout(r, 50))
      expect(check()).toBe(true)
    }
    const sign = (a: any, party: Pick<Party, "privateKeyPem" | "serial">, tamper = false) =>
      signWith(party, agreementDocument(tamper ? { ...a, text: a.text.replace("4,688.00", "3,688.00") } : a), now())

    beforeAll(async () => {
      P = await setUpParties(api, getContainer)
      const bus = getContainer().resolve(Modules.EVENT_BUS)
      for (const name of [
        "agreement_generated", "agreement_signed", "agreement_activated", "agreement_pushed", "signing_deadline_approaching",
        "agreement_lapsed", "agreement_filed", "filing_acknowledged", "filing_overdue", "agreement_expired",
      ]) {
        bus.subscribe(`framework_agreement.${name}`, async (msg: any) => void events.push({ name, data: msg.data }))
      }
    })
    afterAll(() => getContainer()?.resolve("procurement_clock").reset())

    it("generates, signs by both sides, activates, pushes, files; refuses bad signatures; the job warns, lapses and expires", async () => {
      const [s1, s2, s3] = P.suppliers
      const s = await P.solicitationAtShortlist()
      const lot = s.lots[0]
      const shortlisted = [s1, s2, s3].map((sup, i) => ({ supplier_org_id: sup.org_id, price_fen: 468_800 - i * 1_000, product: product(i) }))
      const body = { solicitation_id: s.id, lot_id: lot.id, shortlisted }

      // Wrong actors: an operator (role), another agency (scope), a supplier, a purchaser, nobody.
      expect((await call("POST", "/admin/framework-agreements", P.h.opA, body)).status).toBe(403)
      expect((await call("POST", "/admin/framework-agreements", P.h.regSx, body)).status).toBe(403)
      expect((await call("POST", "/admin/framework-agreements", P.h.apB, body)).status).toBe(404)
      expect((await call("POST", "/admin/framework-agreements", s1.h, body)).status).toBe(401)
      // Bad input: named field, nothing written.
      const above = await call("POST", "/admin/framework-agreements", P.h.apA, { ...body, shortlisted: [{ ...shortlisted[0], price_fen: 500_001 }] })
      expect(above.status).toBe(400)
      expect(above.data.message).toContain("shortlisted[0].price_fen")
      const negative = await call("POST", "/admin/framework-agreements", P.h.apA, { ...body, shortlisted: [{ ...shortlisted[0], price_fen: -5 }] })
      expect(negative.status).toBe(400)
      expect(negative.data.message).toContain("price_fen")
      const noLot = await call("POST", "/admin/framework-agreements", P.h.apA, { solicitation_id: s.id, shortlisted })
      expect(noLot.status).toBe(400)
      expect(noLot.data.message).toContain("lot_id")
      const wrongLot = await call("POST", "/admin/framework-agreements", P.h.apA, { ...body, lot_id: "sollot_nope" })
      expect(wrongLot.status).toBe(400)
      expect(wrongLot.data.message).toContain("lot_id")
      const twice = await call("POST", "/admin/framework-agreements", P.h.apA, { ...body, shortlisted: [shortlisted[0], shortlisted[0]] })
      expect(twice.status).toBe(400)
      expect(twice.data.message).toContain("shortlisted[1].supplier_org_id")
      const draft = (await call("POST", "/admin/solicitations", P.h.opA, planBody())).data.solicitation
      const early = await call("POST", "/admin/framework-agreements", P.h.apA, { ...body, solicitation_id: draft.id, lot_id: draft.lots[0].id })
      expect(early.status).toBe(400)
      expect(early.data.message).toContain("shortlist is published")
      expect(await count(`SELECT count(*) AS n FROM framework_agreement`)).toBe(0)

      const generated = (await ok("POST", "/admin/framework-agreements", P.h.apA, body, 201)).framework_agreements
      expect(generated).toHaveLength(3)
      const byOrg = (org: string) => generated.find((a: any) => a.supplier_org_id === org)
      const [a1, a2, a3] = [byOrg(s1.org_id), byOrg(s2.org_id), byOrg(s3.org_id)]
      const calendar = await getContainer().resolve("procurement_calendar").getCalendar()
      expect(a1).toMatchObject({ status: "pending_signature", kind: "closed", price_fen: 468_800, signing_deadline: calendar.calendarDayDeadline(now(), 30).toISOString() })
      expect(a1.text).toContain(`乙方（入围供应商）：${s1.name}`)
      expect(a1.text).toContain("甲方（征集人）：山西省政府采购中心")
      expect(a1.text).toContain("入围产品：联想 启天 M437")
      expect(a1.text).toContain("协议价格：人民币 4,688.00 元/台")
      expect(a1.text).toContain("自协议生效之日起 12 个月")
      expect(a1.text).toContain("直接选定、二次竞价")
      expect(a1.text).toContain("第二阶段成交价不得高于协议价格")
      expect((await call("POST", "/admin/framework-agreements", P.h.apA, body)).status).toBe(400)
      // Linked to the solicitation (Medusa link, no foreign key).
      const { data: linked } = await getContainer().resolve("query").graph({ entity: "solicitation", fields: ["id", "framework_agreements.id"], filters: { id: s.id } })
      expect(linked[0].framework_agreements.map((a: any) => a.id).sort()).toEqual([a1.id, a2.id, a3.id].sort())
      await until(() => events.filter((e) => e.name === "agreement_generated").length === 3)

      // Supplier side: another supplier's agreement is invisible; bad signatures refused with the reason.
      expect((await call("POST", `/supplier/framework-agreements/${a1.id}/sign`, s2.h, sign(a1, s2))).status).toBe(404)
      const tampered = await call("POST", `/supplier/framework-agreements/${a1.id}/sign`, s1.h, sign(a1, s1, true))
      expect(tampered.status).toBe(400)
      expect(tampered.data.message).toContain("digest_mismatch")
      const wrongSigner = await call("POST", `/supplier/framework-agreements/${a1.id}/sign`, s1.h, sign(a1, s2))
      expect(wrongSigner.status).toBe(400)
      expect(wrongSigner.data.message).toContain("wrong_signer")
      await getContainer().resolve("e_signature").revoke(s3.serial, "keyCompromise", { actor_type: "system", actor_id: "fa-agreement-test" })
      const revoked = await call("POST", `/supplier/framework-agreements/${a3.id}/sign`, s3.h, sign(a3, s3))
      expect(revoked.status).toBe(400)
      expect(revoked.data.message).toContain("revoked")
      const badBody = await call("POST", `/supplier/framework-agreements/${a1.id}/sign`, s1.h, { ...sign(a1, s1), certificate_serial: "xyz" })
      expect(badBody.status).toBe(400)
      expect(badBody.data.message).toContain("certificate_serial")
      expect(await count(`SELECT count(*) AS n FROM framework_agreement WHERE supplier_signed_at IS NOT NULL`)).toBe(0)

      const signed1 = (await ok("POST", `/supplier/framework-agreements/${a1.id}/sign`, s1.h, sign(a1, s1))).framework_agreement
      expect(signed1).toMatchObject({ status: "pending_signature", supplier_signed_by: s1.org_id, supplier_signature: { certificate_serial: s1.serial, signer: { subject_id: s1.uscc } } })
      expect((await call("POST", `/supplier/framework-agreements/${a1.id}/sign`, s1.h, sign(a1, s1))).data.message).toContain("already signed by the supplier")

      // Solicitor side: wrong role / agency / regulator refused; another agency's certificate is the wrong signer.
      expect((await call("POST", `/admin/framework-agreements/${a1.id}/sign`, P.h.opA, sign(a1, P.agencyParty))).status).toBe(403)
      expect((await call("POST", `/admin/framework-agreements/${a1.id}/sign`, P.h.regSx, sign(a1, P.agencyParty))).status).toBe(403)
      expect((await call("POST", `/admin/framework-agreements/${a1.id}/sign`, P.h.apB, sign(a1, P.otherAgencyCert))).status).toBe(404)
      const otherCert = await call("POST", `/admin/framework-agreements/${a1.id}/sign`, P.h.apA, sign(a1, P.otherAgencyCert))
      expect(otherCert.status).toBe(400)
      expect(otherCert.data.message).toContain("wrong_signer")

      const active1 = (await ok("POST", `/admin/framework-agreements/${a1.id}/sign`, P.h.apA, sign(a1, P.agencyParty))).framework_agreement
      const signedAt = new Date(active1.solicitor_signed_at)
      expect(active1).toMatchObject({
        status: "active",
        activated_at: expect.any(String),
        filing_due_at: calendar.workingDayDeadline(signedAt, 7).toISOString(),
        memberships: [{ supplier_org_id: s1.org_id, status: "active", price_fen: 468_800 }],
        pushed_at: expect.any(String),
      })
      expect(new Date(active1.ends_at).getTime()).toBeGreaterThan(signedAt.getTime() + 360 * DAY)
      expect(active1.text).toBe(a1.text)

      // Pushed: the eligible unit (Shanxi) has an inbox message and sees it; Beijing's does not.
      const inbox = await dbConnection.raw(`SELECT recipient_id, title FROM inbox_message WHERE category = 'framework_agreement'`)
      expect(inbox.rows.map((r: any) => r.recipient_id)).toEqual([P.buyerSx.customer.id])
      const visible = (await ok("GET", "/store/framework-agreements", P.buyerSx.h)).framework_agreements
      expect(visible).toEqual([
        expect.objectContaining({ id: a1.id, phase2_methods: ["direct_selection", "second_round_bidding"], suppliers: [{ supplier_org_id: s1.org_id, name: s1.name, product: product(0), agreement_price_fen: 468_800 }] }),
      ])
      expect((await ok("GET", "/store/framework-agreements", P.buyerBj.h)).framework_agreements).toEqual([])
      expect((await call("GET", "/store/framework-agreements", null)).status).toBe(401)
      expect((await call("GET", "/store/framework-agreements", s1.h)).status).toBe(401)

      // Concurrent double signature of one side: one stored, the other refused.
      const record = sign(a2, s2)
      const both = await Promise.all([1, 2].map(() => call("POST", `/supplier/framework-agreements/${a2.id}/sign`, s2.h, record)))
      expect(both.map((r) => r.status).sort()).toEqual([200, 400])
      expect(await count(`SELECT count(*) AS n FROM audit_log WHERE record_id = ? AND action = 'framework_agreement.signed_by_supplier'`, [a2.id])).toBe(1)
      await ok("POST", `/admin/framework-agreements/${a2.id}/sign`, P.h.apA, sign(a2, P.agencyParty))

      // Filing: the solicitor files a1; only the province's regulator acknowledges.
      expect((await call("POST", `/admin/framework-agreements/${a1.id}/acknowledge-filing`, P.h.regSx, {})).data.message).toContain("not been filed")
      expect((await call("POST", `/admin/framework-agreements/${a1.id}/file`, P.h.apB, {})).status).toBe(404)
      const filed = (await ok("POST", `/admin/framework-agreements/${a1.id}/file`, P.h.opA, {})).framework_agreement
      expect(filed.filed_at).toEqual(expect.any(String))
      expect((await call("POST", `/admin/framework-agreements/${a1.id}/file`, P.h.opA, {})).status).toBe(400)
      expect((await call("POST", `/admin/framework-agreements/${a1.id}/acknowledge-filing`, P.h.regBj, {})).status).toBe(403)
      expect((await call("POST", `/admin/framework-agreements/${a1.id}/acknowledge-filing`, P.h.apA, {})).status).toBe(403)
      const acknowledged = (await ok("POST", `/admin/framework-agreements/${a1.id}/acknowledge-filing`, P.h.regSx, {})).framework_agreement
      expect(acknowledged.filing_acknowledged_at).toEqual(expect.any(String))
      expect((await ok("GET", `/admin/framework-agreements?solicitation_id=${s.id}`, P.h.regSx)).count).toBe(3)
      expect((await ok("GET", `/admin/framework-agreements`, P.h.regBj)).count).toBe(0)
      expect((await call("GET", `/admin/framework-agreements/${a1.id}`, P.h.apB)).status).toBe(404)
      expect((await call("GET", `/admin/framework-agreements?bogus=1`, P.h.apA)).data.message).toContain("bogus")

      // 26 days on: a3 (unsigned) warned; a2 (not filed within 7 working days) flagged. Run twice: warned once.
      const clock = getContainer().resolve("procurement_clock")
      clock.setNow(new Date(P.base.getTime() + 26 * DAY))
      await sweep()
      await sweep()
      await until(() => events.some((e) => e.name === "filing_overdue") && events.some((e) => e.name === "signing_deadline_approaching"))
      expect(events.filter((e) => e.name === "signing_deadline_approaching").map((e) => e.data.id)).toEqual([a3.id])
      expect(events.filter((e) => e.name === "filing_overdue").map((e) => e.data.id)).toEqual([a2.id])

      // Past the 30-day window: signing refused, the job lapses a3.
      clock.setNow(new Date(new Date(a3.signing_deadline).getTime() + 3600 * 1000))
      const late = await call("POST", `/admin/framework-agreements/${a3.id}/sign`, P.h.apA, sign(a3, P.agencyParty))
      expect(late.status).toBe(400)
      expect(late.data.message).toContain("signing deadline")
      await sweep()
      const lapsed = (await ok("GET", `/admin/framework-agreements/${a3.id}`, P.h.apA)).framework_agreement
      expect(lapsed).toMatchObject({ status: "lapsed", lapse_fault: "both", lapsed_at: expect.any(String) })
      await until(() => events.some((e) => e.name === "agreement_lapsed"))

      // End of term: the job expires both active agreements; purchasers no longer see them.
      clock.setNow(new Date(active1.ends_at))
      await sweep()
      const ended = (await ok("GET", `/admin/framework-agreements?solicitation_id=${s.id}&status=expired`, P.h.apA)).framework_agreements
      expect(ended.map((a: any) => a.id).sort()).toEqual([a1.id, a2.id].sort())
      expect((await ok("GET", "/store/framework-agreements", P.buyerSx.h)).framework_agreements).toEqual([])
      await until(() => events.filter((e) => e.name === "agreement_expired").length === 2)

      const actions = (await dbConnection.raw(`SELECT action FROM audit_log WHERE record_id = ? ORDER BY occurred_at, created_at`, [a1.id])).rows.map((r: any) => r.action)
      expect(actions).toEqual([
        "framework_agreement.generated",
        "framework_agreement.signed_by_supplier",
        "framework_agreement.signed_by_solicitor",
        "framework_agreement.activated",
        "framework_agreement.pushed",
        "framework_agreement.filed",
        "framework_agreement.filing_acknowledged",
        "framework_agreement.expired",
      ])
    })

    it("rolls a signature back when a later step fails: no activation, no membership, the side may sign again", async () => {
      const [s1] = P.suppliers
      getContainer().resolve("procurement_clock").setNow(new Date(P.base.getTime() + DAY))
      const s = await P.solicitationAtShortlist()
      const lot = s.lots[1]
      const [a] = (
        await ok("POST", "/admin/framework-agreements", P.h.apA, { solicitation_id: s.id, lot_id: lot.id, shortlisted: [{ supplier_org_id: s1.org_id, price_fen: 790_000, product: product(0) }] }, 201)
      ).framework_agreements
      await ok("POST", `/supplier/framework-agreements/${a.id}/sign`, s1.h, sign(a, s1))
      // The push to purchasers (after the activating write) fails once.
      const inbox = getContainer().resolve("procurement_inbox")
      const original = inbox.sendMessages
      inbox.sendMessages = async () => {
        throw new Error("inbox unavailable (test)")
      }
      try {
        const failed = await call("POST", `/admin/framework-agreements/${a.id}/sign`, P.h.apA, sign(a, P.agencyParty))
        expect(failed.status).toBe(500)
      } finally {
        inbox.sendMessages = original
      }
      const after = (await ok("GET", `/admin/framework-agreements/${a.id}`, P.h.apA)).framework_agreement
      expect(after).toMatchObject({ status: "pending_signature", solicitor_signature: null, solicitor_signed_at: null, activated_at: null, memberships: [] })
      expect(after.supplier_signed_by).toBe(s1.org_id)
      const actions = (await dbConnection.raw(`SELECT action FROM audit_log WHERE record_id = ? ORDER BY occurred_at, created_at`, [a.id])).rows.map((r: any) => r.action)
      expect(actions).toContain("framework_agreement.signed_by_solicitor_compensated")
      const again = (await ok("POST", `/admin/framework-agreements/${a.id}/sign`, P.h.apA, sign(a, P.agencyParty))).framework_agreement
      expect(again).toMatchObject({ status: "active", memberships: [{ status: "active" }] })
    })
  },
})
