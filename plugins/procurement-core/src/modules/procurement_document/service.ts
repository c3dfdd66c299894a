import { createHash } from "node:crypto"
import { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { checkDocumentContent } from "../../domain/document-content-type"
import { sanitizeDocumentFilename } from "../../domain/document-filename"
import { DOCUMENT_KINDS, isDocumentKind, type DocumentKind } from "../../domain/document-kinds"
import { documentMaxBytes } from "../../domain/document-max-bytes"
import { withMedusaErrorsSync } from "../../utils/medusa-error-from-domain"
import { appendAuditEntry, type AuditActor } from "../procurement_audit/append-audit-entry"
import Document from "./models/document"

export const DOCUMENT_TITLE_MAX_LENGTH = 200

export type DocumentDTO = {
  id: string
  owner_organization_id: string
  kind: DocumentKind
  title: string | null
  filename: string
  content_type: string
  size_bytes: number
  sha256: string
  uploaded_by_actor_type: string
  uploaded_by_actor_id: string
  related_type: string | null
  related_id: string | null
  created_at: Date
  updated_at: Date
}

export type StoreDocumentInput = {
  owner_organization_id: string
  kind: string
  title?: string | null
  /** The client's file name; sanitised before it is stored. */
  filename?: string | null
  content: Uint8Array
  /** The client's Content-Type for the part; checked against the bytes, never trusted alone. */
  declared_content_type?: string | null
  related_type?: string | null
  related_id?: string | null
}

/** The state whose digest goes into the audit log (the bytes are represented by their SHA-256). */
export function documentAuditState(document: DocumentDTO) {
  return {
    id: document.id,
    owner_organization_id: document.owner_organization_id,
    kind: document.kind,
    title: document.title ?? null,
    filename: document.filename,
    content_type: document.content_type,
    size_bytes: document.size_bytes,
    sha256: document.sha256,
    uploaded_by_actor_type: document.uploaded_by_actor_type,
    uploaded_by_actor_id: document.uploaded_by_actor_id,
    related_type: document.related_type ?? null,
    related_id: document.related_id ?? null,
  }
}

/**
 * Private documents (ADR 0005). The bytes live in PostgreSQL (`document_content`, bytea) so that
 * every API instance sees them, written in ONE transaction with the metadata row and the audit
 * entry; nothing is ever written under `static/`. Reading the bytes is audited too. Who may
 * read is decided by the caller (`domain/document-read-access.ts` for organization-level rights)
 * BEFORE `readDocumentContent` is called. Documents are immutable: the generated update /
 * delete methods are switched off.
 */
export default class ProcurementDocumentService extends MedusaService({ Document }) {
  /** Largest accepted document, from GOVMALL_DOCUMENT_MAX_BYTES (a bad value stops the boot). */
  readonly maxBytes: number

  constructor(...args: any[]) {
    super(...args)
    this.maxBytes = withMedusaErrorsSync(() => documentMaxBytes(process.env))
  }

  /**
   * Checks and stores one document for an organization: kind, bytes (magic numbers, size),
   * sanitised file name, SHA-256; metadata row, bytes and the `document.stored` audit entry in
   * one transaction. INVALID_DATA naming the field (`kind`, `file`, `title`) otherwise, and then
   * nothing is written.
   */
  @InjectTransactionManager()
  async storeDocument(
    input: StoreDocumentInput,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<DocumentDTO> {
    if (!isDocumentKind(input.kind)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `kind: must be one of ${DOCUMENT_KINDS.join(", ")}, got ${JSON.stringify(input.kind)}`
      )
    }
    if (!input.owner_organization_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "owner_organization_id: required")
    }
    const title = input.title?.trim() || null
    if (title && Array.from(title).length > DOCUMENT_TITLE_MAX_LENGTH) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `title: at most ${DOCUMENT_TITLE_MAX_LENGTH} characters`)
    }
    if (!(input.content instanceof Uint8Array)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "file: the document's bytes are required")
    }
    const checked = checkDocumentContent({
      bytes: input.content,
      declaredType: input.declared_content_type,
      maxBytes: this.maxBytes,
    })
    if (!checked.ok) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, checked.problem.message)
    }
    const { content_type, size_bytes } = checked.value
    const content = Buffer.from(input.content.buffer, input.content.byteOffset, input.content.byteLength)
    const created = (await this.createDocuments(
      {
        owner_organization_id: input.owner_organization_id,
        kind: input.kind,
        title,
        filename: sanitizeDocumentFilename(input.filename, content_type),
        content_type,
        size_bytes,
        sha256: createHash("sha256").update(content).digest("hex"),
        uploaded_by_actor_type: actor.actor_type,
        uploaded_by_actor_id: actor.actor_id,
        related_type: input.related_type ?? null,
        related_id: input.related_id ?? null,
      },
      sharedContext
    )) as unknown as DocumentDTO
    const manager = sharedContext.transactionManager!
    await manager.flush()
    await manager.execute(`INSERT INTO "document_content" ("document_id", "content") VALUES (?, ?)`, [created.id, content])
    // Re-read: the created entity lacks the database defaults (created_at).
    const stored = (await this.retrieveDocument(created.id, {}, sharedContext)) as unknown as DocumentDTO
    await appendAuditEntry(manager, {
      ...actor,
      action: "document.stored",
      record_type: "document",
      record_id: stored.id,
      after: documentAuditState(stored),
      metadata: { owner_organization_id: stored.owner_organization_id, kind: stored.kind },
    })
    return stored
  }

  /**
   * The document and its bytes, auditing `document.read` (who read which document, in the same
   * transaction as the read). The caller has already decided that `reader` may read it.
   * NOT_FOUND when there is no such document.
   */
  @InjectTransactionManager()
  async readDocumentContent(
    id: string,
    reader: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ document: DocumentDTO; content: Buffer }> {
    const document = (await this.retrieveDocument(id, {}, sharedContext)) as unknown as DocumentDTO
    const manager = sharedContext.transactionManager!
    const rows = (await manager.execute(`SELECT "content" FROM "document_content" WHERE "document_id" = ?`, [id])) as {
      content: Buffer
    }[]
    if (!rows.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `document ${id} has no content`)
    }
    await appendAuditEntry(manager, {
      ...reader,
      action: "document.read",
      record_type: "document",
      record_id: document.id,
      metadata: { owner_organization_id: document.owner_organization_id, sha256: document.sha256 },
    })
    return { document, content: rows[0].content }
  }

  /** An organization's documents, newest first (metadata only). */
  async listForOwner(
    ownerOrganizationId: string,
    filters: { kind?: string } = {},
    sharedContext: Context = {}
  ): Promise<DocumentDTO[]> {
    return (await this.listDocuments(
      { owner_organization_id: ownerOrganizationId, ...(filters.kind ? { kind: filters.kind } : {}) },
      { order: { created_at: "DESC", id: "DESC" } },
      sharedContext
    )) as unknown as DocumentDTO[]
  }

  // Documents are evidence: once stored they are never changed or removed through the service.
  // @ts-expect-error narrowing the generated signature on purpose: always throws
  async updateDocuments(): Promise<never> {
    throw immutable("update")
  }
  // @ts-expect-error see above
  async deleteDocuments(): Promise<never> {
    throw immutable("delete")
  }
  // @ts-expect-error see above
  async softDeleteDocuments(): Promise<never> {
    throw immutable("soft-delete")
  }
}

function immutable(verb: string) {
  return new MedusaError(MedusaError.Types.NOT_ALLOWED, `documents are immutable: cannot ${verb} a stored document`)
}
