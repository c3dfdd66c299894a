/**
 * Private documents over real HTTP and PostgreSQL: upload → list → download by the owner,
 * refusals for other organizations, anonymous callers and staff outside their scope, bad input
 * that writes nothing, and no public path serving the bytes.
 */
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { createRequire } from "node:module"
import { medusaIntegrationTestRunner } from "../../../tests/helpers/integration-runner"
import { ContainerRegistrationKeys, generateJwtToken, Modules } from "@medusajs/framework/utils"

// A small limit keeps the oversized uploads quick; read by the upload middleware and the service at boot.
const MAX_BYTES = 64 * 1024
process.env.GOVMALL_DOCUMENT_MAX_BYTES = String(MAX_BYTES)

const nodeRequire = createRequire(__filename)
const { generateUscc } = nodeRequire("@govmall/procurement-core/domain/uscc")

const PDF = Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n", "latin1")
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)])
const HTML = Buffer.from("<!DOCTYPE html><html><body><script>fetch('/supplier/me')</script></body></html>")

/** A stored ZIP with OFD.xml at its root: the smallest OFD package the sniffer accepts. */
function ofdPackage(): Buffer {
  const name = Buffer.from("OFD.xml")
  const data = Buffer.from('<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"/>')
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt32LE(data.length, 18)
  local.writeUInt32LE(data.length, 22)
  local.writeUInt16LE(name.length, 26)
  const central = Buffer.alloc(46)
  central.writeUInt32LE(0x02014b50, 0)
  central.writeUInt32LE(data.length, 20)
  central.writeUInt32LE(data.length, 24)
  central.writeUInt16LE(name.length, 28)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(1, 8)
  end.writeUInt16LE(1, 10)
  end.writeUInt32LE(46 + name.length, 12)
  end.writeUInt32LE(30 + name.length + data.length, 16)
  return Buffer.concat([local, name, data, central, name, end])
}

const sha256 = (bytes: Buffer) => crypto.createHash("sha256").update(bytes).digest("hex")

