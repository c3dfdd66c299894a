import fs from "node:fs"
import path from "node:path"
import { X509Certificate } from "node:crypto"
import { medusaIntegrationTestRunner } from "../helpers/integration-runner"
import { signDocument } from "@govmall/e-signature/domain/client/sign-document"
import { E_SIGNATURE_MODULE } from "@govmall/e-signature/modules/e_signature"
import { procurementClock } from "@govmall/procurement-core/modules/procurement_clock"
import { digestOf } from "@govmall/procurement-core/domain/canonical-json"
import { EMALL_OFFER_MODULE, offerAuditState, offerStatesThroughApproval } from "@govmall/e-mall/modules/emall_offer"
import "../helpers/seeded-store" // sends the seed's files (state, images, demo keys) to a temp folder
import { seedDemoData, type SeedResult } from "../../backend/src/scripts/seed/index"
import { DEMO_PENDING_REVIEW, DEMO_PRICE_INCREASE, DEMO_REJECTED } from "../../backend/src/scripts/seed/data/offers"
import { PRODUCTS } from "../../backend/src/scripts/seed/data/products"
import {
  AGENCY,
  BANKS,
  DEMO_PASSWORD,
  EXPERTS,
  PURCHASING_UNITS,
  REGULATOR,
  SUPPLIERS,
} from "../../backend/src/scripts/seed/data/organizations"

