/**
 * Test fixtures for sealed responses: two suppliers and an expert with certificates from a
 * throw-away platform CA, and a realistic response (desktop computers, lot 1). Not built.
 */
import { createCsr } from "../client/create-csr"
import type { SubjectIdentity } from "../certificate-subject"
import { issueCertificate, type IssuedCertificate } from "../issue-certificate"
import { keyPair, makeTestCa } from "./test-ca"

export const issuedAt = new Date("2026-09-01T00:00:00Z")
export const submittedAt = new Date("2026-10-20T06:45:00Z")
export const openedAt = new Date("2026-10-27T01:30:00Z")

export const ca = makeTestCa()
export const foreignCa = makeTestCa()

export const supplierA: SubjectIdentity = {
  kind: "organization",
  subject_id: "91110108MA01ABCD2H",
  display_name: "北京智联办公设备有限公司",
  organization_kind: "supplier",
}
export const supplierB: SubjectIdentity = {
  kind: "organization",
  subject_id: "91440300MA5F6789XQ",
  display_name: "深圳华南商贸有限公司",
  organization_kind: "supplier",
}
export const expertWang: SubjectIdentity = { kind: "expert", subject_id: "EXP-0007", display_name: "王建国" }

export function issue(subject: SubjectIdentity, key: string, serial: string, issuer = ca.issuer): IssuedCertificate {
  return issueCertificate({ csrPem: createCsr(keyPair(key).privateKeyPem), subject, issuer, serial, now: issuedAt })
}

export const certA = issue(supplierA, "supplier-a", "1a01")
export const certB = issue(supplierB, "supplier-b", "1b01")
export const certExpert = issue(expertWang, "expert-wang", "1e01")
export const keyA = () => keyPair("supplier-a").privateKeyPem
export const keyB = () => keyPair("supplier-b").privateKeyPem
export const keyExpert = () => keyPair("expert-wang").privateKeyPem

export const context = { solicitation_id: "sol_01JBX2026HDKJ", lot_id: "lot_01JBX2026DESK1", supplier_organization_id: "org_01JBXZHILIAN" }

/** The sealed part of a response: what nobody may read before the opening. */
export const sealedPayload = {
  unit_price_fen: 459_900,
  volume_discounts: [{ min_quantity: 100, unit_price_fen: 451_000 }],
  consumables: [{ name: "原装硒鼓 CF226A（3年供货承诺）", unit_price_fen: 58_000 }],
  quality_answers: { 售后响应时间: "城区2小时到场，郊区4小时到场", 质保期: "整机三年上门保修" },
}

/** The response's fields in clear (validated on submission). */
export const plaintextFields = {
  product: { brand: "联想", model: "开天M740Z", specification: "国产CPU/16GB/512GB SSD/23.8英寸" },
  qualification_document_ids: ["doc_01JBXLICENSE", "doc_01JBXTAXCERT"],
}
