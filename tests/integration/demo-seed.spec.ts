import fs from "node:fs"
import path from "node:path"
import { X509Certificate } from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { signDocument } from "@govmall/e-signature/domain/client/sign-document"
import { E_SIGNATURE_MODULE } from "@govmall/e-signature/modules/e_signature"
import { procurementClock } from "@govmall/procurement-core/modules/procurement_clock"
import "../helpers/seeded-store" // sends the seed's files (state, images, demo keys) to a temp folder
import { seedDemoData, type SeedResult } from "../../backend/src/scripts/seed/index"
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
  testSuite: ({ api, getContainer }) => {
    let first: SeedResult

    beforeAll(async () => {
      first = await seedDemoData(getContainer())
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
