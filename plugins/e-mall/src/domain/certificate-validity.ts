/**
 * Green-product certificates (财库〔2019〕9号): in a mandatory category an offer cannot be
 * listed without a valid certificate of the required kind; when it expires, the offer must be
 * taken off (delisted). A certificate is valid through the end of its `expires_on` date,
 * Asia/Shanghai time.
 */
import { shanghaiDateString, isDateString, type DateString } from "@govmall/procurement-core/domain/clock"
import { InvalidValueError } from "@govmall/procurement-core/domain/domain-error"

export const CERTIFICATE_KINDS = [
  "energy_saving", // 节能产品认证
  "eco_label", // 环境标志产品认证 (十环)
  "water_saving", // 节水产品认证
  "ccc", // 强制性产品认证
] as const
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number]

export function isCertificateKind(value: unknown): value is CertificateKind {
  return typeof value === "string" && (CERTIFICATE_KINDS as readonly string[]).includes(value)
}

/**
 * Category handle → certificate kinds an offer in it must hold. The default follows the
 * mandatory part of the energy-saving product list (节能产品政府采购品目清单: computers,
 * laser printers, air conditioners …), mapped onto the demo categories. A deployment passes its
 * own table.
 */
export type CertificateRequirements = Readonly<Record<string, readonly CertificateKind[]>>

export const DEFAULT_CERTIFICATE_REQUIREMENTS: CertificateRequirements = {
  "desktop-computers": ["energy_saving"],
  laptops: ["energy_saving"],
  "all-in-one-computers": ["energy_saving"],
  printers: ["energy_saving"],
  "air-conditioners": ["energy_saving"],
}

export type CertificateFacts = { kind: string; number?: string; expires_on: DateString }

/** The kinds required for a product in the given categories (union over its categories). */
export function requiredCertificateKinds(
  categoryHandles: readonly string[],
  requirements: CertificateRequirements = DEFAULT_CERTIFICATE_REQUIREMENTS
): CertificateKind[] {
  const kinds = new Set<CertificateKind>()
  for (const handle of categoryHandles) {
    for (const kind of requirements[handle] ?? []) {
      kinds.add(kind)
    }
  }
  return CERTIFICATE_KINDS.filter((kind) => kinds.has(kind))
}

/** True while `now`'s Shanghai date is on or before `expires_on`. */
export function isCertificateValidAt(certificate: Pick<CertificateFacts, "expires_on">, now: Date): boolean {
  if (!isDateString(certificate.expires_on)) {
    throw new InvalidValueError(
      `expires_on must be a calendar date "YYYY-MM-DD", got ${JSON.stringify(certificate.expires_on)}`
    )
  }
  return shanghaiDateString(now) <= certificate.expires_on
}

export type CertificateCheck = {
  required: CertificateKind[]
  /** Required kinds with no certificate at all. */
  missing: CertificateKind[]
  /** Required kinds whose certificates have all expired at `now`. */
  expired: CertificateKind[]
  /** Every required kind has a certificate valid at `now`. */
  ok: boolean
}

export function checkCertificates(
  required: readonly CertificateKind[],
  certificates: readonly CertificateFacts[],
  now: Date
): CertificateCheck {
  const missing: CertificateKind[] = []
  const expired: CertificateKind[] = []
  for (const kind of required) {
    const ofKind = certificates.filter((c) => c.kind === kind)
    if (!ofKind.length) {
      missing.push(kind)
    } else if (!ofKind.some((c) => isCertificateValidAt(c, now))) {
      expired.push(kind)
    }
  }
  return { required: [...required], missing, expired, ok: !missing.length && !expired.length }
}

/** An approved offer must be delisted when a required certificate has expired (or is gone). */
export function mustDelistForCertificates(
  required: readonly CertificateKind[],
  certificates: readonly CertificateFacts[],
  now: Date
): boolean {
  return !checkCertificates(required, certificates, now).ok
}

/** Describes a failed check for a message: "energy_saving certificate missing". */
export function describeCertificateProblems(check: CertificateCheck): string {
  return [
    ...check.missing.map((kind) => `${kind} certificate missing`),
    ...check.expired.map((kind) => `${kind} certificate expired`),
  ].join(", ")
}
