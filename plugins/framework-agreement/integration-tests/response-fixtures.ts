/**
 * The supplier's side of a sealed response, as its browser would do it with
 * `@govmall/e-signature/client`: keys made locally (WebCrypto), a CSR to the platform CA,
 * the sealed part sealed to the supplier's own certificate, the signature over
 * responseSigningPayload, and at the opening the content key unwrapped locally.
 */
import { createRequire } from "node:module"

const nodeRequire = createRequire(__filename)
const client = nodeRequire("@govmall/e-signature/client")

export type Party = {
  name: string
  org_id: string
  uscc: string
  headers: Record<string, string>
  privateKeyPem: string
  certificate: { serial: string; pem: string }
}

export async function makeKeys(): Promise<{ privateKeyPem: string; csr_pem: string }> {
  const keys = await client.generateKeyPairWithWebCrypto()
  return { privateKeyPem: keys.privateKeyPem, csr_pem: client.createCsr(keys.privateKeyPem) }
}

export function clearFields(overrides: Record<string, unknown> = {}) {
  return {
    brand: "联想",
    product_model: "启天 M455",
    specification: "Intel Core i5-12500 / 16GB DDR4 / 512GB NVMe SSD / 23.8 英寸 IPS 显示器 / 三年上门保修",
    catalog_product_id: null,
    qualification_document_ids: [],
    warranty_months: 36,
    delivery_days: 15,
    ...overrides,
  }
}

/** The sealed part: prices in fen, consumables prices, quality answers. */
export function sealedPart(unit_price_fen: number, consumables_fen = 0) {
  return {
    unit_price_fen,
    consumables: consumables_fen ? [{ name: "原装硒鼓", unit_price_fen: consumables_fen, held_years: 3 }] : [],
    quality_answers: [{ criterion: "售后响应", answer: "2 小时响应，24 小时到场" }],
  }
}

/**
 * A full submission body. `signer` is whose certificate seals and signs — the supplier itself,
 * or (collusion) another party that lent its key.
 */
export async function responseBody(input: {
  solicitation_id: string
  lot_id: string
  supplier: Party
  signer?: Party
  sealed: unknown
  signed_at: Date
  plaintext?: Record<string, unknown>
  device_fingerprint?: string
  mac?: string
}) {
  const signer = input.signer ?? input.supplier
  const plaintext = input.plaintext ?? clearFields()
  const ids = { solicitation_id: input.solicitation_id, lot_id: input.lot_id, supplier_organization_id: input.supplier.org_id }
  const envelope = await client.sealPayload({ payload: input.sealed, recipientCertificatePem: signer.certificate.pem, context: ids })
  const signature = client.signSealedResponse({
    ...ids,
    plaintext,
    envelope,
    privateKeyPem: signer.privateKeyPem,
    certificate_serial: signer.certificate.serial,
    signed_at: input.signed_at,
  })
  return {
    lot_id: input.lot_id,
    plaintext,
    envelope,
    signature,
    ...(input.device_fingerprint ? { device_fingerprint: input.device_fingerprint } : {}),
    ...(input.mac ? { mac: input.mac } : {}),
  }
}

/** At the opening: the content key of this envelope, unwrapped with the key it was sealed to. */
export async function contentKey(envelope: unknown, holder: Party): Promise<string> {
  return await client.unwrapContentKey(envelope, holder.privateKeyPem)
}
