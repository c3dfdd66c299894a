/**
 * Shared set-up of the framework-agreement HTTP specs: organizations (an agency with a USCC, two
 * regulators, suppliers, purchasing units in two provinces), staff and actor tokens, and real
 * CA certificates issued through the CSR routes from keys made on the "client" side.
 */
import { Modules } from "@medusajs/framework/utils"
import { createRequire } from "node:module"
import forge from "node-forge"
import { planBody } from "./fixtures"
import { actorHeaders } from "../../../tests/helpers/actor-token"

const nodeRequire = createRequire(__filename)
const client = nodeRequire("@govmall/e-signature/client")
const { generateUscc } = nodeRequire("@govmall/procurement-core/domain/uscc")

export type H = { headers: Record<string, string> }
export type Party = { org_id: string; uscc: string; name: string; h: H; privateKeyPem: string; serial: string }
const system = { actor_type: "system", actor_id: "fa-agreement-test" }
const DAY = 24 * 3600 * 1000
let seq = 700

export function signWith(party: { privateKeyPem: string; serial: string }, document: unknown, signedAt: Date) {
  return client.signDocument({ document, privateKeyPem: party.privateKeyPem, certificate_serial: party.serial, signed_at: signedAt })
}

export function agreementDocument(a: { id: string; solicitation_id: string; lot_id: string; supplier_org_id: string | null; price_fen: number; text: string }) {
  return {
    type: "framework_agreement",
    agreement_id: a.id,
    solicitation_id: a.solicitation_id,
    lot_id: a.lot_id,
    supplier_org_id: a.supplier_org_id,
    price_fen: a.price_fen,
    text: a.text,
  }
}

export function applicationDocument(input: { agreement_id: string; supplier_org_id: string; product: unknown; price_fen: number; agreement_text: string }) {
  return { type: "framework_agreement_application", ...input }
}

export async function setUpParties(api: any, getContainer: () => any) {
  const container = getContainer()
  const clock = container.resolve("procurement_clock")
  // Certificates are issued at the business clock's now: start two days into the issuing CA's validity.
  const issuing = forge.pki.certificateFromPem((await api.get("/ca/issuing")).data)
  const base = new Date(Math.floor(issuing.validity.notBefore.getTime() / 1000) * 1000 + 2 * DAY)
  clock.setNow(base)
  const key = await container.resolve(Modules.API_KEY).createApiKeys({ title: "store", type: "publishable", created_by: "test" })
  const store: H = { headers: { "x-publishable-api-key": key.token } }
  const orgs = container.resolve("procurement_organization")

  async function tokenFor(actorType: string, actorId: string, email: string): Promise<H> {
    return actorHeaders(container, actorType, actorId, email)
  }
  async function staff(orgId: string, role: string, name: string): Promise<H> {
    const email = `${name}@fa-agr.example.cn`
    const [user] = await container.resolve(Modules.USER).createUsers([{ email }])
    await orgs.createMember({ organization_id: orgId, actor_type: "user", actor_id: user.id, role, email, name }, system)
    return tokenFor("user", user.id, email)
  }
  async function keysAndCertificate(url: string, h: H) {
    const keys = await client.generateKeyPairWithWebCrypto()
    const response = await api.post(url, { csr_pem: client.createCsr(keys.privateKeyPem) }, { headers: { ...store.headers, ...h.headers } })
    return { privateKeyPem: keys.privateKeyPem as string, serial: response.data.certificate.serial as string }
  }
  const org = (kind: string, name: string, region_code: string, uscc?: string) => orgs.createOrganization({ kind, name, region_code, ...(uscc ? { uscc } : {}) }, system)

  const agencyUscc = generateUscc({ seed: seq++, regionCode: "140000" })
  const agency = await org("agency", "山西省政府采购中心", "140000", agencyUscc)
  const otherAgency = await org("agency", "太原市公共资源交易中心", "140100", generateUscc({ seed: seq++, regionCode: "140100" }))
  const regSx = await org("regulator", "山西省财政厅", "140000")
  const regBj = await org("regulator", "北京市财政局", "110000")
  const h = {
    opA: await staff(agency.id, "operator", "opA"),
    apA: await staff(agency.id, "approver", "apA"),
    adminA: await staff(agency.id, "admin", "adminA"),
    apB: await staff(otherAgency.id, "approver", "apB"),
    regSx: await staff(regSx.id, "approver", "regSx"),
    regBj: await staff(regBj.id, "admin", "regBj"),
  }
  const agencyCert = await keysAndCertificate("/admin/certificates", h.adminA)
  const otherAgencyAdmin = await staff(otherAgency.id, "admin", "adminB")
  const otherAgencyCert = await keysAndCertificate("/admin/certificates", otherAgencyAdmin)
  const agencyParty: Party = { org_id: agency.id, uscc: agencyUscc, name: agency.name, h: h.apA, ...agencyCert }

  const suppliers: Party[] = []
  for (const [name, email] of [
    ["联想（北京）有限公司", "s1@lenovo.example.cn"],
    ["华为技术有限公司", "s2@huawei.example.cn"],
    ["山西晋云信息技术有限公司", "s3@jinyun.example.cn"],
    ["太原并州汽车维修有限公司", "s4@bingzhou.example.cn"],
    ["大同平城汽车服务有限公司", "s5@pingcheng.example.cn"],
  ]) {
    const uscc = generateUscc({ seed: seq++, regionCode: "140100" })
    const { organization, member } = await orgs.registerOrganization({
      organization: { kind: "supplier", name, uscc, region_code: "140100" },
      supplier_profile: { enterprise_size: "medium", bank_account_name: name, bank_name: "中国工商银行太原分行", bank_account_number: `05021234090245${seq}` },
      registrant: { name: "王丽", email },
    })
    await orgs.transitionOrganization(organization.id, "approved", {}, system)
    const sh = await tokenFor("supplier", member.actor_id, email)
    suppliers.push({ org_id: organization.id, uscc, name, h: sh, ...(await keysAndCertificate("/supplier/certificates", sh)) })
  }

  async function purchaser(name: string, region: string, email: string) {
    const unit = await org("purchasing_unit", name, region)
    const customer = await container.resolve(Modules.CUSTOMER).createCustomers({ email })
    await orgs.createMember({ organization_id: unit.id, actor_type: "customer", actor_id: customer.id, role: "admin", email, name: "李强" }, system)
    return { unit, customer, h: await tokenFor("customer", customer.id, email) }
  }
  const buyerSx = await purchaser("太原市教育局", "140105", "buyer@jyj.taiyuan.example.cn")
  const buyerBj = await purchaser("北京市海淀区教育委员会", "110108", "buyer@haidian.example.cn")

  /**
   * A plan drafted over HTTP, then — set-up only, since responses and evaluation are built on
   * another branch — moved to `shortlist_published` through the solicitation module service.
   */
  async function solicitationAtShortlist(overrides: Record<string, unknown> = {}) {
    const created = await api.post("/admin/solicitations", planBody(overrides), { headers: { ...h.opA.headers } })
    const s = created.data.solicitation
    await container.resolve("solicitation").updateSolicitations({ id: s.id, status: "shortlist_published" })
    return s
  }

  return { clock, base, store, h, agency, otherAgency, agencyParty, otherAgencyCert, suppliers, buyerSx, buyerBj, regSx, solicitationAtShortlist, orgs }
}
