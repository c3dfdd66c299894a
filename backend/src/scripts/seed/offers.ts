import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import { procurementClock } from "@govmall/procurement-core/modules/procurement_clock"
import type { MemberDTO, OrganizationDTO } from "@govmall/procurement-core/modules/procurement_organization"
import { indexCatalogProducts } from "@govmall/e-mall/catalog/index-catalog-products"
import { EMALL_OFFER_MODULE } from "@govmall/e-mall/modules/emall_offer"
import {
  approveOfferWorkflow,
  changeOfferPriceWorkflow,
  createOfferWorkflow,
  recordReferencePriceWorkflow,
  rejectOfferWorkflow,
} from "@govmall/e-mall/workflows"
import { AGENCY, SUPPLIERS } from "./data/organizations"
import { PRODUCTS } from "./data/products"
import { planDemoOffers, type PlannedOffer } from "./offer-plan"
import type { SeededActors } from "./organizations"
import type { SeedReport } from "./report"

/**
 * Step 5 of the demo seed: the e-mall's offers. The agency's operator records reference
 * prices, each approved supplier lists its products (`createOfferWorkflow`, as
 * `POST /supplier/offers` would), the agency's approver approves them (`approveOfferWorkflow`)
 * — so price history, audit log, links and events are the real ones — and a few are left
 * pending, rejected or with a price increase under review. The catalog search index is
 * rebuilt for products that have none.
 *
 * Idempotent: offers are found by (product, supplier) and only moved forward towards their
 * planned state; reference prices are recorded only where none exists.
 */

/** Workflows in flight at once: the work is database round trips, not CPU. */
const CONCURRENCY = 6

export interface OffersSummary {
  references: number
  offers: number
  byStatus: Record<string, number>
}

type OfferRow = { id: string; product_id: string; supplier_org_id: string; status: string; price_fen: number }

async function inPool<T>(items: readonly T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]
      await run(item)
    }
  }
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker))
}

function actorOf(member: MemberDTO | undefined, organization: OrganizationDTO | undefined, who: string): AuditActor {
  if (!member || !organization) {
    throw new Error(`The demo seed found no member ${who}; run the organizations step first`)
  }
  return { actor_type: member.actor_type, actor_id: member.actor_id, organization_id: organization.id }
}

