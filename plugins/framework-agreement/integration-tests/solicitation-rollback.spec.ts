/**
 * Compensation, proven with a real failure: a handler of the workflows' hooks vetoes after the
 * writes, and everything the workflow wrote is undone — the publication and its notice, or the
 * answer, the moved deadline and the clarification notice. Its own file: Medusa keeps one
 * handler per hook and process.
 */
import { medusaIntegrationTestRunner } from "../../../tests/helpers/integration-runner"
import { createRequire } from "node:module"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { planBody } from "./fixtures"
import { actorHeaders } from "../../../tests/helpers/actor-token"

const nodeRequire = createRequire(__filename)
const { publishSolicitationWorkflow, answerClarificationWorkflow } = nodeRequire("@govmall/framework-agreement/workflows")

let veto: string | null = null
const vetoIfAsked = async () => {
  if (veto) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, veto)
}
publishSolicitationWorkflow.hooks.solicitationPublished(vetoIfAsked)
answerClarificationWorkflow.hooks.clarificationAnswered(vetoIfAsked)

type H = { headers: Record<string, string> }
const system = { actor_type: "system", actor_id: "fa-rollback-test" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    const as: Record<string, H> = {}
    let store: H
    const call = (method: string, url: string, who: H | null, data?: unknown) =>
      api.request({ method, url, data, headers: { ...store.headers, ...(who?.headers ?? {}) }, validateStatus: () => true })
    const ok = async (method: string, url: string, who: H | null, data?: unknown, status = 200) => {
      const response = await call(method, url, who, data)
      expect(response.status, `${method} ${url}: ${JSON.stringify(response.data)}`).toBe(status)
      return response.data
    }

    async function tokenFor(actorType: string, actorId: string, email: string): Promise<H> {
      return actorHeaders(getContainer(), actorType, actorId, email)
    }

    beforeAll(async () => {
      const container = getContainer()
      container.resolve("procurement_clock").setNow("2026-11-02T10:00:00+08:00")
      const key = await container.resolve(Modules.API_KEY).createApiKeys({ title: "store", type: "publishable", created_by: "test" })
      store = { headers: { "x-publishable-api-key": key.token } }
      const orgs = container.resolve("procurement_organization")
      const agency = await orgs.createOrganization({ kind: "agency", name: "山西省政府采购中心", region_code: "140000" }, system)
      const regulator = await orgs.createOrganization({ kind: "regulator", name: "山西省财政厅", region_code: "140000" }, system)
      for (const [name, orgId, role] of [
        ["op", agency.id, "operator"],
        ["ap", agency.id, "approver"],
        ["reg", regulator.id, "approver"],
      ] as const) {
        const email = `${name}@rollback.example.cn`
        const [user] = await container.resolve(Modules.USER).createUsers([{ email }])
        await orgs.createMember({ organization_id: orgId, actor_type: "user", actor_id: user.id, role, email, name }, system)
        as[name] = await tokenFor("user", user.id, email)
      }
      const { generateUscc } = nodeRequire("@govmall/procurement-core/domain/uscc")
      const { organization, member } = await orgs.registerOrganization({
        organization: { kind: "supplier", name: "山西晋云信息技术有限公司", uscc: generateUscc({ seed: 7, regionCode: "140100" }), region_code: "140100" },
        supplier_profile: { enterprise_size: "small", bank_account_name: "晋云", bank_name: "中国工商银行太原分行", bank_account_number: "0502123409024567890" },
        registrant: { name: "张军", email: "zhangjun@jinyun.example.cn" },
      })
      await orgs.transitionOrganization(organization.id, "approved", {}, system)
      as.sup = await tokenFor("supplier", member.actor_id, "zhangjun@jinyun.example.cn")
    })

    afterAll(() => getContainer()?.resolve("procurement_clock").reset())
    afterEach(() => {
      veto = null
    })

    const liveNotices = async (id: string) =>
      (await dbConnection.raw(`SELECT type, status FROM announcement WHERE related_id = ? AND deleted_at IS NULL ORDER BY created_at`, [id])).rows

    it("undoes a publication and its notice when a later step fails, then publishes cleanly", async () => {
      const plan = (await ok("POST", "/admin/solicitations", as.op, planBody(), 201)).solicitation
      await ok("POST", `/admin/solicitations/${plan.id}/submit`, as.ap, {})
      await ok("POST", `/admin/solicitations/${plan.id}/approve`, as.reg, {})

      veto = "发布前复核未通过"
      const refused = await call("POST", `/admin/solicitations/${plan.id}/publish`, as.ap, {})
      expect(refused.status).toBe(400)
      expect(refused.data.message).toBe("发布前复核未通过")
      const after = (await ok("GET", `/admin/solicitations/${plan.id}`, as.ap)).solicitation
      expect(after).toMatchObject({ status: "approved", published_at: null, response_deadline: null, notice_announcement_id: null })
      expect(await liveNotices(plan.id)).toEqual([])
      expect((await call("GET", `/store/solicitations/${plan.id}`, null)).status).toBe(404)
      const actions = (await dbConnection.raw(`SELECT action FROM audit_log WHERE record_id = ? ORDER BY occurred_at, created_at`, [plan.id])).rows.map(
        (r: { action: string }) => r.action
      )
      expect(actions.slice(-2)).toEqual(["solicitation.published", "solicitation.published_compensated"])

      veto = null
      const published = (await ok("POST", `/admin/solicitations/${plan.id}/publish`, as.ap, {})).solicitation
      expect(published.status).toBe("published")
      expect(await liveNotices(plan.id)).toEqual([{ type: "solicitation_notice", status: "published" }])
    })

    it("undoes an answer, its deadline extension and its clarification notice when a later step fails", async () => {
      getContainer().resolve("procurement_clock").setNow("2026-11-02T10:00:00+08:00")
      const plan = (await ok("POST", "/admin/solicitations", as.op, planBody({ title: "山西省打印机框架协议采购" }), 201)).solicitation
      await ok("POST", `/admin/solicitations/${plan.id}/submit`, as.ap, {})
      await ok("POST", `/admin/solicitations/${plan.id}/approve`, as.reg, {})
      await ok("POST", `/admin/solicitations/${plan.id}/publish`, as.ap, {})
      const question = (await ok("POST", `/supplier/solicitations/${plan.id}/clarifications`, as.sup, { question: "硒鼓价格是否单列？" }, 201)).clarification

      getContainer().resolve("procurement_clock").setNow("2026-11-18T10:00:00+08:00")
      veto = "澄清公告复核未通过"
      const body = { answer: "单列，规格书第 5 条修改。", changes_documents: true }
      const refused = await call("POST", `/admin/solicitations/${plan.id}/clarifications/${question.id}/answer`, as.op, body)
      expect(refused.status).toBe(400)
      const state = (await ok("GET", `/admin/solicitations/${plan.id}`, as.op)).solicitation
      expect(state.response_deadline).toBe("2026-11-22T15:59:59.999Z")
      const [clarification] = (await ok("GET", `/admin/solicitations/${plan.id}/clarifications`, as.op)).clarifications
      expect(clarification).toMatchObject({ id: question.id, answer: null, answered_at: null, changes_documents: false })
      expect(await liveNotices(plan.id)).toEqual([{ type: "solicitation_notice", status: "published" }])

      veto = null
      const answered = await ok("POST", `/admin/solicitations/${plan.id}/clarifications/${question.id}/answer`, as.op, body)
      // 15 days after Nov 18 → Dec 3.
      expect(answered).toMatchObject({ deadline_extended: true, solicitation: { response_deadline: "2026-12-03T15:59:59.999Z" } })
      expect(await liveNotices(plan.id)).toEqual([
        { type: "solicitation_notice", status: "published" },
        { type: "clarification", status: "published" },
      ])
    })
  },
})
