/**
 * Authorization matrix: every HTTP route (discovered from `backend/src/api/**\/route.ts` and
 * `plugins/*\/src/api/**\/route.ts`, plus the Medusa core write routes in `CORE_ROUTES`) called
 * as every persona; the expected cell comes from `authorization/expectations.ts`.
 *
 * - allow: the handler is reached — 2xx, or a domain / validation 4xx other than 401/403/404.
 *   Some allowed POSTs carry a minimal body and get 400 from validation: validation runs after
 *   the role middleware (proven by the ordering test below), so a 400 means authorization let
 *   the call through.
 * - deny: 401 / 403 / 404 AND no row changed. "No row changed" = the database digest taken just
 *   before the call equals the one just after: for every table of the schema its row count and,
 *   where the table has one, max(updated_at) — one SQL statement built from
 *   information_schema. Every Medusa and GovMall model has updated_at (soft deletes set it too),
 *   so any INSERT, DELETE, UPDATE or soft delete shows up. pg_stat_user_tables counters were not
 *   used: they are flushed to the shared statistics asynchronously (up to a second later), so a
 *   write could be missed.
 *
 * One app boot, fixtures created once in beforeAll; one `it` per route with all personas.
 *
 * The bad-input sweep (last describe) reuses the discovery, the fixtures and the digest: every
 * discovered route gets malformed input as an allowed persona and must answer 4xx with a message
 * naming the field, writing nothing.
 */
import fs from "node:fs"
import path from "node:path"
import { createRequire } from "node:module"
import { medusaIntegrationTestRunner } from "../helpers/integration-runner"
import { ContainerRegistrationKeys, generateJwtToken, Modules, ProductStatus } from "@medusajs/framework/utils"
import { CORE_ROUTES, EXPECTATIONS, PERSONAS, type Access, type Persona } from "./authorization/expectations"

const nodeRequire = createRequire(__filename)
const { createProductsWorkflow, createSalesChannelsWorkflow, linkSalesChannelsToApiKeyWorkflow } = nodeRequire(
  "@medusajs/medusa/core-flows"
)
const { generateKeyPair, createCsr } = nodeRequire("@govmall/e-signature/domain/client/create-csr")
const { makeIdNumber } = nodeRequire("@govmall/procurement-core/domain/id-number")
const { generateUscc } = nodeRequire("@govmall/procurement-core/domain/uscc")
const { publishSolicitationWorkflow } = nodeRequire("@govmall/framework-agreement/workflows")

const REPO = path.resolve(__dirname, "../..")
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const

/** "METHOD /path" for every exported handler of every route.ts under the API folders. */
function discoverRoutes(): string[] {
  const apiDirs = [path.join(REPO, "backend/src/api")]
  for (const plugin of fs.readdirSync(path.join(REPO, "plugins"))) {
    apiDirs.push(path.join(REPO, "plugins", plugin, "src/api"))
  }
  const routes: string[] = []
  const walk = (dir: string, apiDir: string) => {
    if (!fs.existsSync(dir)) return
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full, apiDir)
      else if (entry.name === "route.ts") {
        const source = fs.readFileSync(full, "utf8")
        const segments = path
          .relative(apiDir, dir)
          .split(path.sep)
          .filter((s) => s && !/^\(.*\)$/.test(s))
          .map((s) => s.replace(/^\[(\w+)\]$/, ":$1"))
        const routePath = "/" + segments.join("/")
        for (const method of METHODS) {
          if (new RegExp(`export\\s+(const|async\\s+function|function)\\s+${method}\\b`).test(source)) {
            routes.push(`${method} ${routePath}`)
          }
        }
      }
    }
  }
  for (const dir of apiDirs) walk(dir, dir)
  return routes.sort()
}

const DISCOVERED = discoverRoutes()
const ALL_ROUTES = [...new Set([...DISCOVERED, ...CORE_ROUTES])].sort()

type Headers = Record<string, string>
type Fixtures = {
  publishableKey: string
  productId: string
  deletableProductId: string
  targetOrgId: string
  draftAnnouncementId: string
  publishedAnnouncementId: string
  certificateSerial: string
  offerId: string
  priceReportId: string
  reportedOfferId: string
  agencyAOrgId: string
  agencyBOrgId: string
  emallOrderId: string
  supplierDocumentId: string
  bankDocumentId: string
  solDraftA: string
  solDraftB: string
  solSubmittedA: string
  solApprovedA: string
  solCancelA: string
  solPublishedA: string
  clarificationId: string
  faShortlistedSol: string
  faShortlistedLot: string
  faPendingA: string
  faActiveA: string
  faFiledA: string
  faOpenA: string
  fmemApplied: string
  fmemToRemove: string
  fmemToLeave: string
  supplierAOrgId: string
  solPublishedALotId: string
  responseA: string
  inbox: Partial<Record<Persona, string>>
  /** One open identity challenge per expert persona. */
  identityChallenges: Partial<Record<Persona, string>>
}

