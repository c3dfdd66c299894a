import { describe, expect, it } from "vitest"
import {
  checkCertificates,
  describeCertificateProblems,
  isCertificateValidAt,
  mustDelistForCertificates,
  requiredCertificateKinds,
} from "./certificate-validity"

// 2026-06-30 23:30 Shanghai = 15:30 UTC; 2026-07-01 00:30 Shanghai = 2026-06-30 16:30 UTC.
const LAST_EVENING = new Date("2026-06-30T15:30:00Z")
const NEXT_MORNING = new Date("2026-06-30T16:30:00Z")

describe("requiredCertificateKinds", () => {
  it.each([
    [["air-conditioners"], ["energy_saving"]],
    [["desktop-computers", "printers"], ["energy_saving"]],
    [["copy-paper"], []],
    [[], []],
  ])("%j → %j", (handles, kinds) => {
    expect(requiredCertificateKinds(handles)).toEqual(kinds)
  })

  it("takes a custom table, union over categories, in canonical order", () => {
    expect(
      requiredCertificateKinds(["paper", "ac"], { paper: ["eco_label"], ac: ["energy_saving", "eco_label"] })
    ).toEqual(["energy_saving", "eco_label"])
  })
})

describe("isCertificateValidAt", () => {
  it.each([
    ["2026-06-30", LAST_EVENING, true],
    ["2026-06-30", NEXT_MORNING, false],
    ["2026-07-01", NEXT_MORNING, true],
    ["2025-12-31", LAST_EVENING, false],
  ])("expires_on %s at %s → %s (Shanghai dates)", (expiresOn, now, valid) => {
    expect(isCertificateValidAt({ expires_on: expiresOn }, now)).toBe(valid)
  })

  it("refuses a malformed date", () => {
    expect(() => isCertificateValidAt({ expires_on: "2026-02-30" }, LAST_EVENING)).toThrow(/expires_on must be/)
  })
})

describe("checkCertificates / mustDelistForCertificates", () => {
  const valid = { kind: "energy_saving", expires_on: "2027-01-01" }
  const old = { kind: "energy_saving", expires_on: "2026-06-30" }
  it.each([
    ["nothing required", [], [], true, [], []],
    ["a valid certificate", ["energy_saving"], [valid], true, [], []],
    ["an expired one and a valid one", ["energy_saving"], [old, valid], true, [], []],
    ["only an expired one", ["energy_saving"], [old], false, [], ["energy_saving"]],
    ["none", ["energy_saving"], [{ kind: "eco_label", expires_on: "2030-01-01" }], false, ["energy_saving"], []],
  ] as const)("%s", (_label, required, certificates, ok, missing, expired) => {
    const check = checkCertificates(required as any, certificates as any, NEXT_MORNING)
    expect(check).toEqual({ required, missing, expired, ok })
    expect(mustDelistForCertificates(required as any, certificates as any, NEXT_MORNING)).toBe(!ok)
  })

  it("describes the problems", () => {
    const check = checkCertificates(["energy_saving", "eco_label"], [{ kind: "eco_label", expires_on: "2020-01-01" }], NEXT_MORNING)
    expect(describeCertificateProblems(check)).toBe("energy_saving certificate missing, eco_label certificate expired")
  })
})
