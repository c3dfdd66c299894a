/**
 * Who may act where, beyond the admin role table: customers cannot sign themselves up
 * (purchasers are enrolled); agencies and regulators act within their province (experts,
 * organizations); an announcement belongs to the organization that drafted it. Real app,
 * PostgreSQL, HTTP.
 */
import { medusaIntegrationTestRunner } from "../../../tests/helpers/integration-runner"
import { ContainerRegistrationKeys, generateJwtToken, Modules } from "@medusajs/framework/utils"
import { createRequire } from "node:module"

const nodeRequire = createRequire(__filename)
const { makeIdNumber } = nodeRequire("@govmall/procurement-core/domain/id-number")

type Headers = { headers: Record<string, string> }
const system = { actor_type: "system", actor_id: "test-seed" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    const failure = (error: any) => error.response
    let publishableKey: string

    async function tokenFor(actorType: string, actorId: string, email: string, appMetadata?: Record<string, unknown>) {
      const container = getContainer()
      const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
      const identity = await container.resolve(Modules.AUTH).createAuthIdentities({
        provider_identities: [{ provider: "emailpass", entity_id: email }],
        app_metadata: appMetadata ?? { [`${actorType}_id`]: actorId },
      })
      return `Bearer ${generateJwtToken(
        { actor_id: actorId, actor_type: actorType, auth_identity_id: identity.id, app_metadata: {} },
        { secret: config.projectConfig.http.jwtSecret, expiresIn: "1d" }
      )}`
    }

    /** An admin user with `role` in a new organization of `kind` (as a seed would make it). */
    async function staff(kind: string, name: string, region_code: string, role: string, email: string) {
      const container = getContainer()
      const organizations = container.resolve("procurement_organization")
      const organization = await organizations.createOrganization({ kind, name, region_code }, system)
      return { organization, headers: await member(organization.id, role, email) }
    }
    async function member(organization_id: string, role: string, email: string): Promise<Headers> {
      const container = getContainer()
      const [user] = await container.resolve(Modules.USER).createUsers([{ email }])
      await container
        .resolve("procurement_organization")
        .createMember({ organization_id, actor_type: "user", actor_id: user.id, role, email, name: email }, system)
      return { headers: { authorization: await tokenFor("user", user.id, email) } }
    }

    async function count(sql: string, params: unknown[] = []) {
      const rows = await dbConnection.raw(`SELECT count(*)::int AS n FROM ${sql}`, params)
      return rows.rows[0].n as number
    }

    beforeEach(async () => {
      getContainer().resolve("procurement_clock").setNow("2026-09-30T09:30:00+08:00")
      const key = await getContainer().resolve(Modules.API_KEY).createApiKeys({ title: "s", type: "publishable", created_by: "t" })
      publishableKey = key.token
    })

    afterAll(() => {
      getContainer()?.resolve("procurement_clock").reset()
    })

    describe("customers cannot sign themselves up", () => {
      it("refuses the customer registration and POST /store/customers with 403 in Chinese and English, writing nothing", async () => {
        const identities = await count(`provider_identity WHERE entity_id = 'walk-in@example.cn'`)
        const register = await api
          .post("/auth/customer/emailpass/register", { email: "walk-in@example.cn", password: "walk-in-pass" })
          .catch(failure)
        expect(register.status).toBe(403)
        expect(register.data.message).toContain("不能自行注册")
        expect(register.data.message).toContain("Purchasing-unit staff are enrolled by the regulator")
        expect(await count(`provider_identity WHERE entity_id = 'walk-in@example.cn'`)).toBe(identities)

        // A registration token (identity, no customer yet), as Medusa's sign-up would hand out.
        const registrationToken = await tokenFor("customer", "", "walk-in-2@example.cn", {})
        const customers = await count(`customer`)
        const create = await api
          .post(
            "/store/customers",
            { email: "walk-in-2@example.cn", first_name: "自", last_name: "注册" },
            { headers: { authorization: registrationToken, "x-publishable-api-key": publishableKey } }
          )
          .catch(failure)
        expect(create.status).toBe(403)
        expect(create.data.message).toContain("enrolled by the regulator")
        expect(await count(`customer`)).toBe(customers)
        // Unauthenticated: refused too (Medusa's own authentication may answer first).
        const anonymous = await api
          .post("/store/customers", { email: "x@example.cn" }, { headers: { "x-publishable-api-key": publishableKey } })
          .catch(failure)
        expect([401, 403]).toContain(anonymous.status)
        expect(await count(`customer`)).toBe(customers)
      })

      it("still enrolls purchasers through the platform's flow; they may edit their name but not their email", async () => {
        const regulator = await staff("regulator", "山西省财政厅", "140000", "admin", "admin@czt.example.cn")
        const unit = await api.post(
          "/admin/organizations",
          { kind: "purchasing_unit", name: "太原市教育局", region_code: "140100" },
          regulator.headers
        )
        const enrolled = await api.post(
          `/admin/organizations/${unit.data.organization.id}/members`,
          { email: "buyer@edu.example.gov.cn", password: "purchaser-pass", name: "赵 敏", role: "operator" },
          regulator.headers
        )
        expect(enrolled.status).toBe(201)
        const login = await api.post("/auth/customer/emailpass", { email: "buyer@edu.example.gov.cn", password: "purchaser-pass" })
        const headers = { headers: { authorization: `Bearer ${login.data.token}`, "x-publishable-api-key": publishableKey } }
        const me = await api.get("/store/customers/me", headers)
        expect(me.data.customer).toMatchObject({ id: enrolled.data.member.actor_id, email: "buyer@edu.example.gov.cn" })

        const renamed = await api.post("/store/customers/me", { first_name: "赵", last_name: "敏敏" }, headers)
        expect(renamed.status).toBe(200)
        expect(renamed.data.customer.last_name).toBe("敏敏")
        // The email (the login and the membership's contact) is not editable here.
        const email = await api.post("/store/customers/me", { email: "someone-else@example.cn" }, headers).catch(failure)
        expect(email.status).toBeLessThan(500)
        expect((await api.get("/store/customers/me", headers)).data.customer.email).toBe("buyer@edu.example.gov.cn")
        // …and the membership (by customer id) is untouched: the purchaser still acts for its unit.
        const membership = await getContainer()
          .resolve("procurement_organization")
          .retrieveMembership("customer", enrolled.data.member.actor_id)
        expect(membership.organization.id).toBe(unit.data.organization.id)
      })
    })

    describe("agencies and regulators act within their province", () => {
      const expertBody = (n: number, region_code: string) => ({
        email: `expert-${n}@example.cn`,
        password: "expert-pass-1",
        name: `专家${n}`,
        id_number: makeIdNumber("140105", "1980-01-01", n),
        specialities: ["A02010104"],
        region_code,
      })

      it("enrolls and lists experts only of the caller's province", async () => {
        const shanxiAgency = await staff("agency", "山西省政府采购中心", "140000", "operator", "op@zfcg.example.cn")
        const beijingAgency = await staff("agency", "北京市政府采购中心", "110000", "admin", "admin@bjzfcg.example.cn")
        const beijingRegulator = await staff("regulator", "北京市财政局", "110000", "admin", "admin@czj.example.cn")
        const platform = await staff("platform", "GovMall 平台", "100000", "admin", "admin@govmall.example.cn")

        const experts = await count(`expert`)
        for (const [caller, who] of [
          [beijingAgency, "agencies"],
          [beijingRegulator, "regulators"],
        ] as const) {
          const refused = await api.post("/admin/experts", expertBody(1, "140100"), caller.headers).catch(failure)
          expect(refused.status).toBe(403)
          expect(refused.data.message).toContain(`may not enroll an expert of region 140100: ${who} act only within their province`)
        }
        expect(await count(`expert`)).toBe(experts)
        expect(await count(`provider_identity WHERE entity_id = 'expert-1@example.cn'`)).toBe(0)

        expect((await api.post("/admin/experts", expertBody(1, "140100"), shanxiAgency.headers)).status).toBe(201)
        expect((await api.post("/admin/experts", expertBody(2, "110105"), beijingAgency.headers)).status).toBe(201)
        expect((await api.post("/admin/experts", expertBody(3, "140200"), platform.headers)).status).toBe(201)

        const names = async (h: Headers, q = "") =>
          (await api.get(`/admin/experts${q}`, h)).data.experts.map((e: any) => e.name).sort()
        expect(await names(shanxiAgency.headers)).toEqual(["专家1", "专家3"])
        expect(await names(beijingAgency.headers)).toEqual(["专家2"])
        expect(await names(beijingRegulator.headers)).toEqual(["专家2"])
        expect(await names(platform.headers)).toEqual(["专家1", "专家2", "专家3"])
        expect(await names(beijingAgency.headers, "?region_code=140100")).toEqual([])
        expect(await names(shanxiAgency.headers, "?region_code=140100")).toEqual(["专家1"])
      })

      it("reads purchasing units, agencies and regulators of its own province; suppliers nationwide", async () => {
        const shanxiRegulator = await staff("regulator", "山西省财政厅", "140000", "admin", "admin@czt.example.cn")
        const shanxiAgency = await staff("agency", "山西省政府采购中心", "140000", "viewer", "viewer@zfcg.example.cn")
        const beijingAgency = await staff("agency", "北京市政府采购中心", "110000", "viewer", "viewer@bjzfcg.example.cn")
        const unit = (
          await api.post(
            "/admin/organizations",
            { kind: "purchasing_unit", name: "太原市教育局", region_code: "140100" },
            shanxiRegulator.headers
          )
        ).data.organization
        const supplier = await getContainer()
          .resolve("procurement_organization")
          .registerOrganization({
            organization: { kind: "supplier", name: "太原市晋阳办公设备有限公司", uscc: "91350100M000100Y43", region_code: "140100" },
            supplier_profile: { enterprise_size: "small", bank_account_name: "x", bank_name: "x", bank_account_number: "1" },
            registrant: { name: "王丽", email: "sales@jinyang.example.cn" },
          })

        expect((await api.get(`/admin/organizations/${unit.id}`, shanxiAgency.headers)).data.organization.name).toBe("太原市教育局")
        expect((await api.get(`/admin/organizations/${unit.id}`, beijingAgency.headers).catch(failure)).status).toBe(404)
        expect((await api.get(`/admin/organizations/${supplier.organization.id}`, beijingAgency.headers)).status).toBe(200)

        const listed = async (h: Headers, q: string) =>
          (await api.get(`/admin/organizations${q}`, h)).data.organizations.map((o: any) => o.name).sort()
        expect(await listed(beijingAgency.headers, "?kind=purchasing_unit")).toEqual([])
        expect(await listed(shanxiAgency.headers, "?kind=purchasing_unit")).toEqual(["太原市教育局"])
        expect(await listed(beijingAgency.headers, "?q=晋阳")).toEqual(["太原市晋阳办公设备有限公司"])
        expect(await listed(beijingAgency.headers, "?q=教育")).toEqual([])
        // Among agencies, the Beijing agency sees those of its own province: itself.
        expect(await listed(beijingAgency.headers, "?kind=agency")).toEqual(["北京市政府采购中心"])
      })
    })

    describe("an announcement belongs to the organization that drafted it", () => {
      it("agency B can neither see agency A's draft nor publish or withdraw agency A's announcement", async () => {
        const agencyA = await staff("agency", "山西省政府采购中心", "140000", "operator", "op@a.example.cn")
        const approverA = await member(agencyA.organization.id, "approver", "approver@a.example.cn")
        const agencyB = await staff("agency", "太原市公共资源交易中心", "140100", "approver", "approver@b.example.cn")
        const regulator = await staff("regulator", "山西省财政厅", "140000", "approver", "approver@czt.example.cn")
        const regulatorBeijing = await staff("regulator", "北京市财政局", "110000", "approver", "approver@czj.example.cn")

        // A Shanxi agency announces nothing for Beijing.
        const elsewhere = await api
          .post("/admin/announcements", { type: "solicitation_notice", title: "x", body: "y", region_code: "110000" }, agencyA.headers)
          .catch(failure)
        expect(elsewhere.status).toBe(403)
        expect(elsewhere.data.message).toContain("may not publish an announcement of region 110000")
        const draft = await api.post(
          "/admin/announcements",
          { type: "solicitation_notice", title: "办公家具框架协议采购征集公告", body: "征集文件见附件。", region_code: "140100" },
          agencyA.headers
        )
        expect(draft.status).toBe(201)
        const id = draft.data.announcement.id
        expect(draft.data.announcement.organization_id).toBe(agencyA.organization.id)

        // The draft is agency A's (and the supervising Shanxi regulator's to read).
        expect((await api.get(`/admin/announcements/${id}`, approverA)).status).toBe(200)
        expect((await api.get(`/admin/announcements/${id}`, regulator.headers)).status).toBe(200)
        expect((await api.get(`/admin/announcements/${id}`, agencyB.headers).catch(failure)).status).toBe(404)
        expect((await api.get(`/admin/announcements/${id}`, regulatorBeijing.headers).catch(failure)).status).toBe(404)
        const ids = async (h: Headers) => (await api.get("/admin/announcements", h)).data.announcements.map((a: any) => a.id)
        expect(await ids(agencyB.headers)).toEqual([])
        expect(await ids(regulator.headers)).toEqual([id])

        for (const outsider of [agencyB.headers, regulator.headers]) {
          const refused = await api.post(`/admin/announcements/${id}/publish`, {}, outsider).catch(failure)
          expect(refused.status).toBe(403)
          expect(refused.data.message).toContain(`may not publish announcement ${id} of organization ${agencyA.organization.id}`)
        }
        expect(await count(`announcement WHERE id = ? AND status = 'draft'`, [id])).toBe(1)

        expect((await api.post(`/admin/announcements/${id}/publish`, {}, approverA)).data.announcement.status).toBe("published")
        // Published: public, so everyone reads it; still only agency A withdraws it.
        expect((await api.get(`/admin/announcements/${id}`, agencyB.headers)).status).toBe(200)
        expect(await ids(agencyB.headers)).toEqual([id])
        const withdraw = await api.post(`/admin/announcements/${id}/withdraw`, { reason: "规格有误" }, agencyB.headers).catch(failure)
        expect(withdraw.status).toBe(403)
        expect(withdraw.data.message).toContain("only members of the organization that drafted it may")
        expect(await count(`announcement WHERE id = ? AND status = 'published'`, [id])).toBe(1)
        const withdrawn = await api.post(`/admin/announcements/${id}/withdraw`, { reason: "规格有误" }, approverA)
        expect(withdrawn.data.announcement).toMatchObject({ status: "withdrawn", withdraw_reason: "规格有误" })
      })
    })
  },
})
