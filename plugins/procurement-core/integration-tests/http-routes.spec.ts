/**
 * The HTTP routes per actor: platform staff (/admin, actor "user"), the public (/store), and a
 * logged-in customer (/store/inbox). Runs the real app (built plugin) on PostgreSQL.
 */
import { medusaIntegrationTestRunner } from "../../../tests/helpers/integration-runner"
import { ContainerRegistrationKeys, generateJwtToken, Modules } from "@medusajs/framework/utils"
import { createRequire } from "node:module"

const nodeRequire = createRequire(__filename)
const workflows = nodeRequire("@govmall/procurement-core/workflows")

type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let otherAdmin: Headers
    let adminUserId: string
    let otherAdminUserId: string
    let platformOrgId: string
    let publicHeaders: Headers
    let customerHeaders: Headers
    let customerId: string

    async function tokenFor(actorType: string, actorId: string) {
      const container = getContainer()
      const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
      const email = `${actorId}@example.gov.cn`
      const authIdentity = await container.resolve(Modules.AUTH).createAuthIdentities({
        provider_identities: [{ provider: "emailpass", entity_id: email }],
        app_metadata: { [`${actorType}_id`]: actorId },
      })
      return generateJwtToken(
        { actor_id: actorId, actor_type: actorType, auth_identity_id: authIdentity.id, app_metadata: {} },
        { secret: config.projectConfig.http.jwtSecret, expiresIn: "1d" }
      )
    }

    beforeEach(async () => {
      const container = getContainer()
      container.resolve("procurement_clock").setNow("2026-09-30T09:30:00+08:00")
      const users = container.resolve(Modules.USER)
      const [editor, colleague] = await users.createUsers([
        { email: "editor@example.gov.cn" },
        { email: "colleague@example.gov.cn" },
      ])
      adminUserId = editor.id
      otherAdminUserId = colleague.id
      // Both are platform admins (the admin role middleware lets them call every admin route);
      // the editor drafts, the colleague publishes: an author may not publish their own draft.
      const organizations = container.resolve("procurement_organization")
      const system = { actor_type: "system", actor_id: "test-seed" }
      const platform = await organizations.createOrganization(
        { kind: "platform", name: "GovMall platform", uscc: null, region_code: "100000" },
        system
      )
      platformOrgId = platform.id
      for (const user of [editor, colleague]) {
        await organizations.createMember(
          { organization_id: platform.id, actor_type: "user", actor_id: user.id, role: "admin", email: user.email, name: user.email },
          system
        )
      }
      admin = { headers: { authorization: `Bearer ${await tokenFor("user", editor.id)}` } }
      otherAdmin = { headers: { authorization: `Bearer ${await tokenFor("user", colleague.id)}` } }

      const key = await container.resolve(Modules.API_KEY).createApiKeys({
        title: "storefront",
        type: "publishable",
        created_by: "test",
      })
      publicHeaders = { headers: { "x-publishable-api-key": key.token } }
      const customer = await container.resolve(Modules.CUSTOMER).createCustomers({
        email: "buyer@example.gov.cn",
      })
      customerId = customer.id
      customerHeaders = {
        headers: {
          ...publicHeaders.headers,
          authorization: `Bearer ${await tokenFor("customer", customer.id)}`,
        },
      }
    })

    afterAll(() => {
      getContainer()?.resolve("procurement_clock").reset()
    })

    const failure = (error: any) => error.response

    async function createDraft(overrides: Record<string, unknown> = {}) {
      const response = await api.post(
        "/admin/announcements",
        {
          type: "solicitation_notice",
          title: "Office chairs: solicitation notice",
          body: "Responses are due within 20 days.",
          region_code: "140000",
          ...overrides,
        },
        admin
      )
      expect(response.status).toBe(201)
      return response.data.announcement
    }

    describe("announcements", () => {
      it("goes draft → published → withdrawn, visible to the public from publication on", async () => {
        const draft = await createDraft()
        expect(draft).toMatchObject({ status: "draft", created_by: adminUserId, published_at: null })

        expect((await api.get("/store/announcements", publicHeaders)).data.count).toBe(0)
        expect((await api.get(`/store/announcements/${draft.id}`, publicHeaders).catch(failure)).status).toBe(404)

        const byAuthor = await api.post(`/admin/announcements/${draft.id}/publish`, {}, admin).catch(failure)
        expect(byAuthor.status).toBe(403)
        expect(byAuthor.data.message).toContain("its author may not publish it")
        const published = await api.post(`/admin/announcements/${draft.id}/publish`, {}, otherAdmin)
        expect(published.data.announcement).toMatchObject({
          status: "published",
          published_at: "2026-09-30T01:30:00.000Z",
        })

        const list = await api.get("/store/announcements", publicHeaders)
        expect(list.data).toMatchObject({ count: 1, offset: 0, limit: 20 })
        expect(list.data.announcements[0]).not.toHaveProperty("created_by")
        const detail = await api.get(`/store/announcements/${draft.id}`, publicHeaders)
        expect(detail.data.announcement).toMatchObject({ id: draft.id, body: "Responses are due within 20 days." })

        const noReason = await api.post(`/admin/announcements/${draft.id}/withdraw`, {}, admin).catch(failure)
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toContain("reason")

        const withdrawn = await api.post(
          `/admin/announcements/${draft.id}/withdraw`,
          { reason: "Lot 2 specification was wrong" },
          admin
        )
        expect(withdrawn.data.announcement).toMatchObject({
          status: "withdrawn",
          withdraw_reason: "Lot 2 specification was wrong",
        })

        const publicWithdrawn = await api.get(`/store/announcements/${draft.id}`, publicHeaders)
        expect(publicWithdrawn.data.announcement).toMatchObject({
          status: "withdrawn",
          withdraw_reason: "Lot 2 specification was wrong",
        })
        expect((await api.get("/store/announcements", publicHeaders)).data.count).toBe(0)
        expect((await api.get("/store/announcements?status=withdrawn", publicHeaders)).data.count).toBe(1)

        const republish = await api.post(`/admin/announcements/${draft.id}/publish`, {}, otherAdmin).catch(failure)
        expect(republish.status).toBe(400)
        expect(republish.data).toMatchObject({ type: "not_allowed" })
        expect(republish.data.message).toContain('cannot go from "withdrawn" to "published"')
      })

      it("filters the public list by type, region and title, newest first, with pagination", async () => {
        const clock = getContainer().resolve("procurement_clock")
        const first = await createDraft({ title: "Printers: solicitation notice", region_code: "140100" })
        const second = await createDraft({ type: "award_result", title: "Printers: award result" })
        const third = await createDraft({ title: "Desks: solicitation notice" })
        await createDraft({ title: "Printers: unpublished draft" })
        for (const { id } of [first, second, third]) {
          clock.advance(60_000)
          await api.post(`/admin/announcements/${id}/publish`, {}, otherAdmin)
        }

        const all = await api.get("/store/announcements", publicHeaders)
        expect(all.data.announcements.map((a: { id: string }) => a.id)).toEqual([third.id, second.id, first.id])

        const byType = await api.get("/store/announcements?type=award_result", publicHeaders)
        expect(byType.data.announcements.map((a: { id: string }) => a.id)).toEqual([second.id])

        const byRegion = await api.get("/store/announcements?region_code=140100", publicHeaders)
        expect(byRegion.data.announcements.map((a: { id: string }) => a.id)).toEqual([first.id])

        const byTitle = await api.get("/store/announcements?q=printers", publicHeaders)
        expect(byTitle.data.announcements.map((a: { id: string }) => a.id)).toEqual([second.id, first.id])

        const page = await api.get("/store/announcements?limit=1&offset=1", publicHeaders)
        expect(page.data).toMatchObject({ count: 3, limit: 1, offset: 1 })
        expect(page.data.announcements.map((a: { id: string }) => a.id)).toEqual([second.id])

        const badRegion = await api.get("/store/announcements?region_code=shanxi", publicHeaders).catch(failure)
        expect(badRegion.status).toBe(400)
        expect(badRegion.data.message).toContain("region_code")

        const adminDrafts = await api.get("/admin/announcements?status=draft", admin)
        expect(adminDrafts.data.count).toBe(1)
      })

      it("names the invalid field when creating", async () => {
        const response = await api
          .post("/admin/announcements", { type: "press_release", title: "", body: "x" }, admin)
          .catch(failure)
        expect(response.status).toBe(400)
        expect(response.data.type).toBe("invalid_data")
        expect(response.data.message).toMatch(/type|title/)
      })

      it("records who did what in the audit log, readable per record", async () => {
        const draft = await createDraft()
        await api.post(`/admin/announcements/${draft.id}/publish`, {}, otherAdmin)
        const response = await api.get(
          `/admin/audit-log?record_type=announcement&record_id=${draft.id}`,
          admin
        )
        expect(response.data.count).toBe(2)
        expect(response.data.audit_log.map((row: { action: string }) => row.action)).toEqual([
          "announcement.published",
          "announcement.created",
        ])
        expect(response.data.audit_log[0]).toMatchObject({
          actor_id: otherAdminUserId,
          actor_type: "user",
          organization_id: platformOrgId,
          occurred_at: "2026-09-30T01:30:00.000Z",
        })
        expect(response.data.audit_log[0].ip).toEqual(expect.any(String))
        expect(response.data.audit_log[0].after_digest).toMatch(/^[0-9a-f]{64}$/)

        const missingType = await api.get(`/admin/audit-log?record_id=${draft.id}`, admin).catch(failure)
        expect(missingType.status).toBe(400)
        expect(missingType.data.message).toContain("record_type")
      })

      it("is not reachable without authentication", async () => {
        expect((await api.get("/admin/announcements").catch(failure)).status).toBe(401)
        expect((await api.get("/store/announcements").catch(failure)).status).toBe(400) // no publishable key
      })
    })

    describe("calendar overrides", () => {
      it("lets an operator enter a year chinese-days does not know, changing deadlines at once", async () => {
        const calendar = getContainer().resolve("procurement_calendar")
        expect(await calendar.addWorkingDays("2026-12-31", 1)).toBe("2027-01-01")

        const before = await api.get("/admin/calendar-overrides?year=2027", admin)
        expect(before.data).toEqual({ calendar_overrides: [], year: 2027, base_calendar_covers_year: false })

        const saved = await api.post(
          "/admin/calendar-overrides",
          { date: "2027-01-01", is_working_day: false, name: "元旦", note: "State Council notice for 2027" },
          admin
        )
        expect(saved.data.calendar_override).toMatchObject({ date: "2027-01-01", is_working_day: false, name: "元旦" })
        expect(await calendar.addWorkingDays("2026-12-31", 1)).toBe("2027-01-04")

        const replaced = await api.post("/admin/calendar-overrides", { date: "2027-01-01", is_working_day: true }, admin)
        expect(replaced.data.calendar_override.id).toBe(saved.data.calendar_override.id)
        const after = await api.get("/admin/calendar-overrides?year=2027", admin)
        expect(after.data.calendar_overrides).toHaveLength(1)
        expect(after.data.calendar_overrides[0]).toMatchObject({ is_working_day: true, name: null })

        const audit = await api.get(
          `/admin/audit-log?record_type=calendar_override&record_id=${saved.data.calendar_override.id}`,
          admin
        )
        expect(audit.data.count).toBe(2)

        const covered = await api.get("/admin/calendar-overrides?year=2026", admin)
        expect(covered.data.base_calendar_covers_year).toBe(true)

        const badDate = await api
          .post("/admin/calendar-overrides", { date: "2027-02-30", is_working_day: false }, admin)
          .catch(failure)
        expect(badDate.status).toBe(400)
        expect(badDate.data.message).toContain("date")
      })
    })

    describe("inbox", () => {
      beforeEach(async () => {
        await workflows.sendInboxMessagesWorkflow(getContainer()).run({
          input: {
            messages: [
              { recipient_actor_type: "user", recipient_id: adminUserId, title: "Review", body: "A draft awaits review", category: "announcement" },
              { recipient_actor_type: "user", recipient_id: otherAdminUserId, title: "Other", body: "Not yours", category: "system" },
              { recipient_actor_type: "customer", recipient_id: customerId, title: "Deadline", body: "Challenge period ends 2026-10-12", link: "/announcements/x", category: "deadline" },
            ],
          },
        })
      })

      it("shows platform users their own messages and lets only them mark one read", async () => {
        const inbox = await api.get("/admin/inbox", admin)
        expect(inbox.data).toMatchObject({ count: 1, unread_count: 1 })
        const [message] = inbox.data.messages
        expect(message).toMatchObject({ title: "Review", read_at: null })

        const byOther = await api.post(`/admin/inbox/${message.id}/read`, {}, otherAdmin).catch(failure)
        expect(byOther.status).toBe(404)

        getContainer().resolve("procurement_clock").advance(5 * 60_000)
        const read = await api.post(`/admin/inbox/${message.id}/read`, {}, admin)
        expect(read.data.message.read_at).toBe("2026-09-30T01:35:00.000Z")
        const again = await api.post(`/admin/inbox/${message.id}/read`, {}, admin)
        expect(again.data.message.read_at).toBe("2026-09-30T01:35:00.000Z")

        expect((await api.get("/admin/inbox", admin)).data.unread_count).toBe(0)
        expect((await api.get("/admin/inbox?unread_only=true", admin)).data.count).toBe(0)
      })

      it("shows logged-in customers their own messages", async () => {
        const inbox = await api.get("/store/inbox", customerHeaders)
        expect(inbox.data).toMatchObject({ count: 1, unread_count: 1 })
        expect(inbox.data.messages[0]).toMatchObject({ title: "Deadline", link: "/announcements/x" })
        const read = await api.post(`/store/inbox/${inbox.data.messages[0].id}/read`, {}, customerHeaders)
        expect(read.data.message.read_at).toBe("2026-09-30T01:30:00.000Z")

        expect((await api.get("/store/inbox", publicHeaders).catch(failure)).status).toBe(401)
      })
    })
  },
})