let counter = 0
let expertSequence = 100
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`

/** Concrete path parameters for a route, per persona where the record is personal (inbox). */
function paramsFor(route: string, persona: Persona, fx: Fixtures): Record<string, string> {
  const [method, pattern] = route.split(" ")
  if (pattern === "/admin/solicitations/:id") return { id: method === "GET" ? fx.solSubmittedA : fx.solDraftB }
  if (pattern === "/admin/solicitations/:id/submit") return { id: fx.solDraftA }
  if (pattern === "/admin/solicitations/:id/publish") return { id: fx.solApprovedA }
  if (pattern === "/admin/solicitations/:id/cancel") return { id: fx.solCancelA }
  if (pattern.startsWith("/admin/solicitations/:id/clarifications/")) return { id: fx.solPublishedA, clarification_id: fx.clarificationId }
  if (pattern.startsWith("/admin/solicitations/")) return { id: fx.solSubmittedA }
  if (pattern.startsWith("/supplier/solicitations/:id/responses/:response_id")) return { id: fx.solPublishedA, response_id: fx.responseA }
  if (pattern.startsWith("/store/solicitations/") || pattern.startsWith("/supplier/solicitations/")) return { id: fx.solPublishedA }
  if (pattern === "/admin/framework-agreements/:id/file") return { id: fx.faActiveA }
  if (pattern === "/admin/framework-agreements/:id/acknowledge-filing") return { id: fx.faFiledA }
  if (pattern === "/admin/framework-agreements/:id/memberships/:membership_id/review") return { id: fx.faOpenA, membership_id: fx.fmemApplied }
  if (pattern === "/admin/framework-agreements/:id/memberships/:membership_id/remove") return { id: fx.faOpenA, membership_id: fx.fmemToRemove }
  if (pattern === "/supplier/framework-agreements/:id/memberships/:membership_id/leave") return { id: fx.faOpenA, membership_id: fx.fmemToLeave }
  if (pattern === "/supplier/framework-agreements/:id/apply") return { id: fx.faOpenA }
  if (pattern.startsWith("/admin/framework-agreements/") || pattern.startsWith("/supplier/framework-agreements/")) return { id: fx.faPendingA }
  if (pattern.startsWith("/admin/announcements/")) return { id: fx.draftAnnouncementId }
  if (pattern.startsWith("/store/announcements/")) return { id: fx.publishedAnnouncementId }
  if (pattern.startsWith("/admin/organizations/")) return { id: fx.targetOrgId }
  if (pattern.startsWith("/supplier/documents/") || pattern.startsWith("/admin/documents/")) return { id: fx.supplierDocumentId }
  if (pattern.startsWith("/bank/documents/")) return { id: fx.bankDocumentId }
  if (pattern.startsWith("/admin/inbox/") || pattern.startsWith("/store/inbox/")) {
    return { id: fx.inbox[persona] ?? "inbox_nobody" }
  }
  if (pattern.startsWith("/expert/identity-challenges/")) return { id: fx.identityChallenges[persona] ?? "idch_nobody" }
  if (pattern.includes(":serial")) return { serial: fx.certificateSerial }
  if (pattern.startsWith("/admin/offers/") || pattern.startsWith("/supplier/offers/")) return { id: fx.offerId }
  if (pattern.startsWith("/admin/price-reports/")) return { id: fx.priceReportId }
  if (pattern.startsWith("/store/catalog/products/") || pattern.startsWith("/catalog/products/")) return { id: fx.productId }
  if (pattern.startsWith("/store/emall/carts/")) return { id: "cart_matrix_probe" }
  if (pattern.startsWith("/supplier/orders/")) return { id: "order_matrix_probe" }
  if (pattern.startsWith("/admin/emall-orders/")) return { id: fx.emallOrderId }
  if (pattern === "/admin/products/:id") return { id: method === "DELETE" ? fx.deletableProductId : fx.productId }
  return {}
}

/** A body that the allowed personas' call can use (valid where cheap, minimal otherwise). */
function bodyFor(route: string, fx: Fixtures): unknown {
  const n = unique()
  switch (route) {
    case "POST /admin/announcements":
      return { type: "solicitation_notice", title: "办公椅框架协议采购公告", body: "报价截止 20 日内。", region_code: "140100" }
    case "POST /admin/solicitations":
      return solicitationPlan()
    case "POST /admin/framework-agreements":
      return {
        solicitation_id: fx.faShortlistedSol,
        lot_id: fx.faShortlistedLot,
        shortlisted: [{ supplier_org_id: fx.supplierAOrgId, price_fen: 120_000, product: { brand: "嘉和", model: "JH-1400", specification: "钢木办公桌" } }],
      }
    case "POST /admin/framework-agreements/:id/sign":
    case "POST /supplier/framework-agreements/:id/sign":
      return badSignature()
    case "POST /supplier/framework-agreements/:id/apply":
      return { product: { brand: "嘉和", model: "JH-1400", specification: "钢木办公桌" }, price_fen: 120_000, record: badSignature() }
    case "POST /admin/framework-agreements/:id/memberships/:membership_id/review":
      return { decision: "reject", reason: "资质文件不全" }
    case "POST /admin/framework-agreements/:id/memberships/:membership_id/remove":
      return { reason: "collusion", note: "串通投标" }
    case "POST /supplier/framework-agreements/:id/memberships/:membership_id/leave":
      return { reason: "经营调整" }
    case "POST /admin/solicitations/:id":
      return { title: "太原市办公家具框架协议采购（修订）" }
    case "POST /admin/solicitations/:id/cancel":
      return { reason: "采购需求发生重大变化" }
    case "POST /admin/solicitations/:id/return":
      return { reason: "需求调查不充分，请补充地市采购人意见" }
    case "POST /admin/solicitations/:id/clarifications/:clarification_id/answer":
      return { answer: "接受国产操作系统，须为正版授权。", changes_documents: false }
    case "POST /supplier/solicitations/:id/clarifications":
      return { question: "是否接受国产操作系统？" }
    case "POST /supplier/solicitations/:id/responses":
      return { lot_id: fx.solPublishedALotId, ...responseProbe() }
    case "POST /supplier/solicitations/:id/responses/:response_id/replace":
      return responseProbe()
    case "POST /supplier/solicitations/:id/responses/:response_id/open":
      return { content_key: "AAAA" }
    case "POST /supplier/solicitations/:id/deposits":
      return { lot_id: fx.solPublishedALotId, account_number: "6222020200110000011" }
    case "POST /admin/announcements/:id/withdraw":
      return { reason: "规格有误" }
    case "POST /admin/organizations":
      return { kind: "purchasing_unit", name: `太原市测试局 ${n}`, region_code: "140100" }
    case "POST /admin/organizations/:id/reject":
    case "POST /admin/organizations/:id/suspend":
    case "POST /admin/organizations/:id/ban":
      return { reason: "矩阵测试" }
    case "POST /admin/organizations/:id/members":
      return { email: `member-${n}@matrix.example.cn`, password: "matrix-pass-1", name: "矩阵", role: "operator" }
    case "POST /admin/experts":
      return {
        email: `expert-${n}@matrix.example.cn`,
        password: "matrix-pass-1",
        name: "矩阵专家",
        id_number: makeIdNumber("140105", "1980-01-01", expertSequence++),
        specialities: ["A02010104"],
        region_code: "140100",
      }
    case "POST /admin/calendar-overrides":
      return { date: "2027-01-01", is_working_day: false, name: "元旦" }
    case "POST /admin/certificates/:serial/revoke":
      return { reason: "superseded" }
    case "POST /expert/identity-challenges":
      return { purpose: "evaluation:matrix" }
    // A well-formed answer naming a certificate nobody was issued: 400 unknown_certificate from
    // the handler, so the expert's own challenge stays open for every persona and the sweep.
    case "POST /expert/identity-challenges/:id/answer":
      return { signature: "AAAA", certificate_serial: "7f00aa", signed_at: new Date().toISOString() }
    case "POST /admin/offers/:id/reject":
      return { reason: "价格偏高" }
    case "POST /admin/reference-prices":
      return { product_id: fx.productId, price_fen: 310000, source: "厂商官网" }
    case "POST /supplier/offers":
      return { product_id: fx.productId, price_fen: 280000, stock: 5, delivery_region_codes: ["140000"], lead_time_days: 3 }
    case "POST /supplier/offers/:id":
      return { stock: 7 }
    case "POST /supplier/offers/:id/price":
      return { price_fen: 270000 }
    case "POST /admin/price-reports/:id/uphold":
      return { reason: "价格高于市场价", target_price_fen: 250000 }
    case "POST /admin/price-reports/:id/dismiss":
      return { reason: "证据不足" }
    // A report on the approved fixture offer: each purchasing unit's first call writes one.
    case "POST /store/emall/price-reports":
      return { offer_id: fx.reportedOfferId, evidence_text: "京东自营同型号 ¥2,499", observed_price_fen: 249900 }
    // Validation-level probes (strict schemas refuse an unknown key): no cart / order fixtures yet.
    case "POST /store/emall/carts/:id/complete":
    case "POST /supplier/orders/:id/confirm":
      return { matrix_probe: true }
    case "POST /admin/products/:id":
      return { title: "格力 GREE 云佳 壁挂式空调 KFR-35GW（改）" }
    case "POST /admin/invites":
      return { email: `invite-${n}@matrix.example.cn` }
    case "POST /admin/api-keys":
      return { title: `matrix ${n}`, type: "publishable" }
    case "POST /admin/regions":
      return { name: `矩阵区域 ${n}`, currency_code: "cny" }
    default:
      return {}
  }
}

/** A well-formed SignedRecord that does not verify (no such certificate): the handler answers 400. */
function badSignature() {
  return { signature: "c2lnbmF0dXJl", certificate_serial: "7f00aa", signed_at: new Date().toISOString(), algorithm: "RSA-SHA256" }
}

/** A response body whose envelope is malformed: validated, then refused by the handler (400). */
function responseProbe() {
  return {
    plaintext: {
      brand: "震旦",
      product_model: "AD-1407",
      specification: "钢木结构办公桌",
      catalog_product_id: null,
      qualification_document_ids: [],
      warranty_months: 36,
      delivery_days: 15,
    },
    envelope: { v: 1 },
    signature: { signature: "AAAA", certificate_serial: "7f00aa", signed_at: new Date().toISOString() },
  }
}

/** A framework-agreement plan that breaks no rule: office furniture for Taiyuan, closed, price-priority. */
function solicitationPlan() {
  return {
    title: "太原市办公家具框架协议采购",
    region_code: "140100",
    catalog_item_codes: ["A05010000"],
    centralized_catalog: true,
    eligible_region_codes: ["140100"],
    agreement_kind: "closed",
    evaluation_method: "price_priority",
    elimination_rate_percent: 20,
    phase2_methods: [{ method: "direct_selection" }],
    term_months: 12,
    response_window_days: 20,
    demand_survey: {
      purchasers: [{ name: "太原市教育局" }, { name: "太原市公安局" }, { name: "太原市卫生健康委员会" }],
      suppliers: [{ name: "山西嘉和家具有限公司" }, { name: "太原市晋阳办公设备有限公司" }, { name: "山西并州商贸有限公司" }],
    },
    policy_preferences: [{ kind: "small_micro_enterprise", price_deduction_percent: 10 }],
    agreement_template: "甲方：太原市公共资源交易中心；乙方：入围供应商。第二阶段成交价不得高于协议价格。",
    lots: [
      {
        name: "办公桌椅",
        specification: "钢木结构，E1 级板材，1400×700×750 mm",
        kind: "goods",
        quantity_estimate: 2000,
        unit: "套",
        budget_fen: 300_000_000,
        max_unit_price_fen: 150_000,
        consumables_price_required: false,
        deposit_fen: 0,
      },
    ],
  }
}

/**
 * Bad-input sweep (see the describe at the end): routes it cannot sweep, with the reason. Every
 * other discovered route is swept, so a new route is swept without being listed anywhere.
 */
const NOT_SWEPT: Record<string, string> = {
  // No persona may call it in the matrix fixtures (both suppliers are approved, only a rejected
  // supplier's admin may resubmit): every call ends at 403 before validation.
  "POST /supplier/resubmit": "no allowed persona in the fixtures (only a rejected supplier may call it)",
}

/**
 * Probes a route legitimately accepts ("ROUTE probe name" → why): the sweep expects a 2xx for
 * these instead of a 4xx, so the list cannot silently grow stale.
 */
const ACCEPTED_PROBES: Record<string, string> = {
  "POST /admin/announcements body: 10k-character string": "announcement text is long by nature (up to 200,000 characters)",
  "POST /admin/solicitations agreement_template: 10k-character string": "an agreement template is long by nature (up to 200,000 characters)",
  "POST /admin/solicitations/:id/clarifications/:clarification_id/answer answer: 10k-character string":
    "an answer may quote the amended documents (up to 20,000 characters)",
  "POST /admin/announcements region_code: null": "an announcement without a region is a national one",
  "POST /admin/calendar-overrides name: null": "the holiday name is optional",
  "POST /store/emall/price-reports observed_price_fen: null": "the observed price is optional: the evidence text is enough",
}

/** GET routes without a path id that take no query: an unknown parameter is ignored (as Medusa's own routes do). */
const TAKES_NO_QUERY: Record<string, string> = {
  "GET /bank/me": "the caller's own record, no query",
  "GET /supplier/me": "the caller's own record, no query",
  "GET /expert/me": "the caller's own record, no query",
  "GET /ca/root": "a fixed PEM, no query",
  "GET /ca/issuing": "a fixed PEM, no query",
  "GET /ca/crl": "the whole revocation list, no query",
}

type BadInput = { name: string; body?: unknown; raw?: string; url?: string; field?: string }

const LONG = "长".repeat(10_001)

/** The malformed inputs sent to one POST route: a few shape errors, then per-field type errors. */
function badBodies(base: unknown, url: string, pattern: string): BadInput[] {
  const inputs: BadInput[] = [
    { name: "non-JSON body", raw: "{not json" },
    { name: "JSON array instead of object", body: [base] },
    // With an empty base the message names the missing required fields first, which is right.
    {
      name: "unknown field",
      body: { ...(base as object), zz_unknown_field: "x" },
      field: Object.keys(base ?? {}).length ? "zz_unknown_field" : undefined,
    },
  ]
  if (/:\w+/.test(pattern)) {
    inputs.push({ name: "unknown path id", body: base, url: pattern.replace(/:(\w+)/g, "does_not_exist") })
  }
  for (const [field, value] of Object.entries((base ?? {}) as Record<string, unknown>)) {
    const wrong =
      typeof value === "string" ? 12345 : typeof value === "number" ? "abc" : Array.isArray(value) ? "not-an-array" : typeof value === "boolean" ? "yes" : null
    const variants: [string, unknown][] = [["null", null]]
    if (wrong !== null) variants.push([`wrong type ${JSON.stringify(wrong)}`, wrong])
    if (typeof value === "string") variants.push(["10k-character string", LONG])
    if (field.endsWith("_fen")) variants.push(["negative", -1], ["fractional", 1.5], ["huge", 1e21])
    for (const [what, bad] of variants) {
      inputs.push({ name: `${field}: ${what}`, body: { ...(base as object), [field]: bad }, field })
    }
  }
  return inputs.map((input) => ({ ...input, url: input.url ?? url }))
}

const takesQuery = (route: string) => !TAKES_NO_QUERY[route] && !/:\w+/.test(route)

function badQueries(url: string, pattern: string, route: string): BadInput[] {
  const inputs: BadInput[] = []
  if (takesQuery(route)) {
    inputs.push(
      { name: "limit=-1", url: `${url}?limit=-1`, field: "limit" },
      { name: "offset=abc", url: `${url}?offset=abc`, field: "offset" },
      { name: "limit=1.5", url: `${url}?limit=1.5`, field: "limit" }
    )
  }
  if (/:\w+/.test(pattern)) inputs.push({ name: "unknown path id", url: pattern.replace(/:(\w+)/g, "does_not_exist") })
  return inputs
}

const isDenied = (status: number) => status === 401 || status === 403 || status === 404

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    const headers: Partial<Record<Persona, Headers>> = {}
    const fx = { inbox: {}, identityChallenges: {} } as Fixtures
    let digestSql = ""

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

    async function digest(): Promise<Record<string, string>> {
      const result = await dbConnection.raw(digestSql)
      return result.rows[0].digest
    }

    async function call(method: string, url: string, persona: Persona, body: unknown) {
      const response = await api
        .request({
          method,
          url,
          data: method === "GET" || method === "DELETE" ? undefined : body,
          headers: { "x-publishable-api-key": fx.publishableKey, ...(headers[persona] ?? {}) },
          validateStatus: () => true,
        })
      return response
    }

    beforeAll(async () => {
      const container = getContainer()
      // The business clock stays on real time: the run's test CA is valid from now on.
      const organizations = container.resolve("procurement_organization")
      const system = { actor_type: "system", actor_id: "matrix-seed" }

      // Store: publishable key + sales channel, two products, a reference price.
      const key = await container.resolve(Modules.API_KEY).createApiKeys({ title: "store", type: "publishable", created_by: "test" })
      fx.publishableKey = key.token
      const {
        result: [channel],
      } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [{ name: "政府采购电子卖场" }] } })
      await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channel.id] } })
      const product = (title: string, model: string) => ({
        title,
        status: ProductStatus.PUBLISHED,
        metadata: { brand: "格力", model },
        sales_channels: [{ id: channel.id }],
        options: [{ title: "规格", values: ["标准"] }],
        variants: [{ title: "标准", options: { 规格: "标准" }, prices: [{ currency_code: "cny", amount: 2999 }] }],
      })
      const { result: products } = await createProductsWorkflow(container).run({
        input: { products: [product("格力 GREE 云佳 壁挂式空调 KFR-35GW", "KFR-35GW"), product("格力 柜机 KFR-72LW", "KFR-72LW")] },
      })
      fx.productId = products[0].id
      fx.deletableProductId = products[1].id
      await container.resolve("emall_offer").recordReferencePrice({ product_id: fx.productId, price_fen: 300000, source: "厂商官网" }, system)

      // Organizations and their members.
      let seed = 1
      const org = async (kind: string, name: string, region_code: string, withUscc = true) =>
        organizations.createOrganization(
          { kind, name, region_code, uscc: withUscc ? generateUscc({ seed: seed++, regionCode: region_code }) : null },
          system
        )
      const registered = async (kind: "supplier" | "bank", name: string, email: string) => {
        const { organization, member } = await organizations.registerOrganization({
          organization: { kind, name, uscc: generateUscc({ seed: seed++, regionCode: "140100" }), region_code: "140100", branch_name: kind === "bank" ? "太原分行" : undefined },
          ...(kind === "supplier"
            ? { supplier_profile: { enterprise_size: "small", bank_account_name: name, bank_name: "中国工商银行太原分行", bank_account_number: "0502123409024567890" } }
            : {}),
          registrant: { name: "王丽", email },
        })
        await organizations.transitionOrganization(organization.id, "approved", {}, system)
        return { organization, member }
      }
      const staff = async (persona: Persona, kind: string, name: string, region_code: string, role: string) => {
        const organization = await org(kind, name, region_code)
        if (persona === "agencyA") fx.agencyAOrgId = organization.id
        if (persona === "agencyB") fx.agencyBOrgId = organization.id
        const email = `${persona.toLowerCase()}@matrix.example.cn`
        const [user] = await container.resolve(Modules.USER).createUsers([{ email }])
        await organizations.createMember({ organization_id: organization.id, actor_type: "user", actor_id: user.id, role, email, name }, system)
        headers[persona] = { authorization: await token("user", user.id, email) }
        return user.id as string
      }
      const purchasingUnits: Partial<Record<Persona, string>> = {}
      const purchaser = async (persona: Persona, name: string, region_code: string) => {
        const organization = await org("purchasing_unit", name, region_code)
        const email = `${persona.toLowerCase()}@matrix.example.cn`
        const customer = await container.resolve(Modules.CUSTOMER).createCustomers({ email })
        await organizations.createMember(
          { organization_id: organization.id, actor_type: "customer", actor_id: customer.id, role: "admin", email, name },
          system
        )
        headers[persona] = { authorization: await token("customer", customer.id, email) }
        purchasingUnits[persona] = organization.id
        return customer.id as string
      }

      const userIds: Partial<Record<Persona, string>> = {}
      userIds.agencyA = await staff("agencyA", "agency", "山西省政府采购中心", "140000", "approver")
      userIds.agencyB = await staff("agencyB", "agency", "太原市公共资源交易中心", "140100", "operator")
      userIds.regulator = await staff("regulator", "regulator", "山西省财政厅", "140000", "admin")
      userIds.regulatorOther = await staff("regulatorOther", "regulator", "北京市财政局", "110000", "admin")
      userIds.platformAdmin = await staff("platformAdmin", "platform", "GovMall 平台", "100000", "admin")
      userIds.purchaserA = await purchaser("purchaserA", "太原市教育局", "140100")
      userIds.purchaserB = await purchaser("purchaserB", "大同市卫生健康委员会", "140200")

      const ownOrganization: Partial<Record<Persona, string>> = {}
      for (const [persona, kind, name] of [
        ["supplierA", "supplier", "太原市晋阳办公设备有限公司"],
        ["supplierB", "supplier", "山西并州商贸有限公司"],
        ["bankA", "bank", "中国工商银行股份有限公司"],
        ["bankB", "bank", "中国建设银行股份有限公司"],
      ] as const) {
        const email = `${persona.toLowerCase()}@matrix.example.cn`
        const { organization, member } = await registered(kind, name, email)
        ownOrganization[persona] = organization.id
        headers[persona] = { authorization: await token(kind, member.actor_id, email) }
      }

      // One private document each for supplier A and bank A (the service is what the upload route calls).
      const documents = container.resolve("procurement_document")
      const pdf = Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n", "latin1")
      for (const persona of ["supplierA", "bankA"] as const) {
        const stored = await documents.storeDocument(
          { owner_organization_id: ownOrganization[persona], kind: "qualification", filename: "资质证书.pdf", content: pdf, declared_content_type: "application/pdf" },
          system
        )
        if (persona === "supplierA") fx.supplierDocumentId = stored.id
        else fx.bankDocumentId = stored.id
      }
      for (const [persona, seedNo] of [
        ["expertOnPanel", 1],
        ["expertOffPanel", 2],
      ] as const) {
        const email = `${persona.toLowerCase()}@matrix.example.cn`
        const expert = await organizations.createExpert(
          { name: `专家${seedNo}`, id_number: makeIdNumber("140105", "1975-06-01", seedNo), specialities: ["A02010104"], region_code: "140100", email },
          system
        )
        headers[persona] = { authorization: await token("expert", expert.id, email) }
        const challenge = await container.resolve("e_signature").issueIdentityChallenge({ expert_id: expert.id, purpose: "evaluation:matrix" })
        fx.identityChallenges[persona] = challenge.id
      }

      // The organization the review routes act on: a Shanxi supplier awaiting review.
      const target = await organizations.registerOrganization({
        organization: { kind: "supplier", name: "待审供应商有限公司", uscc: generateUscc({ seed: seed++, regionCode: "140100" }), region_code: "140100" },
        supplier_profile: { enterprise_size: "micro", bank_account_name: "x", bank_name: "x", bank_account_number: "1" },
        registrant: { name: "赵敏", email: "target@matrix.example.cn" },
      })
      fx.targetOrgId = target.organization.id

      // Announcements: a Taiyuan draft by another member of agency A (so agency A's approver may
      // publish it, and agency B may not even see it) and a published one.
      const announcements = container.resolve("procurement_announcement")
      const author = { actor_type: "user", actor_id: "user_matrix_author", organization_id: fx.agencyAOrgId }
      const draft = await announcements.createDraftAnnouncement(
        { type: "solicitation_notice", title: "草稿公告", body: "正文", region_code: "140100" },
        author
      )
      fx.draftAnnouncementId = draft.id
      const published = await announcements.createDraftAnnouncement({ type: "award_result", title: "中标结果公告", body: "正文" }, author)
      await announcements.publishAnnouncement(published.id, { actor_type: "user", actor_id: "user_matrix_approver" })
      fx.publishedAnnouncementId = published.id

      // An e-mall order of purchasing unit A (Taiyuan) for the admin views; its Medusa order is
      // not needed to reach the handler (the view shows `order: null`).
      const [emallOrder] = await container.resolve("emall_offer").createEmallOrders([
        {
          order_id: "order_matrix_probe",
          supplier_org_id: "org_matrix_supplier",
          purchasing_unit_org_id: purchasingUnits.purchaserA,
          offer_ids: [],
          total_fen: 100,
          confirm_by: new Date(Date.now() + 86_400_000),
        },
      ])
      fx.emallOrderId = emallOrder.id

      // One inbox message per persona that has an inbox.
      const inbox = container.resolve("procurement_inbox")
      for (const persona of ["agencyA", "agencyB", "regulator", "regulatorOther", "platformAdmin", "purchaserA", "purchaserB"] as const) {
        const message = await inbox.sendMessage({
          recipient_actor_type: persona.startsWith("purchaser") ? "customer" : "user",
          recipient_id: userIds[persona],
          title: "待办",
          body: "矩阵测试",
          category: "system",
        })
        fx.inbox[persona] = message.id
      }

      // Supplier A's certificate (CSR through its own route) and its pending offer.
      const keys = generateKeyPair()
      const issued = await call("POST", "/supplier/certificates", "supplierA", { csr_pem: createCsr(keys.privateKeyPem) })
      expect(issued.status, JSON.stringify(issued.data)).toBe(200)
      fx.certificateSerial = issued.data.certificate.serial
      const offer = await call("POST", "/supplier/offers", "supplierA", {
        product_id: fx.productId,
        price_fen: 280000,
        stock: 10,
        delivery_region_codes: ["140000"],
        lead_time_days: 3,
      })
      expect(offer.status, JSON.stringify(offer.data)).toBe(201)
      fx.offerId = offer.data.offer.id

      // An approved offer of supplier A on a third product, and an open price report on it by
      // purchaser A's unit (the /admin/price-reports/:id routes act on it).
      const { result: [reportedProduct] } = await createProductsWorkflow(container).run({
        input: { products: [product("格力 GREE 天丽 壁挂式空调 KFR-26GW", "KFR-26GW")] },
      })
      const reportedOffer = await call("POST", "/supplier/offers", "supplierA", {
        product_id: reportedProduct.id,
        price_fen: 280000,
        stock: 10,
        delivery_region_codes: ["140000"],
        lead_time_days: 3,
      })
      expect(reportedOffer.status, JSON.stringify(reportedOffer.data)).toBe(201)
      fx.reportedOfferId = reportedOffer.data.offer.id
      await container.resolve("emall_offer").approveOffer(fx.reportedOfferId, [], system)
      const otherUnit = await org("purchasing_unit", "太原市财政局", "140100")
      const report = await container.resolve("emall_offer").createPriceReport(
        { offer_id: fx.reportedOfferId, reporter_org_id: otherUnit.id, evidence_text: "天猫旗舰店 ¥2,399", observed_price_fen: 239900 },
        { actor_type: "customer", actor_id: "cus_matrix_reporter", organization_id: otherUnit.id }
      )
      fx.priceReportId = report.id

      // Framework-agreement solicitations, one per state the routes act on. Agency A's plans are
      // drafted by another member of agency A (so agency A's approver may submit them).
      const solicitations = container.resolve("solicitation")
      const planAuthorA = { actor_type: "user", actor_id: "user_matrix_planner", organization_id: fx.agencyAOrgId }
      const reviewer = { actor_type: "user", actor_id: userIds.regulator!, organization_id: null }
      const planOfA = async (title: string) =>
        (await solicitations.createSolicitation({ ...solicitationPlan(), title, owner_org_id: fx.agencyAOrgId }, planAuthorA)).id as string
      const submitted = async (title: string) => {
        const id = await planOfA(title)
        await solicitations.submitSolicitation(id, { ...planAuthorA, actor_id: "user_matrix_submitter" })
        return id
      }
      const approved = async (title: string) => {
        const id = await submitted(title)
        await solicitations.reviewSolicitation(id, "approve", null, reviewer)
        return id
      }
      fx.solDraftA = await planOfA("矩阵草稿 A")
      fx.solDraftB = (
        await solicitations.createSolicitation(
          { ...solicitationPlan(), title: "矩阵草稿 B", owner_org_id: fx.agencyBOrgId },
          { actor_type: "user", actor_id: userIds.agencyB!, organization_id: fx.agencyBOrgId }
        )
      ).id
      fx.solSubmittedA = await submitted("矩阵待审")
      fx.solApprovedA = await approved("矩阵待发布")
      fx.solCancelA = await approved("矩阵待终止")
      fx.solPublishedA = await approved("矩阵已发布")
      await publishSolicitationWorkflow(container).run({ input: { id: fx.solPublishedA, actor: planAuthorA } })
      const question = await solicitations.askClarification(
        fx.solPublishedA,
        { question: "交货期能否延长至 30 天？" },
        { actor_type: "supplier", actor_id: "mem_matrix_asker", organization_id: ownOrganization.supplierA! }
      )
      fx.clarificationId = question.id
      // Supplier A's response to it (written by the service: the fixture needs no real seal).
      fx.solPublishedALotId = (await solicitations.retrieveWithLots(fx.solPublishedA)).lots[0].id
      const supplierAOrg = await container.resolve("procurement_organization").retrieveOrganization(ownOrganization.supplierA!)
      fx.responseA = (
        await container.resolve("response").submitResponse(
          {
            ...responseProbe().plaintext,
            solicitation_id: fx.solPublishedA,
            lot_id: fx.solPublishedALotId,
            lot_deposit_fen: 0,
            supplier_org_id: supplierAOrg.id,
            supplier_uscc: supplierAOrg.uscc,
            envelope: { v: 1 },
            signature: responseProbe().signature,
            signer_uscc: supplierAOrg.uscc,
            foreign_certificate: false,
            client_ip: "223.104.3.1",
            device_fingerprint: null,
            mac: null,
          },
          { actor_type: "supplier", actor_id: "mem_matrix_responder", organization_id: supplierAOrg.id }
        )
      ).id

      // Framework agreements: set up through the module service (the evaluation that generates
      // them is another branch): a solicitation at shortlist_published for the generate route,
      // agency A's closed agreements with supplier A in three states, an open active agreement.
      fx.supplierAOrgId = ownOrganization.supplierA!
      fx.faShortlistedSol = await planOfA("矩阵入围")
      await solicitations.updateSolicitations({ id: fx.faShortlistedSol, status: "shortlist_published" })
      fx.faShortlistedLot = (await solicitations.retrieveWithLots(fx.faShortlistedSol)).lots[0].id
      const fa = container.resolve("framework_agreement")
      const clockNow = container.resolve("procurement_clock").now()
      const agreementIn = async (lot: string, kind: "closed" | "open", supplier: string | null, state: Record<string, unknown>) => {
        const [created] = await fa.generateAgreements(
          {
            solicitation_id: fx.faShortlistedSol, lot_id: lot, kind, owner_org_id: fx.agencyAOrgId, region_code: "140100", unit: "套",
            term_months: 12, phase2_methods: ["direct_selection"], eligible_region_codes: ["140100"], eligible_unit_ids: [],
            shortlist_notice_at: clockNow, signing_deadline: new Date(clockNow.getTime() + 30 * 24 * 3600 * 1000),
            agreements: [{ supplier_org_id: supplier, product: null, price_fen: 120_000, title: "矩阵框架协议", text: "甲方：矩阵；乙方：矩阵" }],
          },
          planAuthorA
        )
        if (Object.keys(state).length) await fa.updateFrameworkAgreements({ id: created.id, ...state })
        return created.id as string
      }
      const active = { status: "active", activated_at: clockNow, starts_at: clockNow, ends_at: new Date(clockNow.getTime() + 365 * 24 * 3600 * 1000) }
      fx.faPendingA = await agreementIn("lot_matrix_pending", "closed", ownOrganization.supplierA!, {})
      fx.faActiveA = await agreementIn("lot_matrix_active", "closed", ownOrganization.supplierA!, active)
      fx.faFiledA = await agreementIn("lot_matrix_filed", "closed", ownOrganization.supplierA!, { ...active, filed_at: clockNow })
      fx.faOpenA = await agreementIn("lot_matrix_open", "open", null, active)
      const member = async (supplier: string, status: string) =>
        (await fa.createAgreementMemberships({ agreement_id: fx.faOpenA, supplier_org_id: supplier, status, price_fen: 100_000, applied_at: clockNow })).id as string
      fx.fmemApplied = await member(ownOrganization.supplierB!, "applied")
      fx.fmemToRemove = await member(ownOrganization.supplierB!, "active")
      fx.fmemToLeave = await member(ownOrganization.supplierA!, "active")

      // The digest statement: row count and max(updated_at) of every table.
      const tables = await dbConnection.raw(`
        SELECT t.table_name,
               EXISTS (SELECT 1 FROM information_schema.columns c
                       WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name
                         AND c.column_name = 'updated_at') AS has_updated_at
        FROM information_schema.tables t
        WHERE t.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
        ORDER BY t.table_name`)
      const parts = tables.rows.map(
        (row: { table_name: string; has_updated_at: boolean }) =>
          `'${row.table_name}', (SELECT count(*)::text${row.has_updated_at ? ` || '/' || coalesce(max(updated_at)::text, '-')` : ""} FROM "${row.table_name}")`
      )
      const chunks: string[] = []
      for (let i = 0; i < parts.length; i += 50) chunks.push(`jsonb_build_object(${parts.slice(i, i + 50).join(", ")})`)
      // A PL/pgSQL function keeps the plan of this ~170-subquery statement cached per
      // connection (planning it on every call costs more than running it).
      await dbConnection.raw(
        `CREATE OR REPLACE FUNCTION matrix_digest() RETURNS jsonb LANGUAGE plpgsql AS $fn$
         BEGIN RETURN (SELECT ${chunks.join(" || ")}); END $fn$`
      )
      digestSql = `SELECT matrix_digest() AS digest`
    })

    describe("routes and expectations", () => {
      it("discovers the plugin routes", () => {
        expect(DISCOVERED.length).toBeGreaterThan(40)
        expect(DISCOVERED).toContain("POST /admin/organizations/:id/approve")
        expect(DISCOVERED).toContain("GET /ca/root")
      })

      it("has an expectation for every discovered and core route, and none for a route that is gone", () => {
        const missing = ALL_ROUTES.filter((route) => !EXPECTATIONS[route])
        const stale = Object.keys(EXPECTATIONS).filter((route) => !ALL_ROUTES.includes(route))
        expect({ missing, stale }).toEqual({ missing: [], stale: [] })
        for (const [route, row] of Object.entries(EXPECTATIONS)) {
          expect(Object.keys(row).sort(), route).toEqual([...PERSONAS].sort())
        }
      })
    })

    describe("the admin role middleware runs before Medusa's validation and handlers", () => {
      it("answers 403, not 400, to an agency user's invalid product update, and 400 to the platform admin's", async () => {
        const url = `/admin/products/${fx.productId}`
        const invalid = { title: 12345, not_a_field: true }
        const before = await digest()
        const byAgency = await call("POST", url, "agencyA", invalid)
        expect(byAgency.status).toBe(403)
        expect(byAgency.data.message).toBe(
          `POST ${url} is not open to agency organizations; only platform admins may call it`
        )
        expect(await digest()).toEqual(before)
        expect((await call("POST", url, "platformAdmin", invalid)).status).toBe(400)
      })

      it("refuses POST /admin/users and DELETE /admin/products/:id with 403; anonymous gets 401", async () => {
        const before = await digest()
        expect((await call("POST", "/admin/users", "regulator", { email: 1 })).status).toBe(403)
        expect((await call("DELETE", `/admin/products/${fx.deletableProductId}`, "agencyA", undefined)).status).toBe(403)
        expect((await call("POST", `/admin/products/${fx.productId}`, "anonymous", { title: "x" })).status).toBe(401)
        expect((await call("GET", "/admin/products", "anonymous", undefined)).status).toBe(401)
        expect(await digest()).toEqual(before)
      })

      it("leaves /auth and the admin dashboard path alone", async () => {
        // A person enrolled into agency B logs in through /auth and reaches what agency staff may.
        const email = "login@matrix.example.cn"
        const enrolled = await call("POST", `/admin/organizations/${fx.agencyBOrgId}/members`, "platformAdmin", {
          email,
          password: "matrix-pass-1",
          name: "登录测试",
          role: "viewer",
        })
        expect(enrolled.status).toBe(201)
        const login = await api.post("/auth/user/emailpass", { email, password: "matrix-pass-1" })
        expect(login.status).toBe(200)
        const me = await api.get("/admin/users/me", { headers: { authorization: `Bearer ${login.data.token}` } })
        expect(me.data.user.email).toBe(email)
        const write = await api
          .post("/admin/announcements", {}, { headers: { authorization: `Bearer ${login.data.token}` }, validateStatus: () => true })
        expect(write.status).toBe(403)
        const app = await api.get("/app", { validateStatus: () => true })
        expect(app.status).not.toBe(403)
        expect((await call("GET", "/admin/feature-flags", "anonymous", undefined)).status).toBe(200)
      })
    })

    describe("matrix", () => {
      it.each(ALL_ROUTES)("%s", async (route) => {
        const expectation = EXPECTATIONS[route]
        expect(expectation, `no expectation for ${route}`).toBeDefined()
        const [method, pattern] = route.split(" ")
        const problems: string[] = []
        // The digest after a denied call is the digest before the next one (nothing ran between).
        let lastDigest: Record<string, string> | null = null
        for (const persona of PERSONAS) {
          const params = paramsFor(route, persona, fx)
          const url = pattern.replace(/:(\w+)/g, (_, name) => encodeURIComponent(params[name] ?? `missing_${name}`))
          const expected: Access = expectation[persona]
          const before = expected === "deny" ? (lastDigest ?? (await digest())) : null
          lastDigest = null
          const response = await call(method, url, persona, bodyFor(route, fx))
          const denied = isDenied(response.status)
          const what = `${persona}: expected ${expected}, got ${response.status} ${JSON.stringify(response.data?.message ?? "").slice(0, 160)}`
          if (expected === "allow" && (denied || response.status >= 500)) problems.push(what)
          if (expected === "deny") {
            if (!denied) problems.push(what)
            const after = await digest()
            lastDigest = after
            const changed = Object.keys(after).filter((table) => after[table] !== before![table])
            if (changed.length && response.status >= 400) problems.push(`${persona}: denied but changed ${changed.join(", ")}`)
          } else if (method !== "GET") {
            // Let subscribers of an allowed write settle before the next digest.
            await new Promise((resolve) => setTimeout(resolve, 100))
          }
        }
        expect(problems, route).toEqual([])
      })
    })

    /**
     * Bad-input sweep: every discovered plugin / backend route (Medusa's core routes are
     * Medusa's), called as its first allowed persona with malformed input. Each answer must be a
     * 4xx (never 5xx) with a `message` string that names the field when one field was broken,
     * and the database digest must not move. Inside this spec (not a second spec file) to reuse
     * its one app boot and its fixtures: a second boot would cost CI 30-60 s more. Sequential,
     * because "no row changed" is a whole-database digest.
     */
    describe("bad-input sweep", () => {
      const SWEPT = DISCOVERED.filter((route) => !NOT_SWEPT[route]).filter((route) => {
        const [method, pattern] = route.split(" ")
        return method !== "GET" || !TAKES_NO_QUERY[route]
      })

      beforeAll(async () => {
        // Subscribers of the matrix's allowed writes settle before the first digest.
        await new Promise((resolve) => setTimeout(resolve, 500))
      })

      it("lists every route it does not sweep with a reason, and only existing routes", () => {
        const known = [...Object.keys(NOT_SWEPT), ...Object.keys(TAKES_NO_QUERY), ...Object.keys(ACCEPTED_PROBES).map((p) => p.split(" ").slice(0, 2).join(" "))]
        expect(known.filter((route) => !DISCOVERED.includes(route))).toEqual([])
        expect(SWEPT.length).toBeGreaterThan(50)
      })

      it.each(SWEPT)("%s", async (route) => {
        const [method, pattern] = route.split(" ")
        const persona = PERSONAS.find((p) => EXPECTATIONS[route][p] === "allow")!
        const params = paramsFor(route, persona, fx)
        const url = pattern.replace(/:(\w+)/g, (_, name) => encodeURIComponent(params[name] ?? `missing_${name}`))
        const inputs = method === "GET" ? badQueries(url, pattern, route) : badBodies(bodyFor(route, fx), url, pattern)
        const problems: string[] = []
        const send = async (input: BadInput) => {
          const response = await api.request({
            method,
            url: input.url!,
            data: input.raw ?? input.body,
            // The raw body must reach the server as written (axios would JSON-encode a string).
            transformRequest: input.raw ? [(data: unknown) => data] : undefined,
            headers: { "content-type": "application/json", "x-publishable-api-key": fx.publishableKey, ...(headers[persona] ?? {}) },
            validateStatus: () => true,
          })
          const message = response.data?.message
          const what = `${input.name} → ${response.status} ${JSON.stringify(message ?? response.data).slice(0, 200)}`
          const accepted = ACCEPTED_PROBES[`${route} ${input.name}`]
          if (accepted) {
            // The value must pass validation; the domain may still refuse the call for another
            // reason (e.g. the matrix already filed this unit's price report on the offer).
            if (response.status >= 500 || (response.status >= 400 && String(message).includes(input.field!)))
              problems.push(`accepted probe (${accepted}) refused: ${what}`)
          } else if (response.status < 400 || response.status >= 500) problems.push(`expected 4xx: ${what}`)
          else if (typeof message !== "string" || !message) problems.push(`no message: ${what}`)
          else if (input.field && !message.includes(input.field)) problems.push(`message does not name ${input.field}: ${what}`)
        }
        // The refused probes run concurrently between two digests: none of them may write. The
        // accepted ones (they do write) run after, one by one.
        const refused = inputs.filter((input) => !ACCEPTED_PROBES[`${route} ${input.name}`])
        const before = await digest()
        await Promise.all(refused.map(send))
        const after = await digest()
        const changed = Object.keys(after).filter((table) => after[table] !== before[table])
        if (changed.length) problems.push(`refused probes changed ${changed.join(", ")}`)
        for (const input of inputs.filter((input) => ACCEPTED_PROBES[`${route} ${input.name}`])) await send(input)
        if (refused.length < inputs.length) await new Promise((resolve) => setTimeout(resolve, 100))
        expect(problems, `${route} as ${persona}`).toEqual([])
      })
    })
  },
})
