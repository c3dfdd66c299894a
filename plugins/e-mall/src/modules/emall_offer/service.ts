import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import {
  appendAuditEntries,
  appendAuditEntry,
  type AuditActor,
  type AuditEntryInput,
} from "@govmall/procurement-core/modules/procurement_audit"
import { procurementClock } from "@govmall/procurement-core/modules/procurement_clock"
import { withMedusaErrorsSync } from "@govmall/procurement-core/utils/medusa-error-from-domain"
import { lockRowForUpdate } from "@govmall/procurement-core/utils/lock-row-for-update"
import {
  checkCertificates,
  describeCertificateProblems,
  type CertificateKind,
} from "../../domain/certificate-validity"
import { checkOfferPrice } from "../../domain/check-offer-price"
import { assertOfferTransition, type DelistReason, type OfferStatus } from "../../domain/offer-lifecycle"
import {
  checkEvidenceText,
  checkEvidenceUrl,
  checkDecisionReason,
  checkObservedPrice,
  checkTargetPrice,
} from "../../domain/check-price-report-input"
import {
  assertNoIncreaseWhileUpheld,
  isPriceReportOverdue,
  offerActionOnExpiry,
  priceReportLowerBy,
  priceReportResolution,
  priceReportWorkingDays,
} from "../../domain/price-report-deadline"
import { assertPriceReportTransition, type PriceReportStatus } from "../../domain/price-report-lifecycle"
import type { WorkingDayCalendar } from "@govmall/procurement-core/domain/working-days"
import CatalogEntry from "./models/catalog-entry"
import EmallOrder from "./models/emall-order"
import { assertEmallOrderTransition, type EmallOrderStatus } from "../../domain/emall-order-lifecycle"
import Offer from "./models/offer"
import OfferCertificate from "./models/offer-certificate"
import OfferPriceChange from "./models/offer-price-change"
import PriceReport from "./models/price-report"
import ReferencePrice from "./models/reference-price"
import { offerStatesThroughApproval } from "./offer-states-through-approval"
import { requireNonNegativeInteger, validateCertificates, validateRegionCodes } from "./validate-offer-input"
import { retakeOfferStock, returnOfferStock, takeOfferStock, type OfferQuantities } from "./offer-stock"
import type {
  CatalogEntryInput,
  CreateOfferInput,
  CreatePriceReportInput,
  EmallOfferModuleOptions,
  OfferDTO,
  OfferPriceChangeResult,
  PriceReportDTO,
  RecordReferencePriceInput,
  ReferencePriceDTO,
  UpdateOfferInput,
} from "./types"
import { newOfferPriceChange } from "./new-offer-price-change"

const OFFER_AUDIT_FIELDS = [
  "id",
  "product_id",
  "supplier_org_id",
  "price_fen",
  "stock",
  "delivery_region_codes",
  "lead_time_days",
  "warranty_months",
  "status",
  "status_reason",
  "delist_reason",
  "submitted_at",
  "approved_at",
  "rejected_at",
  "delisted_at",
  "reviewed_by",
] as const

/** The state whose digest goes into the audit log. */
export function offerAuditState(offer: OfferDTO) {
  const state: Record<string, unknown> = {}
  for (const field of OFFER_AUDIT_FIELDS) {
    state[field] = (offer as Record<string, unknown>)[field] ?? null
  }
  state.certificates = (offer.certificates ?? [])
    .map((c) => ({ kind: c.kind, number: c.number, issuer: c.issuer, expires_on: c.expires_on }))
    .sort((a, b) => `${a.kind}${a.number}`.localeCompare(`${b.kind}${b.number}`))
  return state
}

const PRICE_REPORT_AUDIT_FIELDS = [
  "id",
  "offer_id",
  "status",
  "reporter_org_id",
  "supplier_org_id",
  "reported_price_fen",
  "observed_price_fen",
  "evidence_text",
  "evidence_url",
  "decided_at",
  "decided_by",
  "decision_reason",
  "target_price_fen",
  "lower_by",
  "resolved_at",
  "resolved_price_fen",
  "expired_at",
] as const

export function priceReportAuditState(report: PriceReportDTO) {
  const state: Record<string, unknown> = {}
  for (const field of PRICE_REPORT_AUDIT_FIELDS) {
    state[field] = (report as Record<string, unknown>)[field] ?? null
  }
  return state
}

/** Runs pure domain code, turning its errors into MedusaErrors of the matching type. */
const guard = withMedusaErrorsSync

/** The checks of a new offer's fields (price under the reference price, regions, certificates …). */
function checkNewOffer(data: CreateOfferInput, reference: number | null) {
  const price = guard(() =>
    checkOfferPrice({ price_fen: data.price_fen, reference_price_fen: reference, product: data.product_id })
  )
  const certificates = validateCertificates(data.certificates)
  const codes = validateRegionCodes(data.delivery_region_codes)
  return {
    product_id: data.product_id,
    supplier_org_id: data.supplier_org_id,
    price_fen: price.price_fen,
    stock: requireNonNegativeInteger(data.stock ?? 0, "stock"),
    delivery_region_codes: codes,
    lead_time_days: requireNonNegativeInteger(data.lead_time_days, "lead_time_days"),
    warranty_months: requireNonNegativeInteger(data.warranty_months ?? 0, "warranty_months"),
    metadata: data.metadata ?? null,
    certificates,
  }
}

