/**
 * CSR submission per actor: the subject comes from the caller's verified organization (USCC,
 * name, kind) or expert record, never from the request. Real app, real PostgreSQL.
 */
import { medusaIntegrationTestRunner } from "../../../tests/helpers/integration-runner"
import { Modules } from "@medusajs/framework/utils"
import forge from "node-forge"
import { createRequire } from "node:module"
import { actorHeaders } from "../../../tests/helpers/actor-token"

const nodeRequire = createRequire(__filename)
const { generateKeyPair, createCsr } = nodeRequire("@govmall/e-signature/domain/client/create-csr")
const { signDocument } = nodeRequire("@govmall/e-signature/domain/client/sign-document")

const system = { actor_id: "user_test_setup", actor_type: "user" }
const keys = generateKeyPair()
const DAY = 24 * 3600 * 1000
const fail = (error: any) => error.response

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    const organizations = () => getContainer().resolve("procurement_organization")
    const clock = () => getContainer().resolve("procurement_clock")

    async function bearer(actorType: string, actorId: string, email: string) {
      return actorHeaders(getContainer(), actorType, actorId, email)
    }

    async function registerSupplier() {
      const { organization, member } = await organizations().registerOrganization({
        organization: { kind: "supplier", name: "北京智联办公设备有限公司", uscc: "91110108MA01ABCD2H", region_code: "110108" },
        supplier_profile: {
          enterprise_size: "small",
          bank_account_name: "北京智联办公设备有限公司",
          bank_name: "中国工商银行北京海淀支行",
          bank_account_number: "0200001234567890123",
        },
        registrant: { name: "李娜", email: "lina@zhilian.example.cn" },
      })
      return { organization, member, headers: await bearer("supplier", member.actor_id, "lina@zhilian.example.cn") }
    }

    beforeAll(async () => {
      const issuing = forge.pki.certificateFromPem((await api.get("/ca/issuing")).data)
      clock().setNow(new Date(Math.floor(issuing.validity.notBefore.getTime() / 1000) * 1000 + DAY))
    })

    afterAll(() => {
      getContainer()?.resolve("procurement_clock").reset()
    })

    it("a supplier gets its certificate once approved; the subject is its USCC and name, whatever the CSR says", async () => {
      const supplier = await registerSupplier()
      const csr_pem = createCsr(keys.privateKeyPem)

      const pending = await api.post("/supplier/certificates", { csr_pem }, supplier.headers).catch(fail)
      expect(pending.status).toBe(403)
      expect(pending.data.message).toMatch(/pending_review/)

      await organizations().transitionOrganization(supplier.organization.id, "approved", {}, system)
      const response = await api.post("/supplier/certificates", { csr_pem, validity_days: 90 }, supplier.headers)
      expect(response.status).toBe(200)
      expect(response.data.certificate).toMatchObject({
        subject_kind: "organization",
        subject_id: "91110108MA01ABCD2H",
        display_name: "北京智联办公设备有限公司",
        role: "supplier",
        organization_id: supplier.organization.id,
        status: "active",
      })
      const { certificate } = response.data
      expect(new Date(certificate.not_after).getTime() - new Date(certificate.not_before).getTime()).toBe(90 * DAY)

      // The audit entry names the member and the organization.
      const { rows } = await dbConnection.raw(`SELECT actor_type, actor_id, organization_id FROM audit_log WHERE action = 'certificate.issued'`)
      expect(rows).toEqual([{ actor_type: "supplier", actor_id: supplier.member.actor_id, organization_id: supplier.organization.id }])

      // The supplier signs with its own key; the platform verifies against its USCC.
      const bid = { tender_id: "TND-2026-0042", price_fen: 880_000 }
      const record = signDocument({ document: bid, privateKeyPem: keys.privateKeyPem, certificate_serial: certificate.serial, signed_at: clock().now() })
      const result = await getContainer().resolve("e_signature").verifyDocumentSignature({ document: bid, ...record, expected_subject_id: "91110108MA01ABCD2H" })
      expect(result).toMatchObject({ valid: true })

      // A CSR claiming another name is refused.
      const claiming = await api
        .post("/supplier/certificates", { csr_pem: createCsr(keys.privateKeyPem, { commonName: "另一家公司" }) }, supplier.headers)
        .catch(fail)
      expect(claiming.status).toBe(400)
      expect(claiming.data.message).toMatch(/not what the platform certifies/)
    })

    it.each([
      ["no csr_pem", {}, /csr_pem/],
      ["not a PEM", { csr_pem: "hello" }, /csr_pem/],
      ["an unknown field", { csr_pem: "x", subject_id: "91440300MA5F6789XQ" }, /subject_id|csr_pem/],
      ["a 1024-bit key", { csr_pem: createCsr(generateKeyPair(1024).privateKeyPem) }, /2048/],
      ["validity over 3 years", { csr_pem: createCsr(keys.privateKeyPem), validity_days: 5000 }, /validity_days/],
    ])("refuses %s with 400 naming the field, and writes nothing", async (_case, body, message) => {
      const supplier = await registerSupplier()
      await organizations().transitionOrganization(supplier.organization.id, "approved", {}, system)
      const response = await api.post("/supplier/certificates", body, supplier.headers).catch(fail)
      expect(response.status).toBe(400)
      expect(response.data.message).toMatch(message)
      const { rows } = await dbConnection.raw(`SELECT count(*)::int AS n FROM certificate`)
      expect(rows[0].n).toBe(0)
    })

    it("an expert gets a certificate naming their expert id", async () => {
      const expert = await organizations().createExpert(
        { name: "王晓明", id_number: "11010519491231002X", specialities: ["A02010104"], region_code: "110000", email: "wang@example.cn" },
        system
      )
      const headers = await bearer("expert", expert.id, "wang@example.cn")
      const response = await api.post("/expert/certificates", { csr_pem: createCsr(keys.privateKeyPem) }, headers)
      expect(response.data.certificate).toMatchObject({
        subject_kind: "expert",
        subject_id: expert.id,
        display_name: "王晓明",
        role: "expert",
        organization_id: null,
      })
    })

    it("anonymous callers get 401; an admin user outside the regulator / platform gets 403 on revoke", async () => {
      const anonymous = await api.post("/supplier/certificates", { csr_pem: createCsr(keys.privateKeyPem) }).catch(fail)
      expect(anonymous.status).toBe(401)

      const [user] = await getContainer().resolve(Modules.USER).createUsers([{ email: "someone@example.gov.cn" }])
      const headers = await bearer("user", user.id, "someone@example.gov.cn")
      const revoke = await api.post("/admin/certificates/7f00aa/revoke", { reason: "superseded" }, headers).catch(fail)
      expect(revoke.status).toBe(403)
      const request = await api.post("/admin/certificates", { csr_pem: createCsr(keys.privateKeyPem) }, headers).catch(fail)
      expect(request.status).toBe(403)
    })
  },
})
