import {
  ADMIN_ACCESS_RULES,
  adminRulesFor,
  decideAdminAccess,
  isSelfAuthenticatedAdminRoute,
  matchesAdminPath,
  type AdminAccessRequest,
} from "./admin-access-policy"
import type { MemberRole, OrganizationKind } from "./organization-lifecycle"

const member = (kind: OrganizationKind, role: MemberRole, status: "approved" | "suspended" = "approved") => ({
  organization: { kind, status },
  role,
})

describe("matchesAdminPath", () => {
  it.each([
    ["/admin/organizations/:id/approve", "/admin/organizations/org_1/approve", true],
    ["/admin/organizations/:id/approve", "/admin/organizations/org_1/reject", false],
    ["/admin/organizations/:id", "/admin/organizations", false],
    ["/admin/organizations", "/admin/organizations/", true],
    ["/admin/products*", "/admin/products", true],
    ["/admin/products*", "/admin/products/prod_1/variants/v_1", true],
    ["/admin/products*", "/admin/product-categories", false],
    ["/admin/offers*", "/admin/offers?status=pending_review", true],
  ])("%s vs %s → %s", (pattern, path, expected) => {
    expect(matchesAdminPath(pattern, path)).toBe(expected)
  })
})

describe("decideAdminAccess", () => {
  const cases: [string, string, Omit<AdminAccessRequest, "method" | "path">, boolean][] = [
    // Platform admins operate everything, Medusa's core routes included.
    ["POST", "/admin/users", member("platform", "admin"), true],
    ["DELETE", "/admin/products/prod_1", member("platform", "admin"), true],
    ["POST", "/admin/api-keys", member("platform", "admin"), true],
    // Other platform roles only get what is listed.
    ["POST", "/admin/users", member("platform", "viewer"), false],
    ["GET", "/admin/organizations", member("platform", "viewer"), true],
    // Agency staff: read the catalog, never write it.
    ["GET", "/admin/products/prod_1", member("agency", "viewer"), true],
    ["POST", "/admin/products/prod_1", member("agency", "admin"), false],
    ["DELETE", "/admin/products/prod_1", member("agency", "admin"), false],
    ["POST", "/admin/users", member("agency", "admin"), false],
    ["POST", "/admin/price-lists", member("agency", "admin"), false],
    ["GET", "/admin/orders", member("agency", "viewer"), true],
    ["GET", "/admin/orders/order_1", member("regulator", "admin"), false],
    // Announcements: operator drafts, approver publishes.
    ["POST", "/admin/announcements", member("agency", "operator"), true],
    ["POST", "/admin/announcements", member("agency", "approver"), false],
    ["POST", "/admin/announcements/ann_1/publish", member("agency", "approver"), true],
    ["POST", "/admin/announcements/ann_1/publish", member("agency", "operator"), false],
    // Listing review is the agency's.
    ["GET", "/admin/offers", member("agency", "viewer"), true],
    ["POST", "/admin/offers/off_1/approve", member("agency", "approver"), true],
    ["POST", "/admin/offers/off_1/approve", member("agency", "viewer"), false],
    ["POST", "/admin/offers/off_1/approve", member("regulator", "admin"), false],
    ["POST", "/admin/reference-prices", member("agency", "operator"), true],
    // Price reports: any agency member reads; admin / approver decide.
    ["GET", "/admin/price-reports?status=open", member("agency", "viewer"), true],
    ["GET", "/admin/price-reports/prep_1", member("agency", "operator"), true],
    ["GET", "/admin/price-reports", member("regulator", "admin"), false],
    ["POST", "/admin/price-reports/prep_1/uphold", member("agency", "approver"), true],
    ["POST", "/admin/price-reports/prep_1/uphold", member("agency", "operator"), false],
    ["POST", "/admin/price-reports/prep_1/dismiss", member("agency", "admin"), true],
    ["POST", "/admin/price-reports/prep_1/dismiss", member("regulator", "admin"), false],
    ["GET", "/admin/emall-orders", member("agency", "viewer"), true],
    ["GET", "/admin/emall-orders/emord_1", member("regulator", "viewer"), true],
    ["POST", "/admin/emall-orders/emord_1", member("agency", "admin"), false],
    // Framework-agreement solicitations: agency operators draft, approvers submit / publish,
    // regulators approve / file / return.
    ["GET", "/admin/solicitations?status=draft", member("agency", "viewer"), true],
    ["POST", "/admin/solicitations", member("agency", "operator"), true],
    ["POST", "/admin/solicitations", member("agency", "approver"), false],
    ["POST", "/admin/solicitations", member("regulator", "admin"), false],
    ["POST", "/admin/solicitations/sol_1", member("agency", "operator"), true],
    ["POST", "/admin/solicitations/sol_1/submit", member("agency", "approver"), true],
    ["POST", "/admin/solicitations/sol_1/submit", member("agency", "operator"), false],
    ["POST", "/admin/solicitations/sol_1/publish", member("agency", "approver"), true],
    ["POST", "/admin/solicitations/sol_1/approve", member("regulator", "approver"), true],
    ["POST", "/admin/solicitations/sol_1/approve", member("agency", "admin"), false],
    ["POST", "/admin/solicitations/sol_1/return", member("regulator", "viewer"), false],
    ["POST", "/admin/solicitations/sol_1/clarifications/solclar_1/answer", member("agency", "operator"), true],
    ["GET", "/admin/solicitation-reviews", member("regulator", "viewer"), true],
    ["GET", "/admin/solicitation-reviews", member("agency", "admin"), false],
    ["POST", "/admin/solicitations/sol_1/open", member("agency", "operator"), true],
    ["POST", "/admin/solicitations/sol_1/open", member("agency", "viewer"), false],
    ["POST", "/admin/solicitations/sol_1/open", member("regulator", "admin"), false],
    ["POST", "/admin/solicitations/sol_1/opening/close", member("agency", "approver"), true],
    ["POST", "/admin/solicitations/sol_1/opening/close", member("regulator", "approver"), false],
    ["GET", "/admin/solicitations/sol_1/responses", member("regulator", "viewer"), true],
    ["GET", "/admin/solicitations/sol_1/opening", member("agency", "viewer"), true],
    // Organizations.
    ["GET", "/admin/organizations/org_1", member("agency", "viewer"), true],
    ["POST", "/admin/organizations/org_1/approve", member("agency", "admin"), false],
    ["POST", "/admin/organizations/org_1/approve", member("regulator", "approver"), true],
    ["POST", "/admin/organizations/org_1/approve", member("regulator", "viewer"), false],
    ["POST", "/admin/organizations", member("regulator", "admin"), true],
    ["POST", "/admin/organizations/org_1/members", member("regulator", "approver"), false],
    ["POST", "/admin/experts", member("agency", "operator"), true],
    // Private documents: staff read (the handler narrows by region / owner kind); nobody writes.
    ["GET", "/admin/organizations/org_1/documents", member("agency", "viewer"), true],
    ["GET", "/admin/documents/doc_1/content", member("regulator", "viewer"), true],
    ["GET", "/admin/documents/doc_1/content", member("supplier", "admin"), false],
    ["POST", "/admin/documents/doc_1/content", member("regulator", "admin"), false],
    // Supervision.
    ["GET", "/admin/audit-log", member("regulator", "viewer"), true],
    ["GET", "/admin/audit-log", member("agency", "admin"), false],
    ["POST", "/admin/calendar-overrides", member("regulator", "admin"), true],
    ["POST", "/admin/calendar-overrides", member("agency", "admin"), false],
    ["POST", "/admin/certificates/abc/revoke", member("regulator", "approver"), true],
    ["POST", "/admin/certificates/abc/revoke", member("agency", "admin"), false],
    // Anyone outside the staff kinds, or not approved, or without organization.
    ["GET", "/admin/products", member("supplier", "admin"), false],
    ["GET", "/admin/organizations", member("regulator", "admin", "suspended"), false],
    ["GET", "/admin/products", { organization: null, role: null }, false],
    ["GET", "/admin/products", { ...member("agency", "admin"), memberStatus: "disabled" }, false],
  ]
  it.each(cases)("%s %s as %j → %s", (method, path, who, allowed) => {
    expect(decideAdminAccess({ method, path, ...who }).allowed).toBe(allowed)
  })

  it("names the route and what is missing", () => {
    expect(decideAdminAccess({ method: "POST", path: "/admin/products/prod_1", ...member("agency", "admin") }).reason).toBe(
      "POST /admin/products/prod_1 is not open to agency organizations; only platform admins may call it"
    )
    expect(
      decideAdminAccess({ method: "POST", path: "/admin/announcements/ann_1/publish", ...member("agency", "operator") }).reason
    ).toBe("POST /admin/announcements/ann_1/publish: role operator of a agency organization may not publish announcements; the role approver is required")
    expect(
      decideAdminAccess({ method: "POST", path: "/admin/organizations/org_1/approve", ...member("agency", "admin") }).reason
    ).toContain("agency organizations may not review organizations; only regulator / platform members with role admin / approver")
    expect(decideAdminAccess({ method: "GET", path: "/admin/products", organization: null, role: null }).reason).toContain(
      "member of no organization"
    )
  })

  it("treats HEAD and OPTIONS as GET", () => {
    expect(decideAdminAccess({ method: "HEAD", path: "/admin/products", ...member("agency", "viewer") }).allowed).toBe(true)
  })
})

describe("the table", () => {
  it("has well-formed rows: /admin paths, at least one grant, no empty kinds", () => {
    for (const rule of ADMIN_ACCESS_RULES) {
      expect(rule.path.startsWith("/admin/")).toBe(true)
      expect(rule.allow.length).toBeGreaterThan(0)
      for (const grant of rule.allow) expect(grant.kinds.length).toBeGreaterThan(0)
    }
  })

  it("never opens Medusa's user, API key, region or price-list writes to anyone but platform admins", () => {
    for (const [method, path] of [
      ["POST", "/admin/users"],
      ["POST", "/admin/api-keys"],
      ["POST", "/admin/regions"],
      ["POST", "/admin/price-lists"],
      ["POST", "/admin/products"],
      ["POST", "/admin/products/prod_1"],
      ["DELETE", "/admin/products/prod_1"],
    ]) {
      expect(adminRulesFor(method, path)).toEqual([])
    }
  })

  it("lets self-authenticating routes through", () => {
    expect(isSelfAuthenticatedAdminRoute("POST", "/admin/invites/accept")).toBe(true)
    expect(isSelfAuthenticatedAdminRoute("POST", "/admin/invites")).toBe(false)
  })
})
