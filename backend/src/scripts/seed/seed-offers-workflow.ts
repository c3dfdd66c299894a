import { Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import type { CertificateKind } from "@govmall/e-mall/domain/certificate-validity"
import { EmallEvents } from "@govmall/e-mall/events"
import { EMALL_OFFER_MODULE } from "@govmall/e-mall/modules/emall_offer"
import { inPool } from "./in-pool"

/**
 * The demo offers in ONE workflow: ~1,000 runs of createOfferWorkflow + approveOfferWorkflow
 * took ~3 minutes on the 2-core machine, mostly per-run orchestration, and ~2,100 single-offer
 * service calls still took ~100 s. Offers the agency approves go through the service's bulk
 * `importApprovedOffers` (same rules, price history and audit entries as `createOffer` +
 * `approveOffer`, one transaction per batch); the few left pending or rejected, and the
 * reference prices, go through the single-record methods (`createOffer`, `rejectOffer`,
 * `recordReferencePrice`). The steps then write the product ↔ offer links and emit the same
 * events in bulk.
 */

/** Service calls in flight at once (each is a short transaction). */
const CONCURRENCY = 6

/** Offers per bulk transaction: large enough to amortize, small enough for short locks. */
const IMPORT_BATCH_SIZE = 200

type OfferService = {
  recordReferencePrice(data: unknown, actor: AuditActor): Promise<{ id: string; product_id: string; price_fen: number }>
  createOffer(data: unknown, actor: AuditActor): Promise<{ id: string; product_id: string; status: string }>
  importApprovedOffers(
    items: Array<{ offer: unknown; actor: AuditActor }>,
    reviewer: AuditActor
  ): Promise<Array<{ id: string; product_id: string; status: string }>>
  approveOffer(id: string, kinds: CertificateKind[], actor: AuditActor): Promise<{ id: string; status: string }>
  rejectOffer(id: string, reason: string, actor: AuditActor): Promise<{ id: string; status: string }>
  discardOffer(id: string, actor: AuditActor): Promise<void>
}

export type DemoReferencePrice = {
  reference: { product_id: string; price_fen: number; source: string; note: string | null }
  actor: AuditActor
}

export type DemoDecision = { approve: true } | { approve: false; reason: string }

export type DemoNewOffer = {
  offer: {
    product_id: string
    supplier_org_id: string
    price_fen: number
    stock: number
    delivery_region_codes: string[]
    lead_time_days: number
    warranty_months: number
    certificates: { kind: CertificateKind; number: string; issuer: string; expires_on: string }[]
    required_certificate_kinds: CertificateKind[]
  }
  actor: AuditActor
  /** What the agency decides after submission; absent = left in its queue. */
  decision?: DemoDecision
}

export type DemoPendingDecision = { id: string; required_certificate_kinds: CertificateKind[]; decision: DemoDecision }

export type SeedDemoOffersInput = {
  references: DemoReferencePrice[]
  offers: DemoNewOffer[]
  /** Offers already waiting (a re-run after an interrupted seed). */
  pending: DemoPendingDecision[]
  reviewer: AuditActor
}

const recordDemoReferencePricesStep = createStep(
  "record-demo-reference-prices",
  async (input: DemoReferencePrice[], { container }) => {
    const service = container.resolve<OfferService>(EMALL_OFFER_MODULE)
    const saved = await inPool(input, CONCURRENCY, (r) => service.recordReferencePrice(r.reference, r.actor))
    return new StepResponse(saved.map((s) => ({ id: s.id, product_id: s.product_id, price_fen: s.price_fen })))
  }
)

const importApprovedDemoOffersStep = createStep(
  "import-approved-demo-offers",
  async (input: { offers: DemoNewOffer[]; reviewer: AuditActor }, { container }) => {
    const service = container.resolve<OfferService>(EMALL_OFFER_MODULE)
    const rows: Array<{ id: string; product_id: string; status: string }> = []
    const undo: Array<{ id: string; actor: AuditActor }> = []
    for (let i = 0; i < input.offers.length; i += IMPORT_BATCH_SIZE) {
      const batch = input.offers.slice(i, i + IMPORT_BATCH_SIZE)
      const imported = await service.importApprovedOffers(
        batch.map((o) => ({ offer: o.offer, actor: o.actor })),
        input.reviewer
      )
      imported.forEach((o, j) => {
        rows.push({ id: o.id, product_id: o.product_id, status: o.status })
        undo.push({ id: o.id, actor: batch[j].actor })
      })
    }
    return new StepResponse(rows, undo)
  },
  async (undo, { container }) => {
    if (!undo?.length) return
    const service = container.resolve<OfferService>(EMALL_OFFER_MODULE)
    await inPool(undo, CONCURRENCY, (u) => service.discardOffer(u.id, u.actor))
  }
)

const createDemoOffersStep = createStep(
  "create-demo-offers",
  async (input: DemoNewOffer[], { container }) => {
    const service = container.resolve<OfferService>(EMALL_OFFER_MODULE)
    const created = await inPool(input, CONCURRENCY, (o) => service.createOffer({ ...o.offer, submit: true }, o.actor))
    const rows = created.map((c) => ({ id: c.id, product_id: c.product_id, status: c.status }))
    return new StepResponse(rows, rows.map((r, i) => ({ id: r.id, actor: input[i].actor })))
  },
  async (undo, { container }) => {
    if (!undo?.length) return
    const service = container.resolve<OfferService>(EMALL_OFFER_MODULE)
    await inPool(undo, CONCURRENCY, (u) => service.discardOffer(u.id, u.actor))
  }
)

const decideDemoOffersStep = createStep(
  "decide-demo-offers",
  async (input: { decisions: DemoPendingDecision[]; reviewer: AuditActor }, { container }) => {
    const service = container.resolve<OfferService>(EMALL_OFFER_MODULE)
    const decided = await inPool(input.decisions, CONCURRENCY, (d) =>
      d.decision.approve
        ? service.approveOffer(d.id, d.required_certificate_kinds, input.reviewer)
        : service.rejectOffer(d.id, d.decision.reason, input.reviewer)
    )
    return new StepResponse(decided.map((o) => ({ id: o.id, status: o.status })))
  }
)

/** Offers the agency approves at once go through the bulk import; the rest one by one. */
export function splitByDecision(offers: DemoNewOffer[]): { approved: DemoNewOffer[]; others: DemoNewOffer[] } {
  return {
    approved: offers.filter((o) => o.decision?.approve === true),
    others: offers.filter((o) => o.decision?.approve !== true),
  }
}

export const seedDemoOffersWorkflow = createWorkflow("seed-demo-emall-offers", (input: SeedDemoOffersInput) => {
  const split = transform({ input }, ({ input }) => splitByDecision(input.offers))
  const references = recordDemoReferencePricesStep(input.references)
  const imported = importApprovedDemoOffersStep(
    transform({ split, input }, ({ split, input }) => ({ offers: split.approved, reviewer: input.reviewer }))
  )
  const created = createDemoOffersStep(transform({ split }, ({ split }) => split.others))
  const links = transform({ created, imported }, ({ created, imported }) =>
    [...imported, ...created].map((o) => ({
      [Modules.PRODUCT]: { product_id: o.product_id },
      [EMALL_OFFER_MODULE]: { offer_id: o.id },
    }))
  )
  createRemoteLinkStep(links)
  const decisions = transform({ input, split, created }, ({ input, split, created }) => [
    ...input.pending,
    ...created.flatMap((o, i) => {
      const planned = split.others[i]
      return planned.decision
        ? [{ id: o.id, required_certificate_kinds: planned.offer.required_certificate_kinds, decision: planned.decision }]
        : []
    }),
  ])
  const decided = decideDemoOffersStep({ decisions, reviewer: input.reviewer })
  // emitEventStep takes one event name with one or many payloads: one call per name.
  const emit = (name: string, data: unknown) =>
    emitEventStep({ eventName: name, data: data as Record<string, unknown>[] }).config({ name: `emit-${name.replace(/[^a-z_]/g, "-")}` })
  emit(
    EmallEvents.REFERENCE_PRICE_RECORDED,
    transform({ references }, ({ references }) => references)
  )
  emit(
    EmallEvents.OFFER_CREATED,
    transform({ created, imported }, ({ created, imported }) => [...imported, ...created].map((o) => ({ id: o.id })))
  )
  // Imported offers were submitted on their way to approval: the event says the status then.
  emit(
    EmallEvents.OFFER_SUBMITTED,
    transform({ created, imported }, ({ created, imported }) => [
      ...imported.map((o) => ({ id: o.id, status: "pending_review" })),
      ...created.map((o) => ({ id: o.id, status: o.status })),
    ])
  )
  emit(
    EmallEvents.OFFER_APPROVED,
    transform({ decided, imported }, ({ decided, imported }) =>
      [...imported, ...decided.filter((o) => o.status === "approved")].map((o) => ({ id: o.id }))
    )
  )
  emit(
    EmallEvents.OFFER_REJECTED,
    transform({ decided }, ({ decided }) => decided.filter((o) => o.status === "rejected").map((o) => ({ id: o.id })))
  )
  return new WorkflowResponse({
    references,
    created: transform({ created, imported }, ({ created, imported }) => [...imported, ...created]),
    decided: transform({ decided, imported }, ({ decided, imported }) => [...imported, ...decided]),
  })
})
