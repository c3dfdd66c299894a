/**
 * CSR → certificate → sign → verify → revoke, through the real app (built plugin) on
 * PostgreSQL, with the platform CA that tests/setup/global-ca.ts created in GOVMALL_CA_DIR.
 */
import { medusaIntegrationTestRunner } from "../../../tests/helpers/integration-runner"
import { ContainerRegistrationKeys, generateJwtToken, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import forge from "node-forge"
import { createRequire } from "node:module"

const nodeRequire = createRequire(__filename)
const { generateKeyPair, createCsr } = nodeRequire("@govmall/e-signature/domain/client/create-csr")
const { signDocument } = nodeRequire("@govmall/e-signature/domain/client/sign-document")
const { issueCertificateWorkflow, issueCertificateStep } = nodeRequire("@govmall/e-signature/workflows")

const actor = { actor_id: "user_test_regulator", actor_type: "user", ip: "127.0.0.1" }
const supplierA = {
  kind: "organization",
  subject_id: "91110108MA01ABCD2H",
  display_name: "北京智联办公设备有限公司",
  organization_kind: "supplier",
}
const supplierB = {
  kind: "organization",
  subject_id: "91440300MA5F6789XQ",
  display_name: "深圳华南商贸有限公司",
  organization_kind: "supplier",
}
const keysA = generateKeyPair()
const keysB = generateKeyPair()
const bid = { tender_id: "TND-2026-0042", supplier_uscc: supplierA.subject_id, price_fen: 1_234_567 }

// A workflow that fails after issuing: its compensation must revoke, never delete.
const failAfterIssueStep = createStep("e-signature-test-fail-after-issue", async () => {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "later step refused")
})
const issueThenFailWorkflow = createWorkflow("e-signature-test-issue-then-fail", (input: any) => {
  const certificate = issueCertificateStep(input)
  failAfterIssueStep()
  return new WorkflowResponse(certificate)
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    const esign = () => getContainer().resolve("e_signature")
    const clock = () => getContainer().resolve("procurement_clock")
    let admin: { headers: Record<string, string> }

    /** A regulator's admin (the revoke policy): Medusa user + membership of a regulator organization. */
    async function adminHeaders() {
      const container = getContainer()
      const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
      const [user] = await container.resolve(Modules.USER).createUsers([{ email: "ca-officer@example.gov.cn" }])
      const organizations = container.resolve("procurement_organization")
      const regulator = await organizations.createOrganization(
        { kind: "regulator", name: "北京市财政局", uscc: "11110000000012345H", region_code: "110000" },
        actor
      )
      await organizations.createMember(
        { organization_id: regulator.id, actor_type: "user", actor_id: user.id, role: "admin", email: "ca-officer@example.gov.cn", name: "CA officer" },
        actor
      )
      const identity = await container.resolve(Modules.AUTH).createAuthIdentities({
        provider_identities: [{ provider: "emailpass", entity_id: "ca-officer@example.gov.cn" }],
        app_metadata: { user_id: user.id },
      })
      const token = generateJwtToken(
        { actor_id: user.id, actor_type: "user", auth_identity_id: identity.id, app_metadata: {} },
        { secret: config.projectConfig.http.jwtSecret, expiresIn: "1d" }
      )
      return { headers: { authorization: `Bearer ${token}` } }
    }

    async function issue(subject = supplierA, keys = keysA, validity_days?: number) {
      const { result } = await issueCertificateWorkflow(getContainer()).run({
        input: { csr_pem: createCsr(keys.privateKeyPem), subject, organization_id: "org_test", validity_days, actor },
      })
      return result
    }

    async function auditActions(recordId: string) {
      const { rows } = await dbConnection.raw(
        `SELECT action FROM audit_log WHERE record_type = 'certificate' AND record_id = ? ORDER BY occurred_at, created_at`,
        [recordId]
      )
      return rows.map((row: { action: string }) => row.action)
    }

    const sign = (serial: string, keys = keysA, document: unknown = bid) =>
      signDocument({ document, privateKeyPem: keys.privateKeyPem, certificate_serial: serial, signed_at: clock().now() })

    const verify = (record: any, document: unknown = bid, expected = supplierA.subject_id) =>
      esign().verifyDocumentSignature({ document, ...record, expected_subject_id: expected })

    // The test CA is made at the machine's time (global-ca.ts); business time starts a day after
    // its notBefore, on a whole second (certificates hold whole seconds).
    let start: Date
    const at = (ms: number) => new Date(start.getTime() + ms).toISOString()
    const MINUTE = 60_000
    const DAY = 24 * 3600 * 1000

    beforeAll(async () => {
      const issuing = forge.pki.certificateFromPem((await api.get("/ca/issuing")).data)
      start = new Date(Math.floor(issuing.validity.notBefore.getTime() / 1000) * 1000 + DAY)
    })

    beforeEach(async () => {
      clock().setNow(start)
      admin = await adminHeaders()
    })

    afterAll(() => {
      getContainer()?.resolve("procurement_clock").reset()
    })

    it("issues from a CSR, verifies, revokes through the admin route, then refuses later signatures", async () => {
      const certificate = await issue()
      expect(certificate).toMatchObject({
        subject_kind: "organization",
        subject_id: supplierA.subject_id,
        display_name: "北京智联办公设备有限公司",
        role: "supplier",
        status: "active",
        organization_id: "org_test",
      })
      expect(new Date(certificate.not_before).toISOString()).toBe(at(0))
      expect(new Date(certificate.not_after).toISOString()).toBe(at(365 * DAY))
      const parsed = forge.pki.certificateFromPem(certificate.pem)
      expect(forge.util.decodeUtf8(parsed.subject.getField("CN").value)).toBe("北京智联办公设备有限公司")

      clock().advance(60_000)
      const beforeRevocation = sign(certificate.serial)
      expect(await verify(beforeRevocation)).toMatchObject({ valid: true, reasons: [] })
      expect((await verify(beforeRevocation, { ...bid, price_fen: 1 })).reasons.map((r: any) => r.code)).toEqual(["digest_mismatch"])
      expect((await verify(beforeRevocation, bid, supplierB.subject_id)).reasons.map((r: any) => r.code)).toEqual(["wrong_signer"])

      clock().advance(60_000)
      const revoked = await api.post(`/admin/certificates/${certificate.serial}/revoke`, { reason: "keyCompromise" }, admin)
      expect(revoked.status).toBe(200)
      expect(revoked.data.certificate).toMatchObject({
        serial: certificate.serial,
        status: "revoked",
        revocation_reason: "keyCompromise",
        revoked_at: at(2 * MINUTE),
      })

      clock().advance(60_000)
      const afterRevocation = sign(certificate.serial)
      expect((await verify(afterRevocation)).reasons.map((r: any) => r.code)).toEqual(["revoked"])
      // Signed before the revocation: still valid, the result shows the revocation.
      expect(await verify(beforeRevocation)).toMatchObject({
        valid: true,
        signer: { revocation_reason: "keyCompromise" },
      })

      const crl = await api.get("/ca/crl")
      expect(crl.data.revoked).toEqual([
        { serial: certificate.serial, revoked_at: at(2 * MINUTE), reason: "keyCompromise" },
      ])
      expect(await auditActions(certificate.id)).toEqual(["certificate.issued", "certificate.revoked"])
    })

    it("expires with the business clock", async () => {
      const certificate = await issue(supplierA, keysA, 30)
      clock().advance(29 * DAY)
      expect((await verify(sign(certificate.serial))).valid).toBe(true)
      clock().advance(2 * DAY)
      expect((await verify(sign(certificate.serial))).reasons.map((r: any) => r.code)).toEqual(["expired"])
    })

    it("records which certificate signed: a bid signed with another bidder's certificate is wrong_signer", async () => {
      const certificateB = await issue(supplierB, keysB)
      const result = await verify(sign(certificateB.serial, keysB))
      expect(result.valid).toBe(false)
      expect(result.reasons.map((r: any) => r.code)).toEqual(["wrong_signer"])
      expect(result.signer).toMatchObject({ subject_id: supplierB.subject_id, certificate_serial: certificateB.serial })
    })

    it("an unknown serial is unknown_certificate, without throwing", async () => {
      const result = await verify(sign("7f00aa"))
      expect(result.reasons.map((r: any) => r.code)).toEqual(["unknown_certificate"])
    })

    it("assertSignatureOnReceipt refuses a backdated signing time and a bad signature", async () => {
      const certificate = await issue()
      const record = sign(certificate.serial)
      await expect(esign().assertSignatureOnReceipt({ document: bid, record, expected_subject_id: supplierA.subject_id })).resolves.toMatchObject({ valid: true })
      clock().advance(10 * 60 * 1000)
      await expect(esign().assertSignatureOnReceipt({ document: bid, record, expected_subject_id: supplierA.subject_id })).rejects.toThrow(/signed_at/)
      await expect(
        esign().assertSignatureOnReceipt({ document: { ...bid, price_fen: 2 }, record: sign(certificate.serial), expected_subject_id: supplierA.subject_id })
      ).rejects.toThrow(/digest_mismatch/)
    })

    it("refuses a weak CSR with a 4xx-type error and writes nothing", async () => {
      const weak = generateKeyPair(1024)
      await expect(
        issueCertificateWorkflow(getContainer()).run({ input: { csr_pem: createCsr(weak.privateKeyPem), subject: supplierA, actor } })
      ).rejects.toMatchObject({ type: "invalid_data", message: expect.stringMatching(/2048/) })
      const { rows } = await dbConnection.raw(`SELECT count(*)::int AS n FROM certificate`)
      expect(rows[0].n).toBe(0)
    })

    it("compensation revokes a certificate a failed workflow issued (never deletes it), audited", async () => {
      await expect(
        issueThenFailWorkflow(getContainer()).run({ input: { csr_pem: createCsr(keysA.privateKeyPem), subject: supplierA, actor } })
      ).rejects.toThrow(/later step refused/)
      const [certificate] = await esign().listCertificates({})
      expect(certificate).toMatchObject({ status: "revoked", revocation_reason: "cessationOfOperation" })
      expect(await auditActions(certificate.id)).toEqual(["certificate.issued", "certificate.revoked"])
    })

    describe("routes", () => {
      it("GET /ca/root and /ca/issuing serve the platform CA as PEM, with public CORS", async () => {
        const root = await api.get("/ca/root", { headers: { origin: "https://example.org" } })
        expect(root.headers["content-type"]).toMatch(/application\/x-pem-file/)
        expect(root.headers["access-control-allow-origin"]).toBe("*")
        const issuing = await api.get("/ca/issuing")
        const rootCert = forge.pki.certificateFromPem(root.data)
        expect(rootCert.verify(forge.pki.certificateFromPem(issuing.data))).toBe(true)
        expect(root.data).not.toMatch(/PRIVATE KEY/)
        expect(issuing.data).not.toMatch(/PRIVATE KEY/)
      })

      it("GET /ca/certificates/:serial shows public information only; unknown → 404", async () => {
        const certificate = await issue()
        const response = await api.get(`/ca/certificates/${certificate.serial.toUpperCase()}`)
        expect(response.data.certificate).toMatchObject({
          serial: certificate.serial,
          subject_id: supplierA.subject_id,
          display_name: supplierA.display_name,
          status: "active",
          pem: certificate.pem,
        })
        expect(response.data.certificate).not.toHaveProperty("organization_id")
        expect(response.data.certificate).not.toHaveProperty("id")
        const missing = await api.get("/ca/certificates/7f00aa").catch((error: any) => error.response)
        expect(missing.status).toBe(404)
      })

      it("POST /admin/certificates/:serial/revoke: reason required and known, not twice, admin only", async () => {
        const certificate = await issue()
        const path = `/admin/certificates/${certificate.serial}/revoke`
        const fail = (error: any) => error.response

        const noReason = await api.post(path, {}, admin).catch(fail)
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toMatch(/reason/)
        const badReason = await api.post(path, { reason: "lostInterest" }, admin).catch(fail)
        expect(badReason.status).toBe(400)
        const anonymous = await api.post(path, { reason: "superseded" }).catch(fail)
        expect(anonymous.status).toBe(401)
        const unknown = await api.post(`/admin/certificates/7f00aa/revoke`, { reason: "superseded" }, admin).catch(fail)
        expect(unknown.status).toBe(404)

        expect((await api.post(path, { reason: "superseded" }, admin)).status).toBe(200)
        const twice = await api.post(path, { reason: "superseded" }, admin).catch(fail)
        expect(twice.status).toBe(400)
        expect(twice.data.message).toMatch(/already revoked/)
        expect(await auditActions(certificate.id)).toEqual(["certificate.issued", "certificate.revoked"])
      })
    })
  },
})