// What `npm start` seeds on a first run: the demo accounts must be able to log in as the
// README says, a second run must change nothing, and a demo key must sign verifiably.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let first: SeedResult

    beforeAll(async () => {
      first = await seedDemoData(getContainer())
      // CI logs show which step grew when the spec gets slow.
      console.info(`[demo-seed] step timings (ms): ${JSON.stringify(first.timings)}`)
    })

    async function login(actor: string, email: string) {
      const response = await api.post(`/auth/${actor}/emailpass`, { email, password: DEMO_PASSWORD })
      expect(response.status).toBe(200)
      return { headers: { authorization: `Bearer ${response.data.token}` } }
    }

    it("seeds the demo organizations, and a second run changes nothing", async () => {
      expect(first.changes.length).toBeGreaterThan(0)
      expect(first.actors?.summary).toBeDefined()
      const again = await seedDemoData(getContainer())
      expect(again.changes).toEqual([])
    })

    it("lets every kind of demo account log in and see its own organization", async () => {
      const approved = SUPPLIERS.find((s) => s.review.status === "approved")!
      const pending = SUPPLIERS.find((s) => s.review.status === "pending_review")!
      const supplier = await api.get("/supplier/me", await login("supplier", approved.registrant.email))
      expect(supplier.data.organization.status).toBe("approved")
      expect(supplier.data.organization.uscc).toBe(approved.uscc)
      const waiting = await api.get("/supplier/me", await login("supplier", pending.registrant.email))
      expect(waiting.data.organization.status).toBe("pending_review")

      const bank = await api.get("/bank/me", await login("bank", BANKS[0].staff[0].email))
      expect(bank.data.organization.name).toBe(BANKS[0].name)
      const expert = await api.get("/expert/me", await login("expert", EXPERTS[0].email))
      expect(expert.data.expert.name).toBe(EXPERTS[0].name)

      const purchaser = await login("customer", PURCHASING_UNITS[0].staff[0].email)
      const me = await api.get("/store/customers/me", {
        headers: { ...purchaser.headers, "x-publishable-api-key": first.setup.publishableKey },
      })
      expect(me.data.customer.email).toBe(PURCHASING_UNITS[0].staff[0].email)

      for (const staff of [REGULATOR.staff[0], AGENCY.staff[1]]) {
        const organizations = await api.get("/admin/organizations?kind=supplier", await login("user", staff.email))
        expect(organizations.status).toBe(200)
      }
    })

    const store = () => ({ headers: { "x-publishable-api-key": first.setup.publishableKey } })

    it("fills the e-mall: every demo product is in /store/catalog with approved offers", async () => {
      // The catalog counts exactly only up to 200 matches (count_capped beyond, docs/adr/0006),
      // so walk every page: the last page's count is exact and every product appears once.
      const seen = new Set<string>()
      let last: any
      for (let offset = 0; offset < PRODUCTS.length + 100; offset += 100) {
        const page = await api.get(`/store/catalog?limit=100&offset=${offset}`, store())
        expect(page.status).toBe(200)
        for (const product of page.data.products) {
          expect(product.offer_count, product.title).toBeGreaterThanOrEqual(2)
          expect(product.lowest_price_fen, product.title).toBeGreaterThan(0)
          seen.add(product.product_id)
        }
        if (offset === 0) expect(page.data.count_capped).toBe(PRODUCTS.length > 200)
        last = page.data
        if (page.data.products.length < 100) break
      }
      expect(seen.size).toBe(PRODUCTS.length)
      expect(last.count).toBe(PRODUCTS.length)
      expect(last.count_capped ?? false).toBe(false)
      expect(first.offers?.byStatus.approved).toBeGreaterThan(800)
    })

    it.each([
      ["台式计算机", "desktop-computers"],
      ["空调", "air-conditioners"],
      ["打印", "printers"],
    ])("finds %s in the demo catalog", async (q, category) => {
      const found = await api.get(`/store/catalog?q=${encodeURIComponent(q)}&limit=100`, store())
      expect(found.status).toBe(200)
      const expected = PRODUCTS.filter((p) => p.category === category).map((p) => p.handle)
      expect(found.data.count).toBeGreaterThanOrEqual(expected.length)
      expect(found.data.products.map((p: { handle: string }) => p.handle)).toEqual(expect.arrayContaining(expected))
    })

    it("compares at least two suppliers' offers on a product, each at or below the reference price", async () => {
      const [listed] = (await api.get(`/store/catalog?q=${encodeURIComponent("ThinkCentre M750t")}`, store())).data.products
      expect(listed).toBeDefined()
      const { data } = await api.get(`/store/catalog/products/${listed.product_id}/offers`, store())
      expect(data.count).toBeGreaterThanOrEqual(2)
      const suppliers = new Set(data.offers.map((o: { supplier_org_id: string }) => o.supplier_org_id))
      expect(suppliers.size).toBe(data.count)
      const prices = data.offers.map((o: { price_fen: number }) => o.price_fen)
      expect(new Set(prices).size).toBe(prices.length)
      expect(Math.min(...prices)).toBe(listed.lowest_price_fen)
      for (const offer of data.offers) {
        expect(offer.certificates.some((c: { kind: string; valid: boolean }) => c.kind === "energy_saving" && c.valid)).toBe(true)
      }
      const approver = await login("user", AGENCY.staff.find((p) => p.role === "approver")!.email)
      const references = await api.get(`/admin/reference-prices?product_id=${listed.product_id}`, approver)
      const [reference] = references.data.reference_prices
      expect(Math.max(...prices)).toBeLessThanOrEqual(reference.price_fen)
    })

    it("leaves offers pending, rejected and with a price increase for the agency's review", async () => {
      const approver = await login("user", AGENCY.staff.find((p) => p.role === "approver")!.email)
      const handleOf = async (productId: string) =>
        (await api.get(`/store/catalog/products/${productId}/offers`, store())).data.product.title as string
      const pending = (await api.get("/admin/offers?status=pending_review&limit=50", approver)).data.offers
      expect(pending).toHaveLength(DEMO_PENDING_REVIEW.length + 1)
      const raised = pending.filter((o: { status_reason: string | null }) => o.status_reason === "price increase")
      expect(raised).toHaveLength(1)
      const history = (await api.get(`/admin/offers/${raised[0].id}`, approver)).data.offer.price_changes
      expect(history.map((c: { change: string }) => c.change).sort()).toEqual(["increase", "new"])
      const paper = PRODUCTS.find((p) => p.handle === DEMO_PRICE_INCREASE.product)!
      expect(await handleOf(raised[0].product_id)).toBe(paper.title)

      const rejected = (await api.get("/admin/offers?status=rejected", approver)).data.offers
      expect(rejected).toHaveLength(1)
      expect(rejected[0].status_reason).toBe(DEMO_REJECTED.reason)
    })

    // The approved offers come from the bulk import (importApprovedOffers), the rejected one
    // from createOffer + rejectOffer: both must leave the audit trail the single-offer path leaves.
    it("audits every seeded offer as created, submitted and decided, chained state to state", async () => {
      const offers = getContainer().resolve(EMALL_OFFER_MODULE) as any
      const audit = async (ids: string[]) =>
        (
          await dbConnection.raw(
            `SELECT "record_id", "action", "actor_id", "before_digest", "after_digest" FROM "audit_log"
             WHERE "record_type" = 'offer' AND "record_id" IN (SELECT jsonb_array_elements_text(?::jsonb))
             ORDER BY "occurred_at", CASE "action" WHEN 'offer.created' THEN 0 WHEN 'offer.submitted' THEN 1 ELSE 2 END`,
            [JSON.stringify(ids)]
          )
        ).rows as Array<{ record_id: string; action: string; actor_id: string; before_digest: string | null; after_digest: string | null }>
      const stored = async (id: string) => {
        const offer = await offers.retrieveOffer(id, { relations: ["certificates"] })
        return { ...offer, certificates: offer.certificates ?? [] }
      }
      const all = await offers.listOffers({}, { select: ["id", "status", "status_reason"], take: null })
      // The agency's approver decided the rejected offer through rejectOffer.
      const rejected = all.find((o: { status: string }) => o.status === "rejected")!
      const [created, submitted, decided] = await audit([rejected.id])
      const approverId = decided.actor_id
      expect(created.actor_id).not.toBe(approverId)
      const approved = all.filter((o: { status: string }) => o.status === "approved")
      expect(approved.length).toBe(first.offers!.byStatus.approved)
      const counts = (
        await dbConnection.raw(
          `SELECT "action", count(*)::int AS n FROM "audit_log" WHERE "record_type" = 'offer' GROUP BY "action"`
        )
      ).rows.reduce((m: Record<string, number>, r: { action: string; n: number }) => ({ ...m, [r.action]: r.n }), {})
      expect(counts["offer.created"]).toBe(all.length)
      expect(counts["offer.submitted"]).toBe(all.length)
      expect(counts["offer.approved"]).toBe(approved.length + 1) // + the one approved, then raised
      expect(counts["offer.rejected"]).toBe(1)

      // Sampled bulk-approved offers: created → submitted → approved, each entry's before is the
      // previous entry's after, and the last after is the stored offer's audit state.
      const sample = approved.filter((_: unknown, i: number) => i % 97 === 0)
      const trail = await audit(sample.map((o: { id: string }) => o.id))
      for (const { id } of sample) {
        const entries = trail.filter((e) => e.record_id === id)
        expect(entries.map((e) => e.action), id).toEqual(["offer.created", "offer.submitted", "offer.approved"])
        const offer = await stored(id)
        const states = offerStatesThroughApproval(offer)
        expect(entries[0]).toMatchObject({ actor_id: entries[1].actor_id, before_digest: null, after_digest: digestOf(offerAuditState(states.draft)) })
        expect(entries[1]).toMatchObject({ before_digest: entries[0].after_digest, after_digest: digestOf(offerAuditState(states.submitted)) })
        expect(entries[2]).toMatchObject({ actor_id: approverId, before_digest: entries[1].after_digest, after_digest: digestOf(offerAuditState(offer)) })
        const history = await offers.listOfferPriceChanges({ offer_id: id }, { take: null })
        expect(history.map((h: any) => [h.change, h.old_price_fen, h.new_price_fen, h.needs_review])).toEqual([["new", null, offer.price_fen, true]])
      }

      // The rejected offer went through createOffer: its digests follow the same derivation,
      // so the bulk path writes what the single-offer path writes.
      const offer = await stored(rejected.id)
      const draft = { ...offer, status: "draft", submitted_at: null, rejected_at: null, reviewed_by: null, status_reason: null }
      expect(created).toMatchObject({ action: "offer.created", after_digest: digestOf(offerAuditState(draft)) })
      expect(submitted).toMatchObject({ action: "offer.submitted", before_digest: created.after_digest })
      expect(decided).toMatchObject({ action: "offer.rejected", after_digest: digestOf(offerAuditState(offer)) })
    })

    it("gives an approved supplier a demo key that signs verifiably", async () => {
      const approved = SUPPLIERS.find((s) => s.review.status === "approved")!
      const keysDir = process.env.SEED_DEMO_KEYS_DIR!
      const email = approved.registrant.email
      const privateKeyPem = fs.readFileSync(path.join(keysDir, `${email}.key.pem`), "utf8")
      const certificate = new X509Certificate(fs.readFileSync(path.join(keysDir, `${email}.cert.pem`)))
      const document = { type: "offer", supplier: approved.name, price_fen: 529900 }
      const record = signDocument({
        document,
        privateKeyPem,
        certificate_serial: certificate.serialNumber,
        signed_at: procurementClock.now(),
      })
      const esign = getContainer().resolve(E_SIGNATURE_MODULE) as any
      const verified = await esign.verifyDocumentSignature({
        document,
        ...record,
        expected_subject_id: approved.uscc,
      })
      expect(verified.reasons).toEqual([])
      expect(verified.valid).toBe(true)
    })
  },
})
