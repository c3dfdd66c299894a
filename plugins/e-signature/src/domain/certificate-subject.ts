/**
 * Who a certificate belongs to, and how that is written into (and read back from) the X.509
 * subject. The platform composes the subject; a CSR never chooses it.
 *
 * Subject format (all values UTF8String):
 *   CN           = display name, in Chinese as registered (e.g. 北京市海淀区教育委员会)
 *   serialNumber = "USCC:<18-character USCC>" for an organization,
 *                  "EXPERT:<expert id>"        for an evaluation expert
 *   OU           = the party's role: the organization kind (purchasing_unit | supplier | agency |
 *                  regulator | bank | platform, procurement-core's ORGANIZATION_KINDS) or expert
 *   C            = CN
 *
 * serialNumber (OID 2.5.4.5) is the X.520 attribute for "an identifier of the subject"; the
 * kind prefix keeps an expert id from ever reading as a USCC. Verification trusts only this
 * attribute for the signer's identity (never CN, which is a display name).
 */
import forge from "node-forge"
import { InvalidValueError } from "@govmall/procurement-core/domain/domain-error"
import { ORGANIZATION_KINDS, type OrganizationKind } from "@govmall/procurement-core/domain/organization-lifecycle"
import { isValidUscc } from "@govmall/procurement-core/domain/uscc"

export const SUBJECT_KINDS = ["organization", "expert"] as const
export type SubjectKind = (typeof SUBJECT_KINDS)[number]

export { ORGANIZATION_KINDS, type OrganizationKind }
export type PartyRole = OrganizationKind | "expert"

export type SubjectIdentity = {
  kind: SubjectKind
  /** USCC (organizations) or the expert's id (experts). */
  subject_id: string
  /** Shown as CN; Chinese allowed. */
  display_name: string
  /** Required for organizations; absent (or "expert") for experts. */
  organization_kind?: OrganizationKind | null
}

export const EXPERT_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/
/** RFC 5280 ub-common-name. */
export const MAX_DISPLAY_NAME_LENGTH = 64

const SERIAL_PREFIX: Record<SubjectKind, string> = { organization: "USCC:", expert: "EXPERT:" }

/** A malformed identity (maps to INVALID_DATA through procurement-core's domain errors). */
export class SubjectIdentityError extends InvalidValueError {}

/** Checks and normalizes an identity; throws SubjectIdentityError naming the field. */
export function normalizeSubjectIdentity(identity: SubjectIdentity): Required<SubjectIdentity> & { role: PartyRole } {
  const kind = identity?.kind
  if (!(SUBJECT_KINDS as readonly string[]).includes(kind)) {
    throw new SubjectIdentityError(`subject.kind must be one of ${SUBJECT_KINDS.join(", ")}, got ${JSON.stringify(kind)}`)
  }
  const subjectId = typeof identity.subject_id === "string" ? identity.subject_id.trim() : ""
  if (kind === "organization" && !isValidUscc(subjectId)) {
    throw new SubjectIdentityError(
      `subject.subject_id must be a valid USCC (GB 32100-2015, with its check character), got ${JSON.stringify(identity.subject_id)}`
    )
  }
  if (kind === "expert" && !EXPERT_ID_PATTERN.test(subjectId)) {
    throw new SubjectIdentityError(
      `subject.subject_id must be an expert id (letters, digits, _ or -, at most 64), got ${JSON.stringify(identity.subject_id)}`
    )
  }
  const displayName = typeof identity.display_name === "string" ? identity.display_name.trim() : ""
  if (!displayName || [...displayName].length > MAX_DISPLAY_NAME_LENGTH) {
    throw new SubjectIdentityError(
      `subject.display_name must be 1 to ${MAX_DISPLAY_NAME_LENGTH} characters, got ${JSON.stringify(identity.display_name)}`
    )
  }
  let organizationKind: OrganizationKind | null = null
  if (kind === "organization") {
    if (!(ORGANIZATION_KINDS as readonly string[]).includes(identity.organization_kind as string)) {
      throw new SubjectIdentityError(
        `subject.organization_kind must be one of ${ORGANIZATION_KINDS.join(", ")}, got ${JSON.stringify(identity.organization_kind)}`
      )
    }
    organizationKind = identity.organization_kind as OrganizationKind
  } else if (identity.organization_kind != null) {
    throw new SubjectIdentityError(`subject.organization_kind is only for organizations`)
  }
  return {
    kind,
    subject_id: subjectId,
    display_name: displayName,
    organization_kind: organizationKind as OrganizationKind,
    role: organizationKind ?? "expert",
  }
}

export type ForgeAttribute = { name?: string; type?: string; value: string; valueTagClass?: number }

/** The subject attributes for forge (`cert.setSubject`). Values are JS strings; forge UTF-8-encodes them. */
export function subjectAttributes(identity: SubjectIdentity): ForgeAttribute[] {
  const normalized = normalizeSubjectIdentity(identity)
  const utf8 = (name: string, value: string): ForgeAttribute => ({ name, value, valueTagClass: forge.asn1.Type.UTF8 })
  return [
    utf8("commonName", normalized.display_name),
    utf8("serialNumber", `${SERIAL_PREFIX[normalized.kind]}${normalized.subject_id}`),
    utf8("organizationalUnitName", normalized.role),
    { name: "countryName", value: "CN" },
  ]
}

/** A parsed attribute's value as a JS string (forge leaves UTF8String values as raw bytes). */
export function attributeText(attribute: ForgeAttribute | null | undefined): string | null {
  if (!attribute || typeof attribute.value !== "string") return null
  if (attribute.valueTagClass === forge.asn1.Type.UTF8) {
    try {
      return forge.util.decodeUtf8(attribute.value)
    } catch {
      return null
    }
  }
  return attribute.value
}

/**
 * Parsed attributes in the shape forge needs to write them again byte for byte (e.g. the
 * issuing CA's subject copied into a certificate's issuer field): forge re-encodes UTF8String
 * values, so they must be decoded first.
 */
export function reencodableAttributes(attributes: ForgeAttribute[]): ForgeAttribute[] {
  return attributes.map((attribute) =>
    attribute.valueTagClass === forge.asn1.Type.UTF8
      ? { ...attribute, value: forge.util.decodeUtf8(attribute.value) }
      : { ...attribute }
  )
}

export type CertificateIdentity = {
  kind: SubjectKind
  subject_id: string
  display_name: string
  role: string | null
}

/** Reads the identity back from subject attributes (`cert.subject.attributes`); null when not in our format. */
export function identityFromSubject(attributes: ForgeAttribute[]): CertificateIdentity | null {
  const field = (name: string) => attributeText(attributes.find((attribute) => attribute.name === name))
  const serial = field("serialNumber")
  const displayName = field("commonName")
  if (!serial || displayName === null) return null
  for (const kind of SUBJECT_KINDS) {
    const prefix = SERIAL_PREFIX[kind]
    if (serial.startsWith(prefix) && serial.length > prefix.length) {
      return { kind, subject_id: serial.slice(prefix.length), display_name: displayName, role: field("organizationalUnitName") }
    }
  }
  return null
}
