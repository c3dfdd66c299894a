import { model } from "@medusajs/framework/utils"

/**
 * A private document's metadata (资质文件, 合同, 验收报告 …). The bytes are in the table
 * `document_content` (bytea, one row per document, written in the same transaction; ADR 0005):
 * DML has no binary type, and listings never load the bytes. Never served from a public path:
 * only routes that check the reader's right stream it. Immutable once stored.
 */
const Document = model
  .define("document", {
    id: model.id({ prefix: "doc" }).primaryKey(),
    /** The organization the document belongs to (loose reference: modules stay isolated). */
    owner_organization_id: model.text(),
    /** `domain/document-kinds.ts`; checked by the service, not a DB enum, so capabilities can add kinds. */
    kind: model.text(),
    title: model.text().nullable(),
    /** Sanitised original name (`domain/document-filename.ts`), used for Content-Disposition. */
    filename: model.text(),
    /** Detected from the bytes (`domain/document-content-type.ts`), not the client's header. */
    content_type: model.text(),
    size_bytes: model.number(),
    /** SHA-256 (hex) of the bytes. */
    sha256: model.text(),
    uploaded_by_actor_type: model.text(),
    uploaded_by_actor_id: model.text(),
    /** What the document is attached to in a later capability (e.g. "contract", "ctr_…"). */
    related_type: model.text().nullable(),
    related_id: model.text().nullable(),
  })
  .indexes([
    { on: ["owner_organization_id", "kind"] },
    { on: ["related_type", "related_id"] },
    { on: ["sha256"] },
  ])

export default Document
