import { describe, expect, it } from "vitest"
import { digestOf } from "../../domain/canonical-json"
import { appendAuditEntries, appendAuditEntry, prepareAuditEntry } from "./append-audit-entry"

const base = {
  actor_id: "user_1",
  actor_type: "user",
  action: "announcement.published",
  record_type: "announcement",
  record_id: "ann_1",
  occurred_at: new Date("2026-10-08T02:00:00Z"),
}

function fakeManager(inTransaction = true) {
  const calls: Array<{ sql: string; params: unknown[] }> = []
  return {
    calls,
    isInTransaction: () => inTransaction,
    execute: async (sql: string, params: unknown[] = []) => {
      calls.push({ sql, params })
      return []
    },
  }
}

describe("prepareAuditEntry", () => {
  it("digests the before and after states with canonical JSON + SHA-256", () => {
    const entry = prepareAuditEntry({ ...base, before: { status: "draft", id: "ann_1" }, after: { id: "ann_1", status: "published" } })
    expect(entry.id).toMatch(/^aud_/)
    expect(entry.before_digest).toBe(digestOf({ id: "ann_1", status: "draft" }))
    expect(entry.after_digest).toBe(digestOf({ status: "published", id: "ann_1" }))
    expect(entry).toMatchObject({ organization_id: null, ip: null, metadata: null })
  })

  it("leaves digests null when no state is given (creation / removal)", () => {
    const entry = prepareAuditEntry({ ...base, before: undefined })
    expect(entry.before_digest).toBeNull()
    expect(entry.after_digest).toBeNull()
  })

  it.each([
    [{ actor_id: "" }, "actor_id must be a non-empty string"],
    [{ actor_type: undefined }, "actor_type must be a non-empty string"],
    [{ action: "  " }, "action must be a non-empty string"],
    [{ record_id: 42 }, "record_id must be a non-empty string"],
    [{ before_digest: "abc" }, "before_digest must be 64 lower-case hex characters"],
    [{ occurred_at: new Date("nope") }, "occurred_at must be a valid Date"],
  ])("rejects %j", (patch, message) => {
    expect(() => prepareAuditEntry({ ...base, ...(patch as object) } as never)).toThrow(message)
  })
})

describe("appendAuditEntry", () => {
  it("inserts through the given manager with bound parameters", async () => {
    const manager = fakeManager()
    const entry = await appendAuditEntry(manager, { ...base, ip: "10.0.0.1", metadata: { reason: "typo" } })
    expect(manager.calls).toHaveLength(1)
    expect(manager.calls[0].sql).toContain(`INSERT INTO "audit_log"`)
    expect(manager.calls[0].params).toEqual([
      entry.id,
      "user_1",
      "user",
      null,
      "announcement.published",
      "announcement",
      "ann_1",
      null,
      null,
      "10.0.0.1",
      base.occurred_at,
      '{"reason":"typo"}',
    ])
  })

  it("refuses a manager outside a transaction, and a missing one", async () => {
    await expect(appendAuditEntry(fakeManager(false), base)).rejects.toThrow(/inside the caller's transaction/)
    await expect(appendAuditEntry(undefined as never, base)).rejects.toThrow(/transaction manager/)
  })
})

describe("appendAuditEntries", () => {
  it("writes every entry in ONE statement, prepared as appendAuditEntry prepares one", async () => {
    const manager = fakeManager()
    const entries = await appendAuditEntries(manager, [
      { ...base, after: { id: "ann_1", status: "draft" } },
      { ...base, action: "announcement.withdrawn", before: { id: "ann_1" }, metadata: { reason: "typo" }, ip: "10.0.0.1" },
    ])
    expect(manager.calls).toHaveLength(1)
    expect(manager.calls[0].sql).toMatch(/INSERT INTO "audit_log"[\s\S]*jsonb_array_elements/)
    const written = JSON.parse(manager.calls[0].params[0] as string)
    expect(written).toEqual(JSON.parse(JSON.stringify(entries)))
    const { id: _a, ...first } = entries[0]
    const { id: _b, ...single } = prepareAuditEntry({ ...base, after: { id: "ann_1", status: "draft" } })
    expect(first).toEqual(single)
    expect(entries[1]).toMatchObject({
      before_digest: digestOf({ id: "ann_1" }),
      after_digest: null,
      metadata: { reason: "typo" },
      ip: "10.0.0.1",
    })
    expect(new Set(entries.map((e) => e.id)).size).toBe(2)
  })

  it("writes nothing for no entries, or when any entry is invalid", async () => {
    const manager = fakeManager()
    expect(await appendAuditEntries(manager, [])).toEqual([])
    await expect(appendAuditEntries(manager, [base, { ...base, record_id: "" }])).rejects.toThrow(/record_id/)
    expect(manager.calls).toHaveLength(0)
  })

  it("refuses a manager outside a transaction", async () => {
    await expect(appendAuditEntries(fakeManager(false), [base])).rejects.toThrow(/inside the caller's transaction/)
  })
})
