/**
 * The audit guarantee: a change and its audit entry commit or roll back together, and the
 * audit log cannot be changed afterwards. Runs the real app (built plugin) on PostgreSQL.
 */
import { medusaIntegrationTestRunner } from "../../../tests/helpers/integration-runner"
import { MedusaError } from "@medusajs/framework/utils"
import { createRequire } from "node:module"

// Load the plugin through Node's own require: the same module instances the app loaded, so the
// hook handler registered below is the one the app's workflow runs.
const nodeRequire = createRequire(__filename)
const workflows = nodeRequire("@govmall/procurement-core/workflows")
const { digestOf } = nodeRequire("@govmall/procurement-core/domain/canonical-json")
const { announcementAuditState } = nodeRequire("@govmall/procurement-core/modules/procurement_announcement")
const { appendAuditEntry } = nodeRequire("@govmall/procurement-core/modules/procurement_audit")

const actor = { actor_id: "user_test_editor", actor_type: "user", ip: "127.0.0.1" }
/** Operator drafts, a different approver publishes (the author may not publish). */
const publisher = { actor_id: "user_test_approver", actor_type: "user", ip: "127.0.0.1" }
const draftInput = {
  type: "solicitation_notice",
  title: "Office chairs framework agreement: solicitation notice",
  body: "Responses are due within 20 days.",
  region_code: "140000",
}

// The review hook vetoes while this is set (one handler per hook and process).
let vetoReason: string | null = null
workflows.publishAnnouncementWorkflow.hooks.validateBeforePublish(async () => {
  if (vetoReason) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, vetoReason)
  }
})

