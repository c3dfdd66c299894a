import fs from "node:fs"
import path from "node:path"
import { idNumberProblem } from "@govmall/procurement-core/domain/id-number"
import {
  ENTERPRISE_SIZES,
  MEMBER_ROLES,
  SUPPLIER_SPECIAL_STATUSES,
} from "@govmall/procurement-core/domain/organization-lifecycle"
import { isValidUscc, usccRegionCode } from "@govmall/procurement-core/domain/uscc"
import { CATALOG_CODE, CATALOG_CODES, CATEGORIES } from "./data/categories"
import {
  AGENCY,
  BANKS,
  CONFLICTED_SUPPLIER,
  DEMO_ADMIN_EMAIL,
  DEMO_PASSWORD,
  EXPERTS,
  PLATFORM,
  PLATFORM_CREATED,
  PURCHASING_UNITS,
  REGULATOR,
  SUPPLIERS,
} from "./data/organizations"
import { backendRoot, demoKeysDir } from "./paths"

const everyOrganization = [...PLATFORM_CREATED, ...SUPPLIERS]
const everyLogin = [
  ...PLATFORM_CREATED.flatMap((o) => o.staff.map((p) => p.email)),
  ...SUPPLIERS.map((s) => s.registrant.email),
  ...EXPERTS.map((e) => e.email),
]
const duplicates = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i)

