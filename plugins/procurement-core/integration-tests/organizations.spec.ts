/**
 * Organizations and actors over HTTP: supplier / bank self-registration and review, platform
 * enrollment of purchasers and experts with logins, and who may do what. Real app, PostgreSQL.
 */
import { medusaIntegrationTestRunner } from "../../../tests/helpers/integration-runner"
import { ContainerRegistrationKeys, generateJwtToken, Modules } from "@medusajs/framework/utils"
import { createRequire } from "node:module"

const nodeRequire = createRequire(__filename)
const { enrollMemberWorkflow } = nodeRequire("@govmall/procurement-core/workflows/organizations")

type Headers = { headers: Record<string, string> }

const VALID_USCC = "91350100M000100Y43"
const OTHER_USCC = "91110000802100433B"

function supplierBody(overrides: Record<string, unknown> = {}) {
  return {
    name: "太原市晋阳办公设备有限公司",
    uscc: VALID_USCC,
    region_code: "140100",
    contact_name: "王丽",
    contact_phone: "0351-1234567",
    address: "山西省太原市小店区长风街 1 号",
    enterprise_size: "small",
    special_status: "none",
    bank_account_name: "太原市晋阳办公设备有限公司",
    bank_name: "中国工商银行太原分行",
    bank_account_number: "0502123409024567890",
    registrant: { name: "王丽" },
    ...overrides,
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let regulator: Headers
    let agencyAdmin: Headers
    let regulatorOrgId: string

    async function tokenFor(actorType: string, actorId: string) {
      const container = getContainer()
      const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
      const authIdentity = await container.resolve(Modules.AUTH).createAuthIdentities({
        provider_identities: [{ provider: "emailpass", entity_id: `${actorId}@example.gov.cn` }],
        app_metadata: { [`${actorType}_id`]: actorId },
      })
      return generateJwtToken(
        { actor_id: actorId, actor_type: actorType, auth_identity_id: authIdentity.id, app_metadata: {} },
        { secret: config.projectConfig.http.jwtSecret, expiresIn: "1d" }
      )
    }

    /** An admin user who is a member of an organization of `kind` (created directly, as a seed would). */
    async function staffOf(kind: "regulator" | "agency", name: string, uscc: string | null, region_code = "140000") {
      const container = getContainer()
      const service = container.resolve("procurement_organization")
      const system = { actor_type: "system", actor_id: "test-seed" }
      const organization = await service.createOrganization({ kind, name, uscc, region_code }, system)
      const [user] = await container.resolve(Modules.USER).createUsers([{ email: `${kind}-${region_code}@example.gov.cn` }])
      await service.createMember(
        { organization_id: organization.id, actor_type: "user", actor_id: user.id, role: "admin", email: user.email, name },
        system
      )
      return { organization, headers: { headers: { authorization: `Bearer ${await tokenFor("user", user.id)}` } } }
    }

    beforeEach(async () => {
      getContainer().resolve("procurement_clock").setNow("2026-09-30T09:30:00+08:00")
      const reg = await staffOf("regulator", "山西省财政厅", null)
      regulator = reg.headers
      regulatorOrgId = reg.organization.id
      agencyAdmin = (await staffOf("agency", "山西省政府采购中心", null)).headers
    })

    afterAll(() => {
      getContainer()?.resolve("procurement_clock").reset()
    })

    const failure = (error: any) => error.response

    async function signUp(kind: "supplier" | "bank", email: string, body: Record<string, unknown>) {
      const registration = await api.post(`/auth/${kind}/emailpass/register`, { email, password: "s3cret-pass" })
      const registrationToken = registration.data.token
      const response = await api
        .post(`/${kind}/register`, body, { headers: { authorization: `Bearer ${registrationToken}` } })
        .catch(failure)
      return { response, registrationToken }
    }

    async function logIn(actorType: string, email: string, password = "s3cret-pass"): Promise<Headers> {
      const login = await api.post(`/auth/${actorType}/emailpass`, { email, password })
      return { headers: { authorization: `Bearer ${login.data.token}` } }
    }

    async function count(table: string) {
      const rows = await dbConnection.raw(`SELECT count(*)::int AS n FROM "${table}"`)
      return rows.rows[0].n as number
    }

    describe("supplier self-registration and review", () => {
      it("signs up pending_review, is approved by the regulator, and sees it", async () => {
        const { response } = await signUp("supplier", "sales@jinyang.example.cn", supplierBody())
        expect(response.status).toBe(201)
        expect(response.data.organization).toMatchObject({
          kind: "supplier",
          status: "pending_review",
          uscc: VALID_USCC,
          submitted_at: "2026-09-30T01:30:00.000Z",
          supplier_profile: { enterprise_size: "small", special_status: "none", bank_name: "中国工商银行太原分行" },
        })
        const member = response.data.member
        expect(member).toMatchObject({ actor_type: "supplier", role: "admin", email: "sales@jinyang.example.cn", name: "王丽" })
        expect(member.actor_id).toBe(member.id)

        const supplier = await logIn("supplier", "sales@jinyang.example.cn")
        const before = await api.get("/supplier/me", supplier)
        expect(before.data.member.id).toBe(member.id)
        expect(before.data.organization.status).toBe("pending_review")

        const pending = await api.get("/admin/organizations?kind=supplier&status=pending_review", regulator)
        expect(pending.data.count).toBe(1)
        const orgId = pending.data.organizations[0].id
        expect((await api.get("/admin/organizations?q=晋阳", regulator)).data.count).toBe(1)
        expect((await api.get("/admin/organizations?kind=supplier&status=approved", regulator)).data.count).toBe(0)

        getContainer().resolve("procurement_clock").setNow("2026-10-08T10:00:00+08:00")
        const approved = await api.post(`/admin/organizations/${orgId}/approve`, {}, regulator)
        expect(approved.data.organization).toMatchObject({ status: "approved", approved_at: "2026-10-08T02:00:00.000Z" })

        const after = await api.get("/supplier/me", supplier)
        expect(after.data.organization.status).toBe("approved")

        const audit = await api.get(`/admin/audit-log?record_type=organization&record_id=${orgId}`, regulator)
        const entries = audit.data.audit_log
        expect(entries.map((e: any) => e.action).sort()).toEqual(["organization.approved", "organization.registered"])
        const approval = entries.find((e: any) => e.action === "organization.approved")
        expect(approval.organization_id).toBe(regulatorOrgId)
      })

      it("rejects with a reason; a reason is required; a rejected supplier cannot be approved", async () => {
        const { response } = await signUp("supplier", "a@b.example.cn", supplierBody())
        const id = response.data.organization.id
        const noReason = await api.post(`/admin/organizations/${id}/reject`, {}, regulator).catch(failure)
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toContain("reason")

        const rejected = await api.post(`/admin/organizations/${id}/reject`, { reason: "营业执照已过期" }, regulator)
        expect(rejected.data.organization).toMatchObject({ status: "rejected", status_reason: "营业执照已过期" })

        const approve = await api.post(`/admin/organizations/${id}/approve`, {}, regulator).catch(failure)
        expect(approve.status).toBe(400)
        expect(approve.data.message).toContain("is rejected")

        // The supplier corrects its data and asks again; only while rejected.
        const supplier = await logIn("supplier", "a@b.example.cn")
        getContainer().resolve("procurement_clock").setNow("2026-10-09T09:00:00+08:00")
        const resubmitted = await api.post(
          "/supplier/resubmit",
          { business_scope: "办公设备销售", contact_phone: "0351-7777777" },
          supplier
        )
        expect(resubmitted.data.organization).toMatchObject({
          status: "pending_review",
          status_reason: null,
          contact_phone: "0351-7777777",
          submitted_at: "2026-10-09T01:00:00.000Z",
          rejected_at: "2026-09-30T01:30:00.000Z",
          supplier_profile: { business_scope: "办公设备销售" },
        })
        const twice = await api.post("/supplier/resubmit", {}, supplier).catch(failure)
        expect(twice.status).toBe(403)
        expect(twice.data.message).toContain("is pending_review; only rejected supplier organizations may resubmit")
      })

      it("refuses an invalid USCC naming the field, writing nothing", async () => {
        const before = { organization: await count("organization"), member: await count("member"), profile: await count("supplier_profile") }
        const { response, registrationToken } = await signUp(
          "supplier",
          "bad@uscc.example.cn",
          supplierBody({ uscc: "91350100M000100Y44" })
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("uscc")
        expect(response.data.message).toContain("check character")
        const short = await api
          .post("/supplier/register", supplierBody({ uscc: "9135" }), { headers: { authorization: `Bearer ${registrationToken}` } })
          .catch(failure)
        expect(short.status).toBe(400)
        expect(short.data.message).toContain("18 characters")
        expect({ organization: await count("organization"), member: await count("member"), profile: await count("supplier_profile") }).toEqual(before)
        const login = await api.post("/auth/supplier/emailpass", { email: "bad@uscc.example.cn", password: "s3cret-pass" }).catch(failure)
        // The identity exists but is linked to no supplier: the token carries no actor.
        const me = await api.get("/supplier/me", { headers: { authorization: `Bearer ${login.data?.token}` } }).catch(failure)
        expect(me.status).toBe(401)
      })

      it("refuses a USCC that is already registered", async () => {
        expect((await signUp("supplier", "first@x.example.cn", supplierBody())).response.status).toBe(201)
        const { response } = await signUp("supplier", "second@x.example.cn", supplierBody({ name: "另一家公司" }))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^uscc 91350100M000100Y43 is already registered/)
      })

      it("suspends, bans until a date, and reinstates only after it", async () => {
        const { response } = await signUp("supplier", "s@x.example.cn", supplierBody())
        const id = response.data.organization.id
        await api.post(`/admin/organizations/${id}/approve`, {}, regulator)
        const suspended = await api.post(`/admin/organizations/${id}/suspend`, { reason: "价格监测异常" }, regulator)
        expect(suspended.data.organization).toMatchObject({ status: "suspended", suspended_at: "2026-09-30T01:30:00.000Z" })
        const banned = await api.post(
          `/admin/organizations/${id}/ban`,
          { reason: "串通投标", banned_until: "2027-09-30T00:00:00+08:00" },
          regulator
        )
        expect(banned.data.organization).toMatchObject({ status: "banned", banned_until: "2027-09-29T16:00:00.000Z" })
        const early = await api.post(`/admin/organizations/${id}/reinstate`, {}, regulator).catch(failure)
        expect(early.status).toBe(400)
        expect(early.data.message).toContain("banned until 2027-09-29T16:00:00.000Z")
        getContainer().resolve("procurement_clock").setNow("2027-10-01T09:00:00+08:00")
        const reinstated = await api.post(`/admin/organizations/${id}/reinstate`, {}, regulator)
        expect(reinstated.data.organization).toMatchObject({ status: "approved", banned_until: null })
      })

      it("refuses a second registration with a token already linked", async () => {
        await signUp("supplier", "twice@x.example.cn", supplierBody())
        const supplier = await logIn("supplier", "twice@x.example.cn")
        const again = await api.post("/supplier/register", supplierBody({ uscc: OTHER_USCC }), supplier).catch(failure)
        expect(again.status).toBe(400)
        expect(again.data.message).toContain("already registered as supplier")
      })
    })

    describe("CORS for custom actor routes", () => {
      it("answers preflights from the store origins and ignores others", async () => {
        const allowed = await api.options("/supplier/me", {
          headers: { origin: "http://localhost:5173", "access-control-request-method": "GET", "access-control-request-headers": "authorization" },
        })
        expect(allowed.status).toBe(204)
        expect(allowed.headers["access-control-allow-origin"]).toBe("http://localhost:5173")
        expect(allowed.headers["access-control-allow-credentials"]).toBe("true")
        const other = await api
          .get("/expert/me", { headers: { origin: "https://evil.example.com" } })
          .catch(failure)
        expect(other.status).toBe(401)
        expect(other.headers["access-control-allow-origin"]).toBeUndefined()
      })
    })

    describe("banks", () => {
      it("register themselves with a branch and see their organization", async () => {
        const { response } = await signUp("bank", "loans@icbc.example.cn", {
          name: "中国工商银行股份有限公司",
          uscc: OTHER_USCC,
          region_code: "140100",
          branch_name: "太原分行营业部",
          contact_name: "李强",
          contact_phone: "0351-7654321",
          registrant: { name: "李强" },
        })
        expect(response.status).toBe(201)
        expect(response.data.organization).toMatchObject({ kind: "bank", status: "pending_review", branch_name: "太原分行营业部" })
        const bank = await logIn("bank", "loans@icbc.example.cn")
        const me = await api.get("/bank/me", bank)
        expect(me.data.member).toMatchObject({ actor_type: "bank", role: "admin" })
        // A bank token is not a supplier token.
        expect((await api.get("/supplier/me", bank).catch(failure)).status).toBe(401)
      })
    })

    describe("who may review", () => {
      it("refuses agency staff (403) and anonymous callers (401)", async () => {
        const { response } = await signUp("supplier", "p@x.example.cn", supplierBody())
        const id = response.data.organization.id
        const byAgency = await api.post(`/admin/organizations/${id}/approve`, {}, agencyAdmin).catch(failure)
        expect(byAgency.status).toBe(403)
        expect(byAgency.data.message).toBe(
          `POST /admin/organizations/${id}/approve: agency organizations may not review organizations; only regulator / platform members with role admin / approver (and platform admins) may`
        )
        const anonymous = await api.post(`/admin/organizations/${id}/approve`, {}).catch(failure)
        expect(anonymous.status).toBe(401)
        const supplier = await logIn("supplier", "p@x.example.cn")
        expect((await api.post(`/admin/organizations/${id}/approve`, {}, supplier).catch(failure)).status).toBe(401)
        expect((await api.get(`/admin/organizations/${id}`, regulator)).data.organization.status).toBe("pending_review")
      })

      it("refuses a regulator of another province (403), writing nothing", async () => {
        const beijing = (await staffOf("regulator", "北京市财政局", null, "110000")).headers
        const { response } = await signUp("supplier", "r@x.example.cn", supplierBody())
        const id = response.data.organization.id
        const approve = await api.post(`/admin/organizations/${id}/approve`, {}, beijing).catch(failure)
        expect(approve.status).toBe(403)
        expect(approve.data.message).toContain(`may not approve supplier organization ${id} of region 140100`)
        const members = await count("member")
        const enroll = await api
          .post(`/admin/organizations/${id}/members`, { email: "x@r.example.cn", password: "s3cret-pass", name: "x", role: "operator" }, beijing)
          .catch(failure)
        expect(enroll.status).toBe(403)
        expect(await count("member")).toBe(members)
        const create = await api
          .post("/admin/organizations", { kind: "purchasing_unit", name: "太原市民政局", region_code: "140100" }, beijing)
          .catch(failure)
        expect(create.status).toBe(403)
        expect((await api.get(`/admin/organizations/${id}`, regulator)).data.organization.status).toBe("pending_review")
        // The regulator of the province may.
        expect((await api.post(`/admin/organizations/${id}/approve`, {}, regulator)).status).toBe(200)
      })

      it("refuses an admin user who belongs to no organization (403)", async () => {
        const container = getContainer()
        const [user] = await container.resolve(Modules.USER).createUsers([{ email: "lone@example.gov.cn" }])
        const lone = { headers: { authorization: `Bearer ${await tokenFor("user", user.id)}` } }
        const res = await api.get("/admin/organizations", lone).catch(failure)
        expect(res.status).toBe(403)
        expect(res.data.message).toContain("member of no organization")
      })
    })

    describe("enrollment by the platform", () => {
      it("creates a purchasing unit whose enrolled staff log in as customers", async () => {
        const created = await api.post(
          "/admin/organizations",
          { kind: "purchasing_unit", name: "太原市教育局", uscc: "91350100M000100Y44", region_code: "140100" },
          regulator
        ).catch(failure)
        expect(created.status).toBe(400)
        expect(created.data.message).toContain("uscc")

        const unit = await api.post(
          "/admin/organizations",
          { kind: "purchasing_unit", name: "太原市教育局", region_code: "140100", contact_name: "赵敏" },
          regulator
        )
        expect(unit.status).toBe(201)
        expect(unit.data.organization).toMatchObject({ status: "approved", approved_at: "2026-09-30T01:30:00.000Z" })

        const enrolled = await api.post(
          `/admin/organizations/${unit.data.organization.id}/members`,
          { email: "Buyer@Edu.example.gov.cn", password: "purchaser-pass", name: "赵 敏", role: "operator" },
          regulator
        )
        expect(enrolled.status).toBe(201)
        expect(enrolled.data.member).toMatchObject({ actor_type: "customer", role: "operator", email: "buyer@edu.example.gov.cn" })
        expect(enrolled.data.member.actor_id).toMatch(/^cus_/)

        const login = await api.post("/auth/customer/emailpass", { email: "buyer@edu.example.gov.cn", password: "purchaser-pass" })
        const key = await getContainer().resolve(Modules.API_KEY).createApiKeys({ title: "s", type: "publishable", created_by: "t" })
        const me = await api.get("/store/customers/me", {
          headers: { authorization: `Bearer ${login.data.token}`, "x-publishable-api-key": key.token },
        })
        expect(me.data.customer).toMatchObject({ id: enrolled.data.member.actor_id, first_name: "赵", last_name: "敏" })

        // The same email cannot be enrolled twice; nothing is left behind.
        const customers = await count("customer")
        const members = await count("member")
        const again = await api.post(
          `/admin/organizations/${unit.data.organization.id}/members`,
          { email: "buyer@edu.example.gov.cn", password: "purchaser-pass", name: "赵敏" },
          regulator
        ).catch(failure)
        expect(again.status).toBe(400)
        expect(again.data.message).toContain("email")
        expect([await count("customer"), await count("member")]).toEqual([customers, members])
      })

      it("rolls back the login and the customer when a later enrollment step fails", async () => {
        const before = [await count("customer"), await count("member"), await count("provider_identity")]
        const { errors } = await enrollMemberWorkflow(getContainer()).run({
          input: {
            organization_id: "org_does_not_exist",
            actor_type: "customer",
            email: "ghost@example.gov.cn",
            password: "ghost-pass-1",
            name: "幽灵",
            role: "operator",
            actor: { actor_type: "system", actor_id: "test" },
          },
          throwOnError: false,
        })
        expect(errors[0].error.message).toContain("organization org_does_not_exist was not found")
        expect([await count("customer"), await count("member"), await count("provider_identity")]).toEqual(before)
        const login = await api
          .post("/auth/customer/emailpass", { email: "ghost@example.gov.cn", password: "ghost-pass-1" })
          .catch(failure)
        expect(login.status).toBe(401)
      })

      it("enrolls agency staff as admin users who can log in", async () => {
        const agency = await api.post(
          "/admin/organizations",
          { kind: "agency", name: "太原市公共资源交易中心", region_code: "140100" },
          regulator
        )
        const enrolled = await api.post(
          `/admin/organizations/${agency.data.organization.id}/members`,
          { email: "staff@agency.example.gov.cn", password: "agency-pass", name: "孙悦", role: "approver" },
          regulator
        )
        expect(enrolled.data.member).toMatchObject({ actor_type: "user", role: "approver" })
        const login = await api.post("/auth/user/emailpass", { email: "staff@agency.example.gov.cn", password: "agency-pass" })
        const staff = { headers: { authorization: `Bearer ${login.data.token}` } }
        expect((await api.get("/admin/organizations", staff)).status).toBe(200)
        expect((await api.post("/admin/organizations", { kind: "agency", name: "x", region_code: "140100" }, staff).catch(failure)).status).toBe(403)
      })

      it("enrolls an expert who logs in and sees a masked identity number", async () => {
        const enrolled = await api.post(
          "/admin/experts",
          {
            email: "expert@example.cn",
            password: "expert-pass",
            name: "周建国",
            id_number: "140105198001011233",
            specialities: ["A02010104", "A02010105"],
            employer_name: "太原理工大学",
            region_code: "140100",
          },
          agencyAdmin
        )
        expect(enrolled.status).toBe(201)
        expect(enrolled.data.expert).toMatchObject({ id_number_masked: "1401**********1233", status: "active" })
        expect(enrolled.data.expert).not.toHaveProperty("id_number_hash")
        const stored = await dbConnection.raw(`SELECT * FROM expert`)
        expect(JSON.stringify(stored.rows)).not.toContain("140105198001011233")

        const list = await api.get("/admin/experts?region_code=140100", regulator)
        expect(list.data.count).toBe(1)
        expect(list.data.experts[0]).not.toHaveProperty("id_number_hash")

        const expert = await logIn("expert", "expert@example.cn", "expert-pass")
        const me = await api.get("/expert/me", expert)
        expect(me.data.expert).toMatchObject({ id: enrolled.data.expert.id, name: "周建国", specialities: ["A02010104", "A02010105"] })

        const duplicate = await api.post(
          "/admin/experts",
          { email: "other@example.cn", password: "expert-pass", name: "周建国", id_number: "140105198001011233", specialities: ["A02"], region_code: "140100" },
          agencyAdmin
        ).catch(failure)
        expect(duplicate.status).toBe(400)
        expect(duplicate.data.message).toContain("id_number")
        // The failed enrollment's login was removed by compensation.
        const identities = await dbConnection.raw(`SELECT count(*)::int AS n FROM provider_identity WHERE entity_id = 'other@example.cn'`)
        expect(identities.rows[0].n).toBe(0)

        const badId = await api.post(
          "/admin/experts",
          { email: "x@example.cn", password: "expert-pass", name: "x", id_number: "140105198001011234", specialities: ["A02"], region_code: "140100" },
          agencyAdmin
        ).catch(failure)
        expect(badId.status).toBe(400)
        expect(badId.data.message).toContain("id_number")
      })
    })
  },
})