medusaIntegrationTestRunner({
  testSuite: ({ getContainer, dbConnection }) => {
    const announcements = () => getContainer().resolve("procurement_announcement")
    const clock = () => getContainer().resolve("procurement_clock")

    async function auditRows(recordId: string) {
      return await dbConnection.raw(
        `SELECT * FROM audit_log WHERE record_type = 'announcement' AND record_id = ? ORDER BY occurred_at, action`,
        [recordId]
      ).then((result: { rows: Array<Record<string, any>> }) => result.rows)
    }

    async function createDraft() {
      const { result } = await workflows.createAnnouncementWorkflow(getContainer()).run({
        input: { announcement: draftInput, actor },
      })
      return result
    }

    beforeEach(() => {
      vetoReason = null
      clock().setNow("2026-09-30T09:30:00+08:00")
    })

    afterAll(() => {
      clock().reset()
    })

    describe("publishAnnouncementWorkflow", () => {
      it("publishes and writes exactly one audit entry, timestamped by the business clock", async () => {
        const draft = await createDraft()
        const { result } = await workflows.publishAnnouncementWorkflow(getContainer()).run({
          input: { id: draft.id, actor: publisher },
        })

        expect(result.status).toBe("published")
        expect(new Date(result.published_at).toISOString()).toBe("2026-09-30T01:30:00.000Z")

        const rows = await auditRows(draft.id)
        expect(rows.map((row) => row.action)).toEqual(["announcement.created", "announcement.published"])
        const published = rows.filter((row) => row.action === "announcement.published")
        expect(published).toHaveLength(1)
        const stored = await announcements().retrieveAnnouncement(draft.id)
        expect(published[0]).toMatchObject({
          actor_id: "user_test_approver",
          actor_type: "user",
          ip: "127.0.0.1",
          record_type: "announcement",
          before_digest: digestOf(announcementAuditState(draft)),
          after_digest: digestOf(announcementAuditState(stored)),
        })
        expect(new Date(published[0].occurred_at).toISOString()).toBe("2026-09-30T01:30:00.000Z")
      })

      it("is refused by the review hook: the workflow fails, nothing is audited, the draft stays", async () => {
        const draft = await createDraft()
        vetoReason = "pre-publication review: the notice names a natural person"

        const { errors } = await workflows.publishAnnouncementWorkflow(getContainer()).run({
          input: { id: draft.id, actor: publisher },
          throwOnError: false,
        })

        expect(errors).toHaveLength(1)
        expect(errors[0].error.message).toContain("names a natural person")
        expect((await announcements().retrieveAnnouncement(draft.id)).status).toBe("draft")
        expect((await auditRows(draft.id)).map((row) => row.action)).toEqual(["announcement.created"])
      })

      it("refuses an illegal transition with NOT_ALLOWED and writes nothing", async () => {
        const draft = await createDraft()
        await workflows.publishAnnouncementWorkflow(getContainer()).run({ input: { id: draft.id, actor: publisher } })

        const { errors } = await workflows.publishAnnouncementWorkflow(getContainer()).run({
          input: { id: draft.id, actor: publisher },
          throwOnError: false,
        })
        expect(errors[0].error.type).toBe(MedusaError.Types.NOT_ALLOWED)
        expect(errors[0].error.message).toContain(`announcement ${draft.id} cannot go from "published" to "published"`)
        expect((await auditRows(draft.id)).filter((row) => row.action === "announcement.published")).toHaveLength(1)
      })
    })

    describe("separation of duties", () => {
      it("refuses the author as publisher (FORBIDDEN) before the review hook, writing nothing", async () => {
        const draft = await createDraft()
        const { errors } = await workflows.publishAnnouncementWorkflow(getContainer()).run({
          input: { id: draft.id, actor },
          throwOnError: false,
        })
        expect(errors[0].error.type).toBe(MedusaError.Types.FORBIDDEN)
        expect(errors[0].error.message).toBe(
          `announcement ${draft.id} was drafted by user_test_editor; its author may not publish it — another approver must`
        )
        expect((await announcements().retrieveAnnouncement(draft.id)).status).toBe("draft")
        expect((await auditRows(draft.id)).map((row) => row.action)).toEqual(["announcement.created"])
      })
    })

    describe("publishAnnouncement (service): change and audit entry in one transaction", () => {
      it("rolls the status back when the audit entry is invalid (validated after the UPDATE ran)", async () => {
        const draft = await createDraft()
        await expect(
          announcements().publishAnnouncement(draft.id, { actor_id: "", actor_type: "user" })
        ).rejects.toThrow("audit entry: actor_id must be a non-empty string")

        const stored = await announcements().retrieveAnnouncement(draft.id)
        expect(stored.status).toBe("draft")
        expect(stored.published_at).toBeNull()
        expect((await auditRows(draft.id)).map((row) => row.action)).toEqual(["announcement.created"])
      })

      it("rolls the status back when PostgreSQL rejects the audit INSERT", async () => {
        const draft = await createDraft()
        await dbConnection.raw(
          `ALTER TABLE audit_log ADD CONSTRAINT test_reject_publish CHECK (action <> 'announcement.published')`
        )
        try {
          await expect(announcements().publishAnnouncement(draft.id, actor)).rejects.toThrow(/test_reject_publish/)
        } finally {
          await dbConnection.raw(`ALTER TABLE audit_log DROP CONSTRAINT test_reject_publish`)
        }

        const stored = await announcements().retrieveAnnouncement(draft.id)
        expect(stored.status).toBe("draft")
        expect((await auditRows(draft.id)).map((row) => row.action)).toEqual(["announcement.created"])
      })

      it("withdraws with the reason and audits it", async () => {
        const draft = await createDraft()
        await announcements().publishAnnouncement(draft.id, actor)
        clock().advance(60 * 60 * 1000)
        const withdrawn = await announcements().withdrawAnnouncement(draft.id, "  wrong lot numbers  ", actor)
        expect(withdrawn).toMatchObject({ status: "withdrawn", withdraw_reason: "wrong lot numbers" })
        expect(new Date(withdrawn.withdrawn_at).toISOString()).toBe("2026-09-30T02:30:00.000Z")
        const rows = await auditRows(draft.id)
        expect(rows.at(-1)).toMatchObject({
          action: "announcement.withdrawn",
          metadata: { reason: "wrong lot numbers" },
        })
      })

      it("refuses appendAuditEntry outside a transaction", async () => {
        const manager = getContainer().resolve("procurement_audit").baseRepository_.getFreshManager()
        await expect(
          appendAuditEntry(manager, { ...actor, action: "x.y", record_type: "x", record_id: "x_1" })
        ).rejects.toThrow(/must run inside the caller's transaction/)
      })
    })

    describe("audit_log is append-only (database trigger)", () => {
      async function insertRow(id: string, ageSql: string) {
        await dbConnection.raw(
          `INSERT INTO audit_log (id, actor_id, actor_type, action, record_type, record_id, occurred_at, created_at)
           VALUES (?, 'u', 'user', 'test.inserted', 'test', 't_1', now() - interval '${ageSql}', now() - interval '${ageSql}')`,
          [id]
        )
      }

      it("refuses UPDATE", async () => {
        await insertRow("aud_test_update", "1 day")
        await expect(
          dbConnection.raw(`UPDATE audit_log SET action = 'tampered' WHERE id = 'aud_test_update'`)
        ).rejects.toThrow(/audit_log is append-only: UPDATE of aud_test_update refused/)
        await expect(
          dbConnection.raw(`UPDATE audit_log SET deleted_at = now() WHERE id = 'aud_test_update'`)
        ).rejects.toThrow(/append-only/)
      })

      it("refuses DELETE within 15 years and allows it after", async () => {
        await insertRow("aud_test_young", "14 years 11 months")
        await insertRow("aud_test_old", "15 years 1 day")
        await expect(dbConnection.raw(`DELETE FROM audit_log WHERE id = 'aud_test_young'`)).rejects.toThrow(
          /within the 15-year retention period/
        )
        await dbConnection.raw(`DELETE FROM audit_log WHERE id = 'aud_test_old'`)
        const { rows } = await dbConnection.raw(
          `SELECT id FROM audit_log WHERE id IN ('aud_test_young', 'aud_test_old')`
        )
        expect(rows.map((row: { id: string }) => row.id)).toEqual(["aud_test_young"])
      })

      it("keeps a row whose business timestamp is old but which was written recently", async () => {
        await dbConnection.raw(
          `INSERT INTO audit_log (id, actor_id, actor_type, action, record_type, record_id, occurred_at)
           VALUES ('aud_test_backdated', 'u', 'user', 'test.inserted', 'test', 't_1', now() - interval '20 years')`
        )
        await expect(dbConnection.raw(`DELETE FROM audit_log WHERE id = 'aud_test_backdated'`)).rejects.toThrow(
          /retention/
        )
      })

      it("has the generated update and delete methods switched off", async () => {
        const audit = getContainer().resolve("procurement_audit")
        await expect(audit.updateAuditLogs({ id: "aud_x", action: "y" })).rejects.toThrow(/append-only/)
        await expect(audit.softDeleteAuditLogs(["aud_x"])).rejects.toThrow(/append-only/)
        await expect(audit.deleteAuditLogs(["aud_x"])).rejects.toThrow(/append-only/)
      })
    })
  },
})