type Part = { bytes: Buffer; filename?: string; type?: string }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    const auth: Record<string, string> = {}
    const orgs: Record<string, string> = {}
    let baseUrl = ""

    async function token(actorType: string, actorId: string, email: string) {
      const container = getContainer()
      const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
      const identity = await container.resolve(Modules.AUTH).createAuthIdentities({
        provider_identities: [{ provider: "emailpass", entity_id: email }],
        app_metadata: { [`${actorType}_id`]: actorId },
      })
      return `Bearer ${generateJwtToken(
        { actor_id: actorId, actor_type: actorType, auth_identity_id: identity.id, app_metadata: {} },
        { secret: config.projectConfig.http.jwtSecret, expiresIn: "1d" }
      )}`
    }

    /** Multipart upload through fetch (native FormData), as a browser sends it. */
    async function upload(who: string | null, fields: Record<string, string>, file?: Part, actor = "supplier") {
      const form = new FormData()
      for (const [key, value] of Object.entries(fields)) form.append(key, value)
      if (file) form.append("file", new Blob([file.bytes], { type: file.type ?? "" }), file.filename ?? "upload.bin")
      const response = await fetch(`${baseUrl}/${actor}/documents`, {
        method: "POST",
        body: form,
        headers: who ? { authorization: auth[who] } : {},
      })
      return { status: response.status, data: (await response.json()) as any }
    }

    async function get(who: string | null, url: string) {
      const response = await fetch(`${baseUrl}${url}`, { headers: who ? { authorization: auth[who] } : {} })
      const bytes = Buffer.from(await response.arrayBuffer())
      const json = () => JSON.parse(bytes.toString("utf8"))
      return { status: response.status, headers: response.headers, bytes, json }
    }

    async function rows() {
      const [documents, contents, stored] = await Promise.all([
        dbConnection.raw(`SELECT count(*)::int AS n FROM "document"`),
        dbConnection.raw(`SELECT count(*)::int AS n FROM "document_content"`),
        dbConnection.raw(`SELECT count(*)::int AS n FROM "audit_log" WHERE "action" = 'document.stored'`),
      ])
      return { documents: documents.rows[0].n, contents: contents.rows[0].n, stored: stored.rows[0].n }
    }

    beforeAll(async () => {
      baseUrl = api.defaults.baseURL!.replace(/\/$/, "")
      const container = getContainer()
      const organizations = container.resolve("procurement_organization")
      const system = { actor_type: "system", actor_id: "documents-test" }
      let seed = 11
      const register = async (who: string, kind: "supplier" | "bank", name: string, approve: boolean) => {
        const email = `${who}@documents.example.cn`
        const { organization, member } = await organizations.registerOrganization({
          organization: {
            kind,
            name,
            uscc: generateUscc({ seed: seed++, regionCode: "140100" }),
            region_code: "140100",
            branch_name: kind === "bank" ? "太原分行" : undefined,
          },
          ...(kind === "supplier"
            ? { supplier_profile: { enterprise_size: "small", bank_account_name: name, bank_name: "中国工商银行太原分行", bank_account_number: "0502123409024567890" } }
            : {}),
          registrant: { name: "王丽", email },
        })
        if (approve) await organizations.transitionOrganization(organization.id, "approved", {}, system)
        orgs[who] = organization.id
        auth[who] = await token(kind, member.actor_id, email)
      }
      await register("supplierA", "supplier", "山西晋云信息技术有限公司", true)
      await register("supplierB", "supplier", "山西并州商贸有限公司", true)
      await register("supplierPending", "supplier", "山西卓越智能科技有限公司", false)
      await register("bankA", "bank", "中国建设银行股份有限公司", true)
      const staff = async (who: string, kind: string, name: string, region_code: string) => {
        const organization = await organizations.createOrganization(
          { kind, name, region_code, uscc: generateUscc({ seed: seed++, regionCode: region_code }) },
          system
        )
        const email = `${who.toLowerCase()}@documents.example.cn`
        const [user] = await container.resolve(Modules.USER).createUsers([{ email }])
        await organizations.createMember({ organization_id: organization.id, actor_type: "user", actor_id: user.id, role: "viewer", email, name }, system)
        orgs[who] = organization.id
        auth[who] = await token("user", user.id, email)
      }
      await staff("regulatorShanxi", "regulator", "山西省财政厅", "140000")
      await staff("regulatorBeijing", "regulator", "北京市财政局", "110000")
      await staff("agency", "agency", "山西省政府采购中心", "140000")
      await staff("platform", "platform", "GovMall 平台", "100000")
    })

    // The database is restored from the post-beforeAll snapshot before every test: each test
    // uploads what it reads.
    async function uploadLicence(): Promise<string> {
      const uploaded = await upload(
        "supplierA",
        { kind: "business_license", title: "营业执照（副本）" },
        { bytes: PDF, filename: "C:\\扫描\\营业执照（副本）.pdf", type: "application/pdf" }
      )
      expect(uploaded.status, JSON.stringify(uploaded.data)).toBe(201)
      return uploaded.data.document.id
    }

    describe("the owner uploads, lists and downloads", () => {
      it("stores a PDF with a Chinese name: detected type, size, sha256, sanitised name, uploader, audit", async () => {
        const before = await rows()
        const uploaded = await upload(
          "supplierA",
          { kind: "business_license", title: "营业执照（副本）" },
          { bytes: PDF, filename: "C:\\扫描\\营业执照（副本）.pdf", type: "application/pdf" }
        )
        expect(uploaded.status, JSON.stringify(uploaded.data)).toBe(201)
        const document = uploaded.data.document
        const id = document.id
        expect(document).toMatchObject({
          owner_organization_id: orgs.supplierA,
          kind: "business_license",
          title: "营业执照（副本）",
          filename: "营业执照（副本）.pdf",
          content_type: "application/pdf",
          size_bytes: PDF.length,
          sha256: sha256(PDF),
          uploaded_by_actor_type: "supplier",
        })
        expect(document.id).toMatch(/^doc_/)
        expect(document.created_at).toBeTruthy()
        expect(await rows()).toEqual({ documents: before.documents + 1, contents: before.contents + 1, stored: before.stored + 1 })
        const audit = await dbConnection.raw(`SELECT * FROM "audit_log" WHERE "record_id" = ? AND "action" = 'document.stored'`, [id])
        expect(audit.rows[0]).toMatchObject({ record_type: "document", organization_id: orgs.supplierA, actor_type: "supplier" })
        expect(audit.rows[0].after_digest).toMatch(/^[0-9a-f]{64}$/)
      })

      it("lists it (metadata only)", async () => {
        const id = await uploadLicence()
        const listed = await get("supplierA", "/supplier/documents")
        expect(listed.status).toBe(200)
        const { documents, count } = listed.json()
        expect(count).toBe(1)
        expect(documents[0]).toMatchObject({ id, filename: "营业执照（副本）.pdf", sha256: sha256(PDF) })
        expect(documents[0]).not.toHaveProperty("content")
        expect((await get("supplierA", "/supplier/documents?kind=qualification")).json().count).toBe(0)
        expect((await get("supplierA", "/supplier/documents?kind=passport")).status).toBe(400)
      })

      it("downloads the same bytes as a private, non-sniffable attachment and audits the read", async () => {
        const id = await uploadLicence()
        const download = await get("supplierA", `/supplier/documents/${id}/content`)
        expect(download.status).toBe(200)
        expect(download.bytes.equals(PDF)).toBe(true)
        expect(download.headers.get("content-type")).toBe("application/pdf")
        expect(download.headers.get("content-length")).toBe(String(PDF.length))
        expect(download.headers.get("x-content-type-options")).toBe("nosniff")
        expect(download.headers.get("cache-control")).toBe("private, no-store")
        const disposition = download.headers.get("content-disposition")!
        expect(disposition.startsWith("attachment;")).toBe(true)
        expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1])).toBe("营业执照（副本）.pdf")
        const reads = await dbConnection.raw(`SELECT * FROM "audit_log" WHERE "record_id" = ? AND "action" = 'document.read'`, [id])
        expect(reads.rows).toHaveLength(1)
        expect(reads.rows[0]).toMatchObject({ organization_id: orgs.supplierA, actor_type: "supplier" })
      })

      it("keeps it from another supplier (404, as if it did not exist) and from anonymous callers (401)", async () => {
        const id = await uploadLicence()
        const other = await get("supplierB", `/supplier/documents/${id}/content`)
        expect(other.status).toBe(404)
        expect(other.json().message).toBe(`document ${id} was not found`)
        expect((await get("supplierB", "/supplier/documents/doc_does_not_exist/content")).json().message).toBe(
          "document doc_does_not_exist was not found"
        )
        expect((await get("supplierB", "/supplier/documents")).json().count).toBe(0)
        expect((await get(null, `/supplier/documents/${id}/content`)).status).toBe(401)
        expect((await get(null, "/supplier/documents")).status).toBe(401)
        expect((await upload(null, { kind: "other" }, { bytes: PDF, type: "application/pdf" })).status).toBe(401)
        expect((await get(null, `/admin/documents/${id}/content`)).status).toBe(401)
        expect((await get(null, `/admin/organizations/${orgs.supplierA}/documents`)).status).toBe(401)
        // A bank token on the supplier route is not a supplier.
        expect((await get("bankA", `/supplier/documents/${id}/content`)).status).toBe(401)
      })

      it("lets the province's regulator, an agency and the platform read it, auditing each read; not another province's regulator", async () => {
        const id = await uploadLicence()
        for (const who of ["regulatorShanxi", "agency", "platform"]) {
          const listed = await get(who, `/admin/organizations/${orgs.supplierA}/documents`)
          expect(listed.status, who).toBe(200)
          expect(listed.json().documents.map((d: any) => d.id), who).toEqual([id])
          const download = await get(who, `/admin/documents/${id}/content`)
          expect(download.status, who).toBe(200)
          expect(download.bytes.equals(PDF), who).toBe(true)
          expect(download.headers.get("cache-control")).toBe("private, no-store")
          const read = await dbConnection.raw(
            `SELECT count(*)::int AS n FROM "audit_log" WHERE "record_id" = ? AND "action" = 'document.read' AND "organization_id" = ?`,
            [id, orgs[who]]
          )
          expect(read.rows[0].n, who).toBe(1)
        }
        const reads = await dbConnection.raw(`SELECT count(*)::int AS n FROM "audit_log" WHERE "action" = 'document.read'`)
        const listing = await get("regulatorBeijing", `/admin/organizations/${orgs.supplierA}/documents`)
        expect(listing.status).toBe(403)
        expect(listing.json().message).toContain("regulators act only within their province")
        const content = await get("regulatorBeijing", `/admin/documents/${id}/content`)
        expect(content.status).toBe(403)
        const after = await dbConnection.raw(`SELECT count(*)::int AS n FROM "audit_log" WHERE "action" = 'document.read'`)
        expect(after.rows[0].n).toBe(reads.rows[0].n)
      })

      it("serves nothing from a public path: /static by id, stored name or sha256 is 404, and no file is written", async () => {
        const id = await uploadLicence()
        for (const name of [id, encodeURIComponent("营业执照（副本）.pdf"), sha256(PDF), `${id}.pdf`]) {
          const response = await get(null, `/static/${name}`)
          expect(response.status, name).toBe(404)
          expect(response.bytes.includes(PDF.subarray(0, 16)), name).toBe(false)
        }
        const staticDir = path.join(process.cwd(), "static")
        const files = fs.existsSync(staticDir) ? fs.readdirSync(staticDir, { recursive: true }).map(String) : []
        expect(files.filter((f) => f.includes("营业执照") || f.includes(id))).toEqual([])
      })
    })

    describe("who may upload", () => {
      it("accepts a supplier under review (pending_review) and a bank, each seeing only its own", async () => {
        const pending = await upload("supplierPending", { kind: "qualification" }, { bytes: PNG, filename: "资质证书", type: "image/png" })
        expect(pending.status, JSON.stringify(pending.data)).toBe(201)
        expect(pending.data.document).toMatchObject({ owner_organization_id: orgs.supplierPending, filename: "资质证书.png", content_type: "image/png" })
        const bank = await upload("bankA", { kind: "certificate" }, { bytes: ofdPackage(), filename: "金融许可证.ofd", type: "application/octet-stream" }, "bank")
        expect(bank.status, JSON.stringify(bank.data)).toBe(201)
        expect(bank.data.document).toMatchObject({ content_type: "application/ofd", filename: "金融许可证.ofd" })
        const bankDownload = await get("bankA", `/bank/documents/${bank.data.document.id}/content`)
        expect(bankDownload.status).toBe(200)
        expect(bankDownload.bytes.equals(ofdPackage())).toBe(true)
        expect((await get("supplierPending", `/supplier/documents/${bank.data.document.id}/content`)).status).toBe(404)
        // Agencies read suppliers' documents, not banks'; the regulator of the province reads both.
        expect((await get("agency", `/admin/documents/${bank.data.document.id}/content`)).status).toBe(403)
        expect((await get("agency", `/admin/organizations/${orgs.bankA}/documents`)).status).toBe(403)
        expect((await get("regulatorShanxi", `/admin/documents/${bank.data.document.id}/content`)).status).toBe(200)
      })
    })

    describe("bad input: 4xx naming the field, nothing written", () => {
      async function refused(
        fields: Record<string, string>,
        file: Part | undefined,
        status: number,
        field: "file" | "kind" | "title"
      ) {
        const before = await rows()
        const response = await upload("supplierA", fields, file)
        expect(response.status, JSON.stringify(response.data)).toBe(status)
        expect(response.data.message).toMatch(new RegExp(`^${field}\\b|'${field}'|${field}:`))
        expect(await rows()).toEqual(before)
        return response
      }

      it("oversized, one byte over the limit (multer stops at the limit) → 413 naming file", async () => {
        const big = Buffer.concat([PDF, Buffer.alloc(MAX_BYTES + 1 - PDF.length, 0x20)])
        const response = await refused({ kind: "qualification" }, { bytes: big, filename: "big.pdf", type: "application/pdf" }, 413, "file")
        expect(response.data.message).toBe("file: the file is larger than the limit of 64 KiB")
      })

      it("oversized far beyond the limit (refused from Content-Length, body not read) → 413 naming file", async () => {
        const huge = Buffer.concat([PDF, Buffer.alloc(4 * MAX_BYTES, 0x20)])
        const response = await refused({ kind: "qualification" }, { bytes: huge, filename: "huge.pdf", type: "application/pdf" }, 413, "file")
        expect(response.data.message).toMatch(/^file: the request body \(\d+ bytes\) is larger than the file limit of 64 KiB; it was not read$/)
      })

      it("accepts exactly the limit", async () => {
        const exact = Buffer.concat([PDF, Buffer.alloc(MAX_BYTES - PDF.length, 0x20)])
        const response = await upload("supplierA", { kind: "other" }, { bytes: exact, filename: "exact.pdf", type: "application/pdf" })
        expect(response.status, JSON.stringify(response.data)).toBe(201)
        expect(response.data.document.size_bytes).toBe(MAX_BYTES)
      })

      it.each([
        ["an ELF executable sent as application/pdf", { bytes: ELF, filename: "report.pdf", type: "application/pdf" }, "an ELF executable"],
        ["HTML sent as application/pdf", { bytes: HTML, filename: "report.pdf", type: "application/pdf" }, "HTML"],
        ["a PNG declared as application/pdf", { bytes: PNG, filename: "report.pdf", type: "application/pdf" }, "declared as application/pdf"],
      ])("%s → 415 naming file", async (_, file, words) => {
        const response = await refused({ kind: "qualification" }, file, 415, "file")
        expect(response.data.message).toContain(words)
      })

      it("an empty file → 400 naming file", async () => {
        await refused({ kind: "qualification" }, { bytes: Buffer.alloc(0), filename: "empty.pdf", type: "application/pdf" }, 400, "file")
      })

      it("no file part → 400 naming file", async () => {
        const response = await refused({ kind: "qualification" }, undefined, 400, "file")
        expect(response.data.message).toBe("file: required")
      })

      it("JSON instead of multipart → 400 naming file", async () => {
        const before = await rows()
        const response = await api.post("/supplier/documents", { kind: "qualification" }, { headers: { authorization: auth.supplierA }, validateStatus: () => true })
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^file: required/)
        expect(await rows()).toEqual(before)
      })

      it("the file under another field name → 400 naming that field", async () => {
        const before = await rows()
        const form = new FormData()
        form.append("kind", "qualification")
        form.append("attachment", new Blob([PDF], { type: "application/pdf" }), "a.pdf")
        const response = await fetch(`${baseUrl}/supplier/documents`, { method: "POST", body: form, headers: { authorization: auth.supplierA } })
        expect(response.status).toBe(400)
        expect(((await response.json()) as any).message).toMatch(/^attachment: unexpected file/)
        expect(await rows()).toEqual(before)
      })

      it.each([
        ["a kind outside the list", { kind: "passport" }],
        ["a kind meant for other capabilities", { kind: "contract" }],
        ["no kind", {}],
      ])("%s → 400 naming kind", async (_, fields) => {
        const response = await refused(fields, { bytes: PDF, filename: "a.pdf", type: "application/pdf" }, 400, "kind")
        // Medusa's validation middleware words it: "Invalid request: Field 'kind' is required" / "… for field 'kind' …".
        expect(response.data.message).toContain("'kind'")
      })

      it("a title over 200 characters → 400 naming title", async () => {
        await refused({ kind: "other", title: "资".repeat(201) }, { bytes: PDF, filename: "a.pdf", type: "application/pdf" }, 400, "title")
      })
    })

    describe("the service, as other plugins call it", () => {
      it("refuses a bad kind or bad bytes with INVALID_DATA naming the field, writing nothing", async () => {
        const service = getContainer().resolve("procurement_document")
        const actor = { actor_type: "system", actor_id: "documents-test" }
        const before = await rows()
        await expect(
          service.storeDocument({ owner_organization_id: orgs.supplierA, kind: "passport", content: PDF }, actor)
        ).rejects.toMatchObject({ type: "invalid_data", message: expect.stringMatching(/^kind: must be one of /) })
        await expect(
          service.storeDocument({ owner_organization_id: orgs.supplierA, kind: "contract", content: ELF, filename: "a.pdf" }, actor)
        ).rejects.toMatchObject({ type: "invalid_data", message: expect.stringMatching(/^file: the content is an ELF executable/) })
        await expect(
          service.storeDocument({ owner_organization_id: orgs.supplierA, kind: "contract", content: Buffer.alloc(MAX_BYTES + 1, 0x25) }, actor)
        ).rejects.toMatchObject({ type: "invalid_data", message: "file: the file is larger than the limit of 64 KiB" })
        await expect(service.updateDocuments()).rejects.toMatchObject({ type: "not_allowed" })
        expect(await rows()).toEqual(before)
        const stored = await service.storeDocument(
          { owner_organization_id: orgs.supplierA, kind: "contract", content: PDF, filename: "政府采购合同.pdf", related_type: "contract", related_id: "ctr_1" },
          actor
        )
        expect(stored).toMatchObject({ kind: "contract", related_type: "contract", related_id: "ctr_1", filename: "政府采购合同.pdf" })
        const { content } = await service.readDocumentContent(stored.id, actor)
        expect(Buffer.from(content).equals(PDF)).toBe(true)
      })
    })

    describe("the database refuses a half-written document", () => {
      it("cannot commit a document row without its bytes (deferred constraint trigger)", async () => {
        const before = await rows()
        await expect(
          dbConnection.transaction(async (trx: any) => {
            await trx.raw(
              `INSERT INTO "document" ("id", "owner_organization_id", "kind", "filename", "content_type", "size_bytes", "sha256", "uploaded_by_actor_type", "uploaded_by_actor_id")
               VALUES ('doc_half', ?, 'other', 'a.pdf', 'application/pdf', 10, ?, 'system', 'test')`,
              [orgs.supplierA, sha256(PDF)]
            )
          })
        ).rejects.toThrow(/document doc_half has no content of 10 bytes/)
        expect(await rows()).toEqual(before)
      })
    })
  },
})