function alreadyListed(data: { product_id: string; supplier_org_id: string }, offerId: string): MedusaError {
  return new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `supplier ${data.supplier_org_id} already lists product ${data.product_id} (offer ${offerId}); change that offer instead`
  )
}

/** Required certificates must be valid at `at` for an offer to go to review or be approved. */
function assertCertificatesFor(
  offerId: string,
  to: OfferStatus,
  required: readonly CertificateKind[],
  certificates: ReadonlyArray<{ kind: string; expires_on: string }>,
  at: Date
): void {
  if (!required.length) {
    return
  }
  const check = guard(() => checkCertificates(required, certificates, at))
  if (!check.ok) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `offer ${offerId} cannot go to "${to}": certificates: ${describeCertificateProblems(check)}`
    )
  }
}

/**
 * Offers, their certificates and price history, reference prices, price reports and the
 * catalog search entries. Every change to an offer or a reference price runs in ONE
 * transaction with its audit entry (`appendAuditEntry`), after locking the row.
 */
export default class EmallOfferService extends MedusaService({
  Offer,
  OfferCertificate,
  OfferPriceChange,
  ReferencePrice,
  PriceReport,
  CatalogEntry,
  EmallOrder,
}) {
  /** Working days a supplier has to lower the price of an upheld report (plugin option). */
  readonly priceReportWorkingDays: number

  constructor(container: Record<string, unknown>, options: EmallOfferModuleOptions = {}) {
    // @ts-ignore MedusaService's constructor takes the loader's arguments as they come
    super(...arguments)
    this.priceReportWorkingDays = withMedusaErrorsSync(() => priceReportWorkingDays(options?.priceReportWorkingDays))
  }

  /**
   * Creates an offer (draft, or pending_review with `submit`), its certificates and the first
   * price-history row; refuses a price above the product's reference price. The caller (the
   * workflow) has checked that the product exists and passes the certificate kinds its
   * categories require. Audits `offer.created` (and `offer.submitted`).
   */
  @InjectTransactionManager()
  async createOffer(
    data: CreateOfferInput,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<OfferDTO> {
    const manager = sharedContext.transactionManager!
    const reference = await this.referencePriceFen(data.product_id, sharedContext)
    const { certificates, ...row } = checkNewOffer(data, reference)

    const [existing] = (await manager.execute(
      `SELECT "id" FROM "offer" WHERE "product_id" = ? AND "supplier_org_id" = ? AND "deleted_at" IS NULL`,
      [data.product_id, data.supplier_org_id]
    )) as Array<{ id: string }>
    if (existing) {
      throw alreadyListed(data, existing.id)
    }

    const at = procurementClock.now()
    const created = (await this.createOffers(
      { ...row, status: "draft", created_by: actor.actor_id },
      sharedContext
    )) as unknown as OfferDTO
    if (certificates.length) {
      await this.createOfferCertificates(
        certificates.map((c) => ({ ...c, offer_id: created.id })),
        sharedContext
      )
    }
    await this.createOfferPriceChanges(newOfferPriceChange(created.id, row.price_fen, actor.actor_id, at), sharedContext)
    await manager.flush()
    const draft = await this.retrieveOfferWithCertificates(created.id, sharedContext)
    await appendAuditEntry(manager, {
      ...actor,
      action: "offer.created",
      record_type: "offer",
      record_id: created.id,
      after: offerAuditState(draft),
      occurred_at: at,
    })
    if (!data.submit) {
      return draft
    }
    return await this.transition(draft, "pending_review", actor, at, { submitted_at: at }, "offer.submitted", {}, sharedContext, {
      requiredCertificateKinds: data.required_certificate_kinds ?? [],
    })
  }

  /**
   * Creates many offers straight to approved in ONE transaction (bulk imports: the demo seed),
   * under the rules of `createOffer` + `approveOffer` — reference price cap, fields, region
   * codes, certificates valid now, one listing per product and supplier — with the same price
   * history row and the same audit entries (`offer.created`, `offer.submitted` by the
   * supplier, `offer.approved` by the reviewer), written with bulk INSERTs. Any invalid offer
   * rolls the whole batch back. Returns the approved offers in input order.
   */
  @InjectTransactionManager()
  async importApprovedOffers(
    items: Array<{ offer: CreateOfferInput; actor: AuditActor }>,
    reviewer: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<OfferDTO[]> {
    if (!items.length) {
      return []
    }
    const manager = sharedContext.transactionManager!
    const productIds = [...new Set(items.map((i) => i.offer.product_id))]
    const references = new Map(
      ((await manager.execute(
        `SELECT "product_id", "price_fen" FROM "reference_price"
         WHERE "deleted_at" IS NULL AND "product_id" IN (SELECT jsonb_array_elements_text(?::jsonb))`,
        [JSON.stringify(productIds)]
      )) as Array<{ product_id: string; price_fen: number }>).map((r) => [r.product_id, Number(r.price_fen)])
    )
    const listed = new Map(
      ((await manager.execute(
        `SELECT o."id", o."product_id", o."supplier_org_id" FROM "offer" o
         JOIN jsonb_to_recordset(?::jsonb) AS k("product_id" text, "supplier_org_id" text)
           ON k."product_id" = o."product_id" AND k."supplier_org_id" = o."supplier_org_id"
         WHERE o."deleted_at" IS NULL`,
        [JSON.stringify(items.map((i) => ({ product_id: i.offer.product_id, supplier_org_id: i.offer.supplier_org_id })))]
      )) as Array<{ id: string; product_id: string; supplier_org_id: string }>).map((o) => [`${o.product_id}:${o.supplier_org_id}`, o.id])
    )

    const at = procurementClock.now()
    const checked = items.map(({ offer, actor }, index) => {
      const { certificates, ...row } = checkNewOffer(offer, references.get(offer.product_id) ?? null)
      const key = `${offer.product_id}:${offer.supplier_org_id}`
      if (listed.has(key)) {
        throw alreadyListed(offer, listed.get(key)!)
      }
      listed.set(key, `#${index} of this import`)
      const label = `#${index} (product ${offer.product_id})`
      guard(() => assertOfferTransition("draft", "pending_review", label))
      guard(() => assertOfferTransition("pending_review", "approved", label))
      assertCertificatesFor(label, "approved", offer.required_certificate_kinds ?? [], certificates, at)
      return { row, certificates, actor }
    })

    const created = (await this.createOffers(
      checked.map(({ row, actor }) => ({
        ...row,
        status: "approved" as const,
        submitted_at: at,
        approved_at: at,
        reviewed_by: reviewer.actor_id,
        created_by: actor.actor_id,
      })),
      sharedContext
    )) as unknown as OfferDTO[]
    const certificateRows = checked.flatMap(({ certificates }, i) =>
      certificates.map((c) => ({ ...c, offer_id: created[i].id }))
    )
    if (certificateRows.length) {
      await this.createOfferCertificates(certificateRows, sharedContext)
    }
    await this.createOfferPriceChanges(
      checked.map(({ row, actor }, i) => newOfferPriceChange(created[i].id, row.price_fen, actor.actor_id, at)),
      sharedContext
    )
    await manager.flush()

    const ids = created.map((o) => o.id)
    const rows = (await this.listOffers({ id: ids }, { take: null }, sharedContext)) as unknown as OfferDTO[]
    const certificatesByOffer = new Map<string, OfferDTO["certificates"]>()
    for (const c of (await manager.execute(
      `SELECT "id", "offer_id", "kind", "number", "issuer", "expires_on" FROM "offer_certificate"
       WHERE "offer_id" IN (SELECT jsonb_array_elements_text(?::jsonb)) AND "deleted_at" IS NULL ORDER BY "kind", "number"`,
      [JSON.stringify(ids)]
    )) as NonNullable<OfferDTO["certificates"]>) {
      certificatesByOffer.set(c.offer_id, [...(certificatesByOffer.get(c.offer_id) ?? []), c])
    }
    const byId = new Map(rows.map((o) => [o.id, { ...o, certificates: certificatesByOffer.get(o.id) ?? [] }]))
    const approved = ids.map((id) => byId.get(id)!)

    const entries: AuditEntryInput[] = approved.flatMap((offer, i) => {
      const states = offerStatesThroughApproval(offer)
      const supplier = checked[i].actor
      const entry = { record_type: "offer", record_id: offer.id, occurred_at: at, metadata: null }
      return [
        { ...supplier, ...entry, action: "offer.created", after: offerAuditState(states.draft) },
        {
          ...supplier,
          ...entry,
          action: "offer.submitted",
          before: offerAuditState(states.draft),
          after: offerAuditState(states.submitted),
        },
        {
          ...reviewer,
          ...entry,
          action: "offer.approved",
          before: offerAuditState(states.submitted),
          after: offerAuditState(states.approved),
        },
      ]
    })
    await appendAuditEntries(manager, entries)
    return approved
  }

  /** draft / rejected / delisted → pending_review; required certificates must be valid now. */
  @InjectTransactionManager()
  async submitOffer(
    id: string,
    requiredCertificateKinds: CertificateKind[],
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<OfferDTO> {
    const before = await this.lockAndRetrieve(id, sharedContext)
    const at = procurementClock.now()
    return await this.transition(before, "pending_review", actor, at, { submitted_at: at, status_reason: null }, "offer.submitted", {}, sharedContext, {
      requiredCertificateKinds,
    })
  }

  /**
   * pending_review → approved. Re-checks the price against the reference price as it is now,
   * and the required certificates at the business clock's now.
   */
  @InjectTransactionManager()
  async approveOffer(
    id: string,
    requiredCertificateKinds: CertificateKind[],
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<OfferDTO> {
    const before = await this.lockAndRetrieve(id, sharedContext)
    const reference = await this.referencePriceFen(before.product_id, sharedContext)
    guard(() => assertOfferTransition(before.status, "approved", id))
    guard(() => checkOfferPrice({ price_fen: before.price_fen, reference_price_fen: reference, product: before.product_id }))
    const at = procurementClock.now()
    return await this.transition(
      before,
      "approved",
      actor,
      at,
      { approved_at: at, reviewed_by: actor.actor_id, status_reason: null, delist_reason: null },
      "offer.approved",
      {},
      sharedContext,
      { requiredCertificateKinds }
    )
  }

  /** pending_review → rejected with a reason shown to the supplier. */
  @InjectTransactionManager()
  async rejectOffer(
    id: string,
    reason: string,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<OfferDTO> {
    const trimmed = typeof reason === "string" ? reason.trim() : ""
    if (!trimmed) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `reason is required to reject offer ${id}`)
    }
    const before = await this.lockAndRetrieve(id, sharedContext)
    const at = procurementClock.now()
    return await this.transition(
      before,
      "rejected",
      actor,
      at,
      { rejected_at: at, reviewed_by: actor.actor_id, status_reason: trimmed },
      "offer.rejected",
      { reason: trimmed },
      sharedContext
    )
  }

  /** approved → delisted (certificate expired, over-price not lowered, supplier withdrew). */
  @InjectTransactionManager()
  async delistOffer(
    id: string,
    reason: DelistReason,
    note: string | null,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<OfferDTO> {
    const before = await this.lockAndRetrieve(id, sharedContext)
    const at = procurementClock.now()
    return await this.transition(
      before,
      "delisted",
      actor,
      at,
      { delisted_at: at, delist_reason: reason, status_reason: note ?? reason },
      "offer.delisted",
      { reason, note },
      sharedContext
    )
  }

  /**
   * Sets a new price (history row + audit `offer.price_changed`). Above the reference price is
   * refused. An increase on an approved offer sends it back to review (approved →
   * pending_review, hidden until approved); a decrease takes effect at once. While a price
   * report of the offer is upheld an increase is refused, and a price at or below its target
   * (by its deadline) resolves it here (`price_report.resolved`), in the same transaction.
   */
  @InjectTransactionManager()
  async changeOfferPrice(
    id: string,
    newPriceFen: unknown,
    reason: string | null,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<OfferPriceChangeResult> {
    const manager = sharedContext.transactionManager!
    const before = await this.lockAndRetrieve(id, sharedContext)
    const reference = await this.referencePriceFen(before.product_id, sharedContext)
    const check = guard(() =>
      checkOfferPrice({
        price_fen: newPriceFen,
        reference_price_fen: reference,
        current_price_fen: before.price_fen,
        field: "price_fen",
        product: before.product_id,
      })
    )
    if (check.change === "unchanged") {
      return { ...before, resolved_price_reports: [] }
    }
    const upheld = await this.lockUpheldPriceReports(id, sharedContext)
    guard(() => assertNoIncreaseWhileUpheld(check.change, upheld.map((r) => r.id), id))
    const at = procurementClock.now()
    await this.createOfferPriceChanges(
      {
        offer_id: id,
        old_price_fen: before.price_fen,
        new_price_fen: check.price_fen,
        change: check.change,
        needs_review: check.needs_review,
        changed_at: at,
        changed_by: actor.actor_id,
        reason,
      },
      sharedContext
    )
    const backToReview = before.status === "approved" && check.needs_review
    if (backToReview) {
      guard(() => assertOfferTransition(before.status, "pending_review", id))
    }
    await this.updateOffers(
      {
        id,
        price_fen: check.price_fen,
        ...(backToReview ? { status: "pending_review", submitted_at: at, status_reason: "price increase" } : {}),
      },
      sharedContext
    )
    await manager.flush()
    const after = await this.retrieveOfferWithCertificates(id, sharedContext)
    await appendAuditEntry(manager, {
      ...actor,
      action: "offer.price_changed",
      record_type: "offer",
      record_id: id,
      before: offerAuditState(before),
      after: offerAuditState(after),
      occurred_at: at,
      metadata: { old_price_fen: before.price_fen, new_price_fen: check.price_fen, change: check.change, reason },
    })
    // Lowering to the target in time settles the agency's upheld reports, in this transaction.
    const resolved: PriceReportDTO[] = []
    for (const report of upheld) {
      if (priceReportResolution(report, check.price_fen, at) === "resolved") {
        resolved.push(
          await this.transitionPriceReport(
            report,
            "resolved",
            { resolved_at: at, resolved_price_fen: check.price_fen },
            actor,
            at,
            { new_price_fen: check.price_fen },
            sharedContext
          )
        )
      }
    }
    return { ...after, resolved_price_reports: resolved }
  }

  /** Stock, delivery regions, lead time, warranty: no review needed; audited `offer.updated`. */
  @InjectTransactionManager()
  async updateOfferTerms(
    id: string,
    data: UpdateOfferInput,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<OfferDTO> {
    const manager = sharedContext.transactionManager!
    const before = await this.lockAndRetrieve(id, sharedContext)
    const changes: Record<string, unknown> = {}
    if (data.stock !== undefined) changes.stock = requireNonNegativeInteger(data.stock, "stock")
    if (data.lead_time_days !== undefined) changes.lead_time_days = requireNonNegativeInteger(data.lead_time_days, "lead_time_days")
    if (data.warranty_months !== undefined) changes.warranty_months = requireNonNegativeInteger(data.warranty_months, "warranty_months")
    if (data.delivery_region_codes !== undefined) changes.delivery_region_codes = validateRegionCodes(data.delivery_region_codes)
    if (!Object.keys(changes).length) {
      return before
    }
    await this.updateOffers({ id, ...changes }, sharedContext)
    await manager.flush()
    const after = await this.retrieveOfferWithCertificates(id, sharedContext)
    await appendAuditEntry(manager, {
      ...actor,
      action: "offer.updated",
      record_type: "offer",
      record_id: id,
      before: offerAuditState(before),
      after: offerAuditState(after),
    })
    return after
  }

  /** Records (or replaces) a product's reference price; audits `reference_price.recorded`. */
  @InjectTransactionManager()
  async recordReferencePrice(
    data: RecordReferencePriceInput,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<ReferencePriceDTO> {
    const manager = sharedContext.transactionManager!
    guard(() => checkOfferPrice({ price_fen: data.price_fen, reference_price_fen: null }))
    const source = typeof data.source === "string" ? data.source.trim() : ""
    if (!source) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "source is required for a reference price")
    }
    const at = procurementClock.now()
    const [existing] = (await manager.execute(
      `SELECT "id", "price_fen", "source" FROM "reference_price" WHERE "product_id" = ? AND "deleted_at" IS NULL FOR UPDATE`,
      [data.product_id]
    )) as Array<{ id: string; price_fen: number; source: string }>
    const fields = {
      price_fen: data.price_fen,
      source,
      note: data.note ?? null,
      recorded_by: actor.actor_id,
      recorded_at: at,
    }
    const saved = (existing
      ? await this.updateReferencePrices({ id: existing.id, ...fields }, sharedContext)
      : await this.createReferencePrices({ product_id: data.product_id, ...fields }, sharedContext)) as unknown as ReferencePriceDTO
    await manager.flush()
    await appendAuditEntry(manager, {
      ...actor,
      action: "reference_price.recorded",
      record_type: "reference_price",
      record_id: saved.id,
      before: existing ? { product_id: data.product_id, price_fen: existing.price_fen, source: existing.source } : undefined,
      after: { product_id: data.product_id, price_fen: data.price_fen, source },
      occurred_at: at,
    })
    return saved
  }

  /** Removes an offer a failed create workflow left behind (compensation); audits `offer.discarded`. */
  @InjectTransactionManager()
  async discardOffer(
    id: string,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    const manager = sharedContext.transactionManager!
    const before = await this.lockAndRetrieve(id, sharedContext)
    await manager.execute(`DELETE FROM "offer_certificate" WHERE "offer_id" = ?`, [id])
    await manager.execute(`DELETE FROM "offer_price_change" WHERE "offer_id" = ?`, [id])
    await manager.execute(`DELETE FROM "offer" WHERE "id" = ?`, [id])
    await appendAuditEntry(manager, {
      ...actor,
      action: "offer.discarded",
      record_type: "offer",
      record_id: id,
      before: offerAuditState(before),
    })
  }

  /** Inserts or replaces catalog entries (one statement), keyed by product_id. */
  @InjectTransactionManager()
  async upsertCatalogEntries(
    entries: CatalogEntryInput[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<number> {
    if (!entries.length) {
      return 0
    }
    // One parameter (jsonb) for the whole batch: MikroORM's execute would expand JS arrays
    // into value lists, so arrays travel inside the JSON document.
    await sharedContext.transactionManager!.execute(
      `INSERT INTO "catalog_entry"
         ("id", "product_id", "title", "handle", "thumbnail", "brand", "brand_key", "model_number",
          "category_ids", "category_handles", "product_status", "sales_channel_ids", "tokens", "search_text")
       SELECT 'catent_' || (e->>'product_id'), e->>'product_id', e->>'title', e->>'handle', e->>'thumbnail',
              e->>'brand', e->>'brand_key', e->>'model_number',
              ARRAY(SELECT jsonb_array_elements_text(e->'category_ids')),
              ARRAY(SELECT jsonb_array_elements_text(e->'category_handles')),
              e->>'product_status',
              ARRAY(SELECT jsonb_array_elements_text(e->'sales_channel_ids')),
              ARRAY(SELECT jsonb_array_elements_text(e->'tokens')),
              e->>'search_text'
       FROM jsonb_array_elements(?::jsonb) AS e
       ON CONFLICT ("product_id") WHERE "deleted_at" IS NULL DO UPDATE SET
         "title" = EXCLUDED."title", "handle" = EXCLUDED."handle", "thumbnail" = EXCLUDED."thumbnail",
         "brand" = EXCLUDED."brand", "brand_key" = EXCLUDED."brand_key", "model_number" = EXCLUDED."model_number",
         "category_ids" = EXCLUDED."category_ids", "category_handles" = EXCLUDED."category_handles",
         "product_status" = EXCLUDED."product_status", "sales_channel_ids" = EXCLUDED."sales_channel_ids",
         "tokens" = EXCLUDED."tokens",
         "search_text" = EXCLUDED."search_text", "updated_at" = now()`,
      [JSON.stringify(entries)]
    )
    return entries.length
  }

  /** Removes the entries of deleted products. */
  @InjectTransactionManager()
  async removeCatalogEntries(
    productIds: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    if (productIds.length) {
      await sharedContext.transactionManager!.execute(`DELETE FROM "catalog_entry" WHERE "product_id" IN (SELECT jsonb_array_elements_text(?::jsonb))`,
        [JSON.stringify(productIds)]
      )
    }
  }

  /** Approved offers on products in any of the category handles, with their certificates. */
  @InjectManager()
  async listApprovedOffersInCategories(
    categoryHandles: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<Array<{ id: string; category_handles: string[]; certificates: Array<{ kind: string; expires_on: string }> }>> {
    const manager = (sharedContext.transactionManager ?? sharedContext.manager)!
    return (await manager.execute(
      `SELECT o."id", e."category_handles",
              COALESCE(json_agg(json_build_object('kind', c."kind", 'expires_on', c."expires_on"))
                       FILTER (WHERE c."id" IS NOT NULL), '[]') AS "certificates"
       FROM "offer" o
       JOIN "catalog_entry" e ON e."product_id" = o."product_id" AND e."deleted_at" IS NULL
       LEFT JOIN "offer_certificate" c ON c."offer_id" = o."id" AND c."deleted_at" IS NULL
       WHERE o."status" = 'approved' AND o."deleted_at" IS NULL
         AND e."category_handles" && ARRAY(SELECT jsonb_array_elements_text(?::jsonb))
       GROUP BY o."id", e."category_handles"`,
      [JSON.stringify(categoryHandles)]
    )) as any
  }

  /** The product's reference price in fen, or null. */
  @InjectManager()
  async referencePriceFen(
    productId: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<number | null> {
    const manager = (sharedContext.transactionManager ?? sharedContext.manager)!
    const [row] = (await manager.execute(
      `SELECT "price_fen" FROM "reference_price" WHERE "product_id" = ? AND "deleted_at" IS NULL`,
      [productId]
    )) as Array<{ price_fen: number }>
    return row ? Number(row.price_fen) : null
  }

  /**
   * The offer and its certificates as stored now. Certificates are read with SQL: within one
   * transaction MikroORM's identity map would return the offer's collection as first loaded,
   * without certificates created since.
   */
  private async retrieveOfferWithCertificates(id: string, sharedContext: Context<EntityManager>): Promise<OfferDTO> {
    const offer = (await this.retrieveOffer(id, {}, sharedContext)) as unknown as OfferDTO
    const certificates = (await sharedContext.transactionManager!.execute(
      `SELECT "id", "offer_id", "kind", "number", "issuer", "expires_on" FROM "offer_certificate"
       WHERE "offer_id" = ? AND "deleted_at" IS NULL ORDER BY "kind", "number"`,
      [id]
    )) as OfferDTO["certificates"]
    return { ...offer, certificates }
  }

  private async lockAndRetrieve(id: string, sharedContext: Context<EntityManager>): Promise<OfferDTO> {
    await lockRowForUpdate(sharedContext.transactionManager!, { table: "offer", key: id, label: "offer" })
    return await this.retrieveOfferWithCertificates(id, sharedContext)
  }

  private async transition(
    before: OfferDTO,
    to: OfferStatus,
    actor: AuditActor,
    at: Date,
    changes: Record<string, unknown>,
    action: string,
    metadata: Record<string, unknown>,
    sharedContext: Context<EntityManager>,
    options: { requiredCertificateKinds?: CertificateKind[] } = {}
  ): Promise<OfferDTO> {
    const manager = sharedContext.transactionManager!
    guard(() => assertOfferTransition(before.status, to, before.id))
    assertCertificatesFor(before.id, to, options.requiredCertificateKinds ?? [], before.certificates ?? [], at)
    await this.updateOffers({ id: before.id, status: to, ...changes }, sharedContext)
    await manager.flush()
    const after = await this.retrieveOfferWithCertificates(before.id, sharedContext)
    await appendAuditEntry(manager, {
      ...actor,
      action,
      record_type: "offer",
      record_id: before.id,
      before: offerAuditState(before),
      after: offerAuditState(after),
      occurred_at: at,
      metadata: Object.keys(metadata).length ? metadata : null,
    })
    return after
  }

  /**
   * A purchaser's over-price report on an approved offer (audit `price_report.created`). One
   * open or upheld report per offer and purchasing unit; the observed price, if given, must be
   * below the offer's price. The offer row is locked so that two reports of one unit cannot
   * race past the duplicate check.
   */
  @InjectTransactionManager()
  async createPriceReport(
    data: CreatePriceReportInput,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<PriceReportDTO> {
    const manager = sharedContext.transactionManager!
    const evidenceText = guard(() => checkEvidenceText(data.evidence_text))
    const evidenceUrl = guard(() => checkEvidenceUrl(data.evidence_url))
    const offerId = typeof data.offer_id === "string" ? data.offer_id.trim() : ""
    const [exists] = offerId
      ? ((await manager.execute(`SELECT "id" FROM "offer" WHERE "id" = ? AND "deleted_at" IS NULL`, [offerId])) as Array<{ id: string }>)
      : []
    if (!exists) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `offer_id ${JSON.stringify(data.offer_id)} is not an e-mall offer`)
    }
    const offer = await this.lockAndRetrieve(offerId, sharedContext)
    if (offer.status !== "approved") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `offer_id ${offerId}: the offer is ${offer.status}; only listed (approved) offers can be reported`
      )
    }
    const observed = guard(() => checkObservedPrice(data.observed_price_fen, offer.price_fen))
    const [active] = (await manager.execute(
      `SELECT "id", "status" FROM "price_report"
       WHERE "offer_id" = ? AND "reporter_org_id" = ? AND "status" IN ('open', 'upheld') AND "deleted_at" IS NULL`,
      [offerId, data.reporter_org_id]
    )) as Array<{ id: string; status: string }>
    if (active) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `offer_id ${offerId}: purchasing unit ${data.reporter_org_id} already has price report ${active.id} (${active.status}) on this offer`
      )
    }
    const at = procurementClock.now()
    const created = (await this.createPriceReports(
      {
        offer_id: offerId,
        reporter_actor_type: actor.actor_type,
        reporter_actor_id: actor.actor_id,
        reporter_org_id: data.reporter_org_id,
        supplier_org_id: offer.supplier_org_id,
        reported_price_fen: offer.price_fen,
        evidence_text: evidenceText,
        evidence_url: evidenceUrl,
        observed_price_fen: observed,
        status: "open",
      },
      sharedContext
    )) as unknown as PriceReportDTO
    await manager.flush()
    const report = await this.retrievePriceReportRow(created.id, sharedContext)
    await appendAuditEntry(manager, {
      ...actor,
      action: "price_report.created",
      record_type: "price_report",
      record_id: report.id,
      after: priceReportAuditState(report),
      occurred_at: at,
    })
    return report
  }

  /**
   * open → upheld: the agency sets the target price (below the offer's current price) and the
   * deadline `lower_by` = end of the N-th working day after now (Shanghai; N = the plugin option
   * `priceReportWorkingDays`) on the given calendar. Audit `price_report.upheld`.
   */
  @InjectTransactionManager()
  async upholdPriceReport(
    id: string,
    decision: { reason: string; target_price_fen: number },
    calendar: Pick<WorkingDayCalendar, "workingDayDeadline">,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<PriceReportDTO> {
    const reason = guard(() => checkDecisionReason(decision.reason, `uphold price report ${id}`))
    const { report, offer } = await this.lockReportAndOffer(id, sharedContext)
    guard(() => assertPriceReportTransition(report.status, "upheld", id))
    const target = guard(() => checkTargetPrice(decision.target_price_fen, offer.price_fen))
    const at = procurementClock.now()
    const lowerBy = guard(() => priceReportLowerBy(at, this.priceReportWorkingDays, calendar))
    return await this.transitionPriceReport(
      report,
      "upheld",
      { decided_at: at, decided_by: actor.actor_id, decision_reason: reason, target_price_fen: target, lower_by: lowerBy },
      actor,
      at,
      { offer_price_fen: offer.price_fen, working_days: this.priceReportWorkingDays },
      sharedContext
    )
  }

  /** open → dismissed with a reason (audit `price_report.dismissed`). */
  @InjectTransactionManager()
  async dismissPriceReport(
    id: string,
    reasonInput: string,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<PriceReportDTO> {
    const reason = guard(() => checkDecisionReason(reasonInput, `dismiss price report ${id}`))
    const { report } = await this.lockReportAndOffer(id, sharedContext)
    guard(() => assertPriceReportTransition(report.status, "dismissed", id))
    const at = procurementClock.now()
    return await this.transitionPriceReport(
      report,
      "dismissed",
      { decided_at: at, decided_by: actor.actor_id, decision_reason: reason },
      actor,
      at,
      {},
      sharedContext
    )
  }

  /**
   * upheld → expired for a report whose `lower_by` has passed unresolved, and in the same
   * transaction the offer approved → delisted (over_price_not_lowered) when it is listed.
   * NOT_ALLOWED when the report is not overdue at the business clock's now.
   */
  @InjectTransactionManager()
  async expirePriceReport(
    id: string,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ report: PriceReportDTO; offer_delisted: boolean }> {
    const { report, offer } = await this.lockReportAndOffer(id, sharedContext)
    const at = procurementClock.now()
    if (!isPriceReportOverdue(report, at)) {
      guard(() => assertPriceReportTransition(report.status, "expired", id))
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `price report ${id} is not overdue: its deadline ${new Date(report.lower_by!).toISOString()} has not passed`
      )
    }
    const expired = await this.transitionPriceReport(report, "expired", { expired_at: at }, actor, at, { offer_status: offer.status }, sharedContext)
    const delist = offerActionOnExpiry(offer.status) === "delist"
    if (delist) {
      await this.delistOffer(
        offer.id,
        "over_price_not_lowered",
        `price not lowered to ${report.target_price_fen} fen by ${new Date(report.lower_by!).toISOString()} (price report ${id})`,
        actor,
        sharedContext
      )
    }
    return { report: expired, offer_delisted: delist }
  }

  /** Ids of upheld reports whose deadline is before `now`, oldest deadline first. */
  @InjectManager()
  async listOverduePriceReportIds(
    now: Date,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<string[]> {
    const manager = (sharedContext.transactionManager ?? sharedContext.manager)!
    const rows = (await manager.execute(
      `SELECT "id" FROM "price_report"
       WHERE "status" = 'upheld' AND "lower_by" < ? AND "deleted_at" IS NULL
       ORDER BY "lower_by", "id"`,
      [now]
    )) as Array<{ id: string }>
    return rows.map((r) => r.id)
  }

  /** Locks the report's offer, then the report (the order every writer of both uses). */
  private async lockReportAndOffer(
    id: string,
    sharedContext: Context<EntityManager>
  ): Promise<{ report: PriceReportDTO; offer: OfferDTO }> {
    const manager = sharedContext.transactionManager!
    const [row] = (await manager.execute(
      `SELECT "offer_id" FROM "price_report" WHERE "id" = ? AND "deleted_at" IS NULL`,
      [id]
    )) as Array<{ offer_id: string }>
    if (!row) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `price report ${id} was not found`)
    }
    const offer = await this.lockAndRetrieve(row.offer_id, sharedContext)
    await lockRowForUpdate(manager, { table: "price_report", key: id, label: "price report" })
    return { report: await this.retrievePriceReportRow(id, sharedContext), offer }
  }

  /** The offer's upheld reports, locked (the offer row is already locked by the caller). */
  private async lockUpheldPriceReports(offerId: string, sharedContext: Context<EntityManager>): Promise<PriceReportDTO[]> {
    const rows = (await sharedContext.transactionManager!.execute(
      `SELECT "id" FROM "price_report" WHERE "offer_id" = ? AND "status" = 'upheld' AND "deleted_at" IS NULL
       ORDER BY "id" FOR UPDATE`,
      [offerId]
    )) as Array<{ id: string }>
    const reports: PriceReportDTO[] = []
    for (const row of rows) {
      reports.push(await this.retrievePriceReportRow(row.id, sharedContext))
    }
    return reports
  }

  private async retrievePriceReportRow(id: string, sharedContext: Context<EntityManager>): Promise<PriceReportDTO> {
    return (await this.retrievePriceReport(id, {}, sharedContext)) as unknown as PriceReportDTO
  }

  private async transitionPriceReport(
    before: PriceReportDTO,
    to: PriceReportStatus,
    changes: Record<string, unknown>,
    actor: AuditActor,
    at: Date,
    metadata: Record<string, unknown>,
    sharedContext: Context<EntityManager>
  ): Promise<PriceReportDTO> {
    const manager = sharedContext.transactionManager!
    guard(() => assertPriceReportTransition(before.status, to, before.id))
    const beforeState = priceReportAuditState(before)
    await this.updatePriceReports({ id: before.id, status: to, ...changes }, sharedContext)
    await manager.flush()
    const after = await this.retrievePriceReportRow(before.id, sharedContext)
    await appendAuditEntry(manager, {
      ...actor,
      action: `price_report.${to}`,
      record_type: "price_report",
      record_id: before.id,
      before: beforeState,
      after: priceReportAuditState(after),
      occurred_at: at,
      metadata: { offer_id: before.offer_id, ...metadata },
    })
    return after
  }

  /**
   * Creates e-mall order rows and takes their `offer_quantities` out of the offers' stock in
   * ONE transaction (`offer-stock.ts`: conditional UPDATE, no oversell under concurrency).
   */
  @InjectTransactionManager()
  async placeEmallOrders(
    data: Record<string, any>[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<Record<string, any>[]> {
    for (const row of data) {
      await takeOfferStock(sharedContext.transactionManager!, row.offer_quantities ?? {})
    }
    return (await this.createEmallOrders(data, sharedContext)) as Record<string, any>[]
  }

  /** Compensation of `placeEmallOrders`: returns the stock and deletes the rows, one transaction. */
  @InjectTransactionManager()
  async discardEmallOrders(ids: string[], @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<void> {
    const rows = (await this.listEmallOrders({ id: ids }, {}, sharedContext)) as Record<string, any>[]
    for (const row of rows) {
      await returnOfferStock(sharedContext.transactionManager!, row.offer_quantities as OfferQuantities | null)
    }
    await this.deleteEmallOrders(ids, sharedContext)
  }

  /**
   * pending_confirmation → confirmed | declined | cancelled for one e-mall order, locked, with
   * its milestone and an audit entry (`emall_order.<to>`). With `supplier_org_id`, another
   * supplier's order is NOT_FOUND. The Medusa order's cancellation is the workflow's job.
   */
  @InjectTransactionManager()
  async transitionEmallOrder(
    id: string,
    to: Exclude<EmallOrderStatus, "pending_confirmation">,
    options: { reason?: string | null; supplier_org_id?: string },
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<Record<string, any>> {
    const manager = sharedContext.transactionManager!
    const locked = await lockRowForUpdate<{ id: string; supplier_org_id: string }>(manager, {
      table: "emall_order",
      key: id,
      columns: ["id", "supplier_org_id"],
      label: "e-mall order",
    })
    // Another supplier's order is answered like a missing one: its existence is not disclosed.
    if (options.supplier_org_id && locked.supplier_org_id !== options.supplier_org_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `e-mall order ${id} was not found`)
    }
    const before = (await this.retrieveEmallOrder(id, {}, sharedContext)) as Record<string, any>
    const reason = typeof options.reason === "string" ? options.reason.trim() : ""
    if (to === "declined" && !reason) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `reason is required to decline e-mall order ${id}`)
    }
    guard(() => assertEmallOrderTransition(id, before.status, to))
    const at = procurementClock.now()
    const milestone = to === "confirmed" ? "confirmed_at" : to === "declined" ? "declined_at" : "cancelled_at"
    await this.updateEmallOrders(
      { id, status: to, [milestone]: at, reason: reason || null, decided_by: actor.actor_id },
      sharedContext
    )
    if (to !== "confirmed") await returnOfferStock(manager, before.offer_quantities)
    await manager.flush()
    const after = (await this.retrieveEmallOrder(id, {}, sharedContext)) as Record<string, any>
    await appendAuditEntry(manager, {
      ...actor,
      action: `emall_order.${to}`,
      record_type: "emall_order",
      record_id: id,
      before: { status: before.status },
      after: { status: after.status, reason: after.reason },
      occurred_at: at,
      metadata: { order_id: before.order_id },
    })
    return after
  }

  /** The order row's state before a transition, for a compensation (stock a decline / cancel returned is taken back). */
  @InjectTransactionManager()
  async restoreEmallOrder(
    id: string,
    state: Record<string, unknown>,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    const current = (await this.retrieveEmallOrder(id, {}, sharedContext)) as Record<string, any>
    if (current.status !== "confirmed" && current.status !== "pending_confirmation" && state.status === "pending_confirmation") {
      await retakeOfferStock(sharedContext.transactionManager!, current.offer_quantities)
    }
    await this.updateEmallOrders({ id, ...state }, sharedContext)
  }
}