export async function seedOffers(
  container: MedusaContainer,
  report: SeedReport,
  actors: SeededActors
): Promise<OffersSummary> {
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const service = container.resolve(EMALL_OFFER_MODULE) as any
  const plan = planDemoOffers(PRODUCTS, SUPPLIERS, procurementClock.now())

  const agency = actors.organizations.get(AGENCY.uscc)
  const staff = (role: string) => AGENCY.staff.find((p) => p.role === role) ?? AGENCY.staff[0]
  const approver = actorOf(actors.members.get(staff("approver").email), agency, staff("approver").email)
  const operator = actorOf(actors.members.get(staff("operator").email), agency, staff("operator").email)
  const supplierActor = new Map<string, AuditActor>()
  for (const supplier of SUPPLIERS.filter((s) => s.review.status === "approved")) {
    const organization = actors.organizations.get(supplier.uscc)
    supplierActor.set(
      supplier.uscc,
      actorOf(actors.members.get(supplier.registrant.email), organization, supplier.registrant.email)
    )
  }

  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "handle"],
    filters: { handle: PRODUCTS.map((p) => p.handle) },
  })
  const productId = new Map((products as Array<{ id: string; handle: string }>).map((p) => [p.handle, p.id]))
  const idOf = (handle: string) => {
    const id = productId.get(handle)
    if (!id) throw new Error(`The demo seed found no product ${handle}; run the catalog step first`)
    return id
  }
  const productIds = PRODUCTS.map((p) => idOf(p.handle))

  // 1. Reference prices (the agency's price monitoring) before any offer is checked against them.
  const recorded = new Set(
    ((await service.listReferencePrices({ product_id: productIds }, { select: ["product_id"], take: null })) as Array<{
      product_id: string
    }>).map((r) => r.product_id)
  )
  const missingReferences = plan.references.filter((r) => !recorded.has(idOf(r.product_handle)))
  await inPool(missingReferences, CONCURRENCY, async (r) => {
    await recordReferencePriceWorkflow(container).run({
      input: {
        reference: { product_id: idOf(r.product_handle), price_fen: r.price_fen, source: r.source, note: r.note },
        actor: operator,
      },
    })
  })
  if (missingReferences.length) {
    report.changed(`recorded ${missingReferences.length} reference prices`)
  }

  // 2. Suppliers list their products (submitted for review at once).
  const supplierOrgId = (uscc: string) => actors.organizations.get(uscc)!.id
  const loadOffers = async () => {
    const rows = (await service.listOffers(
      { product_id: productIds },
      { select: ["id", "product_id", "supplier_org_id", "status", "price_fen"], take: null }
    )) as OfferRow[]
    return new Map(rows.map((o) => [`${o.product_id}:${o.supplier_org_id}`, o]))
  }
  const keyOf = (o: PlannedOffer) => `${idOf(o.product_handle)}:${supplierOrgId(o.supplier_uscc)}`
  let existing = await loadOffers()
  const toCreate = plan.offers.filter((o) => !existing.has(keyOf(o)))
  await inPool(toCreate, CONCURRENCY, async (o) => {
    await createOfferWorkflow(container).run({
      input: {
        offer: {
          product_id: idOf(o.product_handle),
          supplier_org_id: supplierOrgId(o.supplier_uscc),
          price_fen: o.price_fen,
          stock: o.stock,
          delivery_region_codes: o.delivery_region_codes,
          lead_time_days: o.lead_time_days,
          warranty_months: o.warranty_months,
          certificates: o.certificates,
          submit: true,
        },
        actor: supplierActor.get(o.supplier_uscc)!,
      },
    })
  })
  if (toCreate.length) {
    report.changed(`created ${toCreate.length} offers`)
    existing = await loadOffers()
  }

  // 3. The agency reviews what is waiting and meant to be decided.
  const waiting = plan.offers.filter((o) => {
    const row = existing.get(keyOf(o))!
    if (row.status !== "pending_review") return false
    if (o.outcome === "approved" || o.outcome === "rejected") return true
    // The price-increase demo is approved first at its original price, then raised.
    return o.outcome === "price_increase_pending" && row.price_fen === o.price_fen
  })
  let approved = 0
  let rejected = 0
  await inPool(waiting, CONCURRENCY, async (o) => {
    const id = existing.get(keyOf(o))!.id
    if (o.outcome === "rejected") {
      await rejectOfferWorkflow(container).run({ input: { id, reason: o.reject_reason!, actor: approver } })
      rejected++
    } else {
      await approveOfferWorkflow(container).run({ input: { id, actor: approver } })
      approved++
    }
  })
  if (approved) report.changed(`approved ${approved} offers`)
  if (rejected) report.changed(`rejected ${rejected} offer`)

  // 4. A supplier raises an approved price: back to the agency's queue.
  for (const o of plan.offers.filter((p) => p.outcome === "price_increase_pending")) {
    const row = (await loadOffers()).get(keyOf(o))!
    if (row.status === "approved" && row.price_fen === o.price_fen) {
      await changeOfferPriceWorkflow(container).run({
        input: {
          id: row.id,
          price_fen: o.increased_price_fen!,
          reason: o.increase_reason,
          actor: supplierActor.get(o.supplier_uscc)!,
          supplier_org_id: supplierOrgId(o.supplier_uscc),
        },
      })
      report.changed(`raised the price of offer ${row.id} (pending review)`)
    }
  }

  // 5. The search index: products created while no subscriber ran (medusa exec) have no entry.
  const indexed = new Set(
    ((await service.listCatalogEntries({ product_id: productIds }, { select: ["product_id"], take: null })) as Array<{
      product_id: string
    }>).map((e) => e.product_id)
  )
  const unindexed = productIds.filter((id) => !indexed.has(id))
  if (unindexed.length) {
    await indexCatalogProducts(container, unindexed)
    report.changed(`indexed ${unindexed.length} products for the catalog search`)
  }

  const byStatus: Record<string, number> = {}
  for (const row of (await loadOffers()).values()) {
    byStatus[row.status] = (byStatus[row.status] ?? 0) + 1
  }
  logger.info(`[seed] e-mall offers: ${JSON.stringify(byStatus)}`)
  return { references: plan.references.length, offers: plan.offers.length, byStatus }
}