describe("demo organizations and people", () => {
  it("has the actors issue 3 asks for", () => {
    expect(PLATFORM.kind).toBe("platform")
    expect(REGULATOR).toMatchObject({ kind: "regulator", name: "山西省财政厅", region_code: "140000" })
    expect(REGULATOR.staff.map((p) => p.role).sort()).toEqual(["admin", "approver"])
    expect(AGENCY).toMatchObject({ kind: "agency", name: "山西省政府采购中心" })
    expect(AGENCY.staff.map((p) => p.role)).toEqual(expect.arrayContaining(["operator", "approver"]))
    expect(PURCHASING_UNITS).toHaveLength(5)
    expect(PURCHASING_UNITS.every((u) => u.kind === "purchasing_unit" && u.staff.length === 1)).toBe(true)
    expect(BANKS).toHaveLength(2)
    expect(BANKS.every((b) => b.kind === "bank" && b.branch_name)).toBe(true)
    expect(SUPPLIERS).toHaveLength(30)
    expect(EXPERTS).toHaveLength(5)
  })

  it("gives the platform the admin log-in npm start prints", async () => {
    const demoModule = path.resolve(__dirname, "../../../../scripts/lib/demo.mjs")
    const { DEMO_ADMIN } = (await import(demoModule)) as { DEMO_ADMIN: { email: string; password: string } }
    expect(PLATFORM.staff).toEqual([expect.objectContaining({ email: DEMO_ADMIN_EMAIL, role: "admin" })])
    expect({ email: DEMO_ADMIN_EMAIL, password: DEMO_PASSWORD }).toEqual(DEMO_ADMIN)
  })

  it("uses valid, unique USCCs whose region is the organization's", () => {
    const codes = everyOrganization.map((o) => o.uscc)
    expect(codes.filter((c) => !isValidUscc(c))).toEqual([])
    expect(duplicates(codes)).toEqual([])
    for (const organization of everyOrganization) {
      expect(usccRegionCode(organization.uscc), organization.name).toBe(organization.region_code)
    }
    expect(EXPERTS.filter((e) => !isValidUscc(e.employer_uscc))).toEqual([])
  })

  it("uses unique, plausible log-in e-mails (.gov.cn for government staff)", () => {
    expect(duplicates(everyLogin)).toEqual([])
    expect(everyLogin.filter((e) => !/^[a-z][a-z0-9.]*@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(e))).toEqual([])
    const government = [REGULATOR, AGENCY, ...PURCHASING_UNITS].flatMap((o) => o.staff.map((p) => p.email))
    expect(government.filter((e) => !e.endsWith(".gov.cn"))).toEqual([])
  })

  it("gives only known roles, and every organization that may request a certificate an admin", () => {
    const roles = PLATFORM_CREATED.flatMap((o) => o.staff.map((p) => p.role))
    expect(roles.filter((r) => !(MEMBER_ROLES as readonly string[]).includes(r))).toEqual([])
    expect(PLATFORM_CREATED.filter((o) => !o.staff.some((p) => p.role === "admin")).map((o) => o.name)).toEqual([])
  })

  it("creates parents before their children", () => {
    for (const [index, organization] of PLATFORM_CREATED.entries()) {
      if (organization.parent_uscc) {
        const parentIndex = PLATFORM_CREATED.findIndex((o) => o.uscc === organization.parent_uscc)
        expect(parentIndex, organization.name).toBeGreaterThanOrEqual(0)
        expect(parentIndex, organization.name).toBeLessThan(index)
      }
    }
  })

  it("mixes supplier sizes, special statuses and review outcomes", () => {
    expect(new Set(SUPPLIERS.map((s) => s.enterprise_size))).toEqual(new Set(ENTERPRISE_SIZES))
    expect(SUPPLIERS.filter((s) => !(SUPPLIER_SPECIAL_STATUSES as readonly string[]).includes(s.special_status))).toEqual([])
    expect(SUPPLIERS.filter((s) => s.special_status === "disability_welfare_unit").length).toBeGreaterThan(0)
    expect(SUPPLIERS.filter((s) => s.special_status === "prison_enterprise").length).toBeGreaterThan(0)
    const byStatus = (status: string) => SUPPLIERS.filter((s) => s.review.status === status)
    expect(byStatus("approved")).toHaveLength(27)
    expect(byStatus("pending_review")).toHaveLength(2)
    expect(byStatus("rejected")).toEqual([
      expect.objectContaining({ review: { status: "rejected", reason: expect.stringMatching(/\S{10,}/) } }),
    ])
    expect(SUPPLIERS.filter((s) => s.region_code.startsWith("14")).length).toBeGreaterThan(SUPPLIERS.length / 2)
    expect(SUPPLIERS.filter((s) => !/^\d{16,19}$/.test(s.bank_account_number))).toEqual([])
  })

  it("defines a catalog code for every category, and uses only those", () => {
    expect(Object.keys(CATALOG_CODE).sort()).toEqual(CATEGORIES.map((c) => c.handle).sort())
    expect(duplicates([...CATALOG_CODES])).toEqual([])
    const unknown = (codes: string[]) => codes.filter((c) => !CATALOG_CODES.includes(c))
    for (const expert of EXPERTS) {
      expect(expert.specialities.length, expert.name).toBeGreaterThan(0)
      expect(unknown(expert.specialities), expert.name).toEqual([])
    }
    for (const supplier of SUPPLIERS) {
      expect(unknown(supplier.catalog_codes), supplier.name).toEqual([])
    }
    // Every category has someone to supply it and someone to evaluate it.
    expect(CATALOG_CODES.filter((c) => !SUPPLIERS.some((s) => s.catalog_codes.includes(c)))).toEqual([])
    expect(CATALOG_CODES.filter((c) => !EXPERTS.some((e) => e.specialities.includes(c)))).toEqual([])
  })

  it("gives experts valid, distinct identity numbers, and one a supplier employer (conflict of interest)", () => {
    expect(EXPERTS.filter((e) => idNumberProblem(e.id_number) !== null)).toEqual([])
    expect(duplicates(EXPERTS.map((e) => e.id_number))).toEqual([])
    const employedBySupplier = EXPERTS.filter((e) => SUPPLIERS.some((s) => s.uscc === e.employer_uscc))
    expect(employedBySupplier).toEqual([expect.objectContaining({ employer_uscc: CONFLICTED_SUPPLIER.uscc })])
    expect(CONFLICTED_SUPPLIER.review.status).toBe("approved")
  })

  it("lists every demo log-in in the seed README", () => {
    const readme = fs.readFileSync(path.join(__dirname, "README.md"), "utf8")
    expect(everyLogin.filter((email) => !readme.includes(email))).toEqual([])
    expect(readme).toContain(DEMO_PASSWORD)
  })

  it("keeps demo keys in backend/demo/keys unless SEED_DEMO_KEYS_DIR says otherwise", () => {
    expect(demoKeysDir({})).toBe(path.join(backendRoot(), "demo", "keys"))
    expect(demoKeysDir({ SEED_DEMO_KEYS_DIR: "/tmp/k" })).toBe("/tmp/k")
  })
})
