import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import { procurementClock } from "@govmall/procurement-core/modules/procurement_clock"
import type { MemberDTO, OrganizationDTO } from "@govmall/procurement-core/modules/procurement_organization"
import { indexCatalogProducts } from "@govmall/e-mall/catalog/index-catalog-products"
import { requiredCertificateKinds } from "@govmall/e-mall/domain/certificate-validity"
import { EMALL_OFFER_MODULE } from "@govmall/e-mall/modules/emall_offer"
import { changeOfferPriceWorkflow } from "@govmall/e-mall/workflows"
import { AGENCY, SUPPLIERS } from "./data/organizations"
import { PRODUCTS, type SeedProduct } from "./data/products"
import { planDemoOffers, type PlannedOffer } from "./offer-plan"
import type { SeededActors } from "./organizations"
import type { SeedReport } from "./report"
import { type DemoDecision, type DemoPendingDecision, seedDemoOffersWorkflow } from "./seed-offers-workflow"

/**
 * Step 4 of the demo seed: the e-mall's offers. The agency's operator records reference
 * prices, each approved supplier lists its products (submitted for review, as
 * `POST /supplier/offers` does), the agency's approver approves them — through the e-mall
 * service's own methods inside one workflow (`seed-offers-workflow.ts`), so price history,
 * audit log, product ↔ offer links and events are the real ones — and a few are left pending,
 * rejected or with a price increase under review (`changeOfferPriceWorkflow`). Products
 * missing from the catalog search index are indexed.
 *
 * Idempotent: offers are found by (product, supplier) and only moved forward towards their
 * planned state; reference prices are recorded only where none exists.
 */

export interface OffersSummary {
  references: number
  offers: number
  byStatus: Record<string, number>
}

type OfferRow = { id: string; product_id: string; supplier_org_id: string; status: string; price_fen: number }

/** What the agency does with a planned offer once it is submitted; undefined = leave it waiting. */
function decisionFor(offer: PlannedOffer): DemoDecision | undefined {
  switch (offer.outcome) {
    case "approved":
    case "price_increase_pending": // approved at its first price, raised afterwards
      return { approve: true }
    case "rejected":
      return { approve: false, reason: offer.reject_reason! }
    case "pending_review":
      return undefined
  }
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
  actors: SeededActors,
  products: readonly SeedProduct[] = PRODUCTS
): Promise<OffersSummary> {
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const service = container.resolve(EMALL_OFFER_MODULE) as any
  const plan = planDemoOffers(products, SUPPLIERS, procurementClock.now())

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

  const { data: rows } = await query.graph({
    entity: "product",
    fields: ["id", "handle"],
    filters: { handle: products.map((p) => p.handle) },
  })
  const productId = new Map((rows as Array<{ id: string; handle: string }>).map((p) => [p.handle, p.id]))
  const idOf = (handle: string) => {
    const id = productId.get(handle)
    if (!id) throw new Error(`The demo seed found no product ${handle}; run the catalog step first`)
    return id
  }
  const productIds = products.map((p) => idOf(p.handle))

  const supplierOrgId = (uscc: string) => actors.organizations.get(uscc)!.id
  const loadOffers = async () => {
    const rows = (await service.listOffers(
      { product_id: productIds },
      { select: ["id", "product_id", "supplier_org_id", "status", "price_fen"], take: null }
    )) as OfferRow[]
    return new Map(rows.map((o) => [`${o.product_id}:${o.supplier_org_id}`, o]))
  }
  const keyOf = (o: PlannedOffer) => `${idOf(o.product_handle)}:${supplierOrgId(o.supplier_uscc)}`
  const kindsOf = (o: PlannedOffer) => requiredCertificateKinds([o.category])

  // 1. Reference prices (the agency's price monitoring) go first: offers are checked against them.
  const recorded = new Set(
    ((await service.listReferencePrices({ product_id: productIds }, { select: ["product_id"], take: null })) as Array<{
      product_id: string
    }>).map((r) => r.product_id)
  )
  const references = plan.references
    .filter((r) => !recorded.has(idOf(r.product_handle)))
    .map((r) => ({
      reference: { product_id: idOf(r.product_handle), price_fen: r.price_fen, source: r.source, note: r.note },
      actor: operator,
    }))

  // 2. Suppliers list what they do not list yet; 3. the agency decides what waits for it.
  const existing = await loadOffers()
  const offers = plan.offers
    .filter((o) => !existing.has(keyOf(o)))
    .map((o) => ({
      offer: {
        product_id: idOf(o.product_handle),
        supplier_org_id: supplierOrgId(o.supplier_uscc),
        price_fen: o.price_fen,
        stock: o.stock,
        delivery_region_codes: o.delivery_region_codes,
        lead_time_days: o.lead_time_days,
        warranty_months: o.warranty_months,
        certificates: o.certificates,
        required_certificate_kinds: kindsOf(o),
      },
      actor: supplierActor.get(o.supplier_uscc)!,
      decision: decisionFor(o),
    }))
  const pending: DemoPendingDecision[] = plan.offers.flatMap((o) => {
    const row = existing.get(keyOf(o))
    const decision = decisionFor(o)
    // A raised price waiting for review is the demo state itself, not something to approve.
    if (!row || row.status !== "pending_review" || !decision || row.price_fen !== o.price_fen) return []
    return [{ id: row.id, required_certificate_kinds: kindsOf(o), decision }]
  })

  if (references.length || offers.length || pending.length) {
    const { result } = await seedDemoOffersWorkflow(container).run({
      input: { references, offers, pending, reviewer: approver },
    })
    if (result.references.length) report.changed(`recorded ${result.references.length} reference prices`)
    if (result.created.length) report.changed(`created ${result.created.length} offers`)
    const approved = result.decided.filter((o) => o.status === "approved").length
    const rejected = result.decided.filter((o) => o.status === "rejected").length
    if (approved) report.changed(`approved ${approved} offers`)
    if (rejected) report.changed(`rejected ${rejected} offer(s)`)
  }

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
