import forge from "node-forge"
import {
  identityFromSubject,
  normalizeSubjectIdentity,
  reencodableAttributes,
  subjectAttributes,
  SubjectIdentity,
} from "./certificate-subject"

const supplier: SubjectIdentity = {
  kind: "organization",
  subject_id: "91110108MA01ABCD2H",
  display_name: "北京智联办公设备有限公司",
  organization_kind: "supplier",
}
const expert: SubjectIdentity = { kind: "expert", subject_id: "expert_01JEXPERT", display_name: "王晓明" }

describe("normalizeSubjectIdentity", () => {
  it.each([
    ["an organization", supplier, "supplier"],
    ["an expert", expert, "expert"],
    ["trimmed values", { ...supplier, display_name: "  北京智联办公设备有限公司 " }, "supplier"],
  ])("accepts %s", (_case, identity, role) => {
    expect(normalizeSubjectIdentity(identity as SubjectIdentity).role).toBe(role)
  })

  it.each([
    ["an unknown kind", { ...supplier, kind: "person" }, /subject.kind/],
    ["a malformed USCC", { ...supplier, subject_id: "12345" }, /USCC/],
    ["a USCC with the letter O", { ...supplier, subject_id: "91110108MA01ABCDOX" }, /USCC/],
    ["a USCC with a wrong check character", { ...supplier, subject_id: "91110108MA01ABCD2X" }, /check character/],
    ["an expert id with spaces", { ...expert, subject_id: "exp 1" }, /expert id/],
    ["an empty display name", { ...supplier, display_name: "  " }, /display_name/],
    ["a display name over 64 characters", { ...supplier, display_name: "长".repeat(65) }, /display_name/],
    ["an organization without kind", { ...supplier, organization_kind: undefined }, /organization_kind/],
    ["an expert with an organization kind", { ...expert, organization_kind: "supplier" }, /only for organizations/],
  ])("refuses %s", (_case, identity, message) => {
    expect(() => normalizeSubjectIdentity(identity as SubjectIdentity)).toThrow(message)
  })
})

describe("subject attributes round trip through DER", () => {
  function roundTrip(identity: SubjectIdentity) {
    const cert = forge.pki.createCertificate()
    cert.setSubject(subjectAttributes(identity))
    const asn1 = forge.pki.distinguishedNameToAsn1(cert.subject)
    const parsed = forge.pki.RDNAttributesAsArray(forge.asn1.fromDer(forge.asn1.toDer(asn1).getBytes()))
    return parsed.map((attribute: any) => ({ ...attribute, name: forge.pki.oids[attribute.type] }))
  }

  it.each([
    ["organization", supplier, { kind: "organization", subject_id: "91110108MA01ABCD2H", display_name: "北京智联办公设备有限公司", role: "supplier" }],
    ["expert", expert, { kind: "expert", subject_id: "expert_01JEXPERT", display_name: "王晓明", role: "expert" }],
  ])("%s: the identity is read back, Chinese intact", (_case, identity, expected) => {
    expect(identityFromSubject(roundTrip(identity))).toEqual(expected)
  })

  it("reencodableAttributes lets forge write parsed UTF8String values back byte for byte", () => {
    const der = (cert: any) => forge.asn1.toDer(forge.pki.distinguishedNameToAsn1(cert.subject)).getBytes()
    const original = forge.pki.createCertificate()
    original.setSubject(subjectAttributes(supplier))
    const copy = forge.pki.createCertificate()
    copy.setSubject(reencodableAttributes(roundTrip(supplier)))
    expect(der(copy)).toBe(der(original))
  })

  it.each([
    ["no serialNumber", [{ name: "commonName", value: "x" }]],
    ["a serialNumber without our prefix", [{ name: "commonName", value: "x" }, { name: "serialNumber", value: "91110108MA01ABCD2H" }]],
  ])("identityFromSubject → null for %s", (_case, attributes) => {
    expect(identityFromSubject(attributes)).toBeNull()
  })
})
