/**
 * Who may call which `/admin/*` route — the ONE table for every plugin and for Medusa's own
 * admin routes. Medusa authenticates every `/admin/*` caller as a `user` (its RBAC needs an
 * enterprise licence) and would let any admin user call any admin route; the global role
 * middleware (`api/utils/admin-access-middleware.ts`) asks `decideAdminAccess` first.
 *
 * Rules:
 * - Members of an **approved `platform` organization with role `admin`** may call every admin
 *   route: they operate the platform (users, API keys, regions, Medusa's catalog …).
 * - Everybody else may call only the routes listed below for their organization kind and role
 *   (default deny). The organization must be approved and the member active.
 * - A rule that cannot see the record (a regulator acting on an organization of another
 *   province, the author of an announcement publishing it) is enforced by a guard step of the
 *   workflow, not here (`domain/region-scope.ts`, `validateAnnouncementPublisherStep`).
 *
 * To add an admin route: add a row to `ADMIN_ACCESS_RULES` (method, path pattern, who), and an
 * expectation row in `tests/integration/authorization/expectations.ts` (the matrix test fails
 * on a route without one). Pure: no Medusa imports, unit spec beside it.
 */
import type { MemberRole, MemberStatus, OrganizationKind, OrganizationStatus } from "./organization-lifecycle"

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE"

export type AdminAccessGrant = {
  kinds: readonly OrganizationKind[]
  /** Default: any role. */
  roles?: readonly MemberRole[]
}

export type AdminAccessRule = {
  /** "*" = every method. HEAD and OPTIONS are treated as GET. */
  method: HttpMethod | "*"
  /**
   * "/admin/organizations/:id/approve": `:name` matches one segment; a trailing `*` matches
   * the rest of the path, e.g. "/admin/products*" covers /admin/products and /admin/products/x/y.
   */
  path: string
  allow: readonly AdminAccessGrant[]
  /** What the route does, for the 403 message and the README. */
  action: string
}

const STAFF: readonly OrganizationKind[] = ["agency", "regulator", "platform"]
const ANY_STAFF: AdminAccessGrant = { kinds: STAFF }

/**
 * Routes that authenticate on their own (Medusa opts them out of the `/admin` auth): the
 * middleware lets them through untouched; their own checks apply.
 *  - POST /admin/invites/accept: an invited person's registration token creates the user; a
 *    new user belongs to no organization and is denied everything else.
 *  - GET /admin/feature-flags: public in Medusa (the dashboard reads it before login).
 */
export const ADMIN_SELF_AUTHENTICATED: readonly { method: HttpMethod; path: string }[] = [
  { method: "POST", path: "/admin/invites/accept" },
  { method: "GET", path: "/admin/feature-flags" },
]

export const ADMIN_ACCESS_RULES: readonly AdminAccessRule[] = [
  // The dashboard shell: any staff member may read who they are and the store settings.
  { method: "GET", path: "/admin/users/me", allow: [ANY_STAFF], action: "read their own user" },
  { method: "GET", path: "/admin/stores*", allow: [ANY_STAFF], action: "read the store settings" },

  // Medusa's catalog and orders: agency and regulator staff read; only platform admins write.
  { method: "GET", path: "/admin/products*", allow: [ANY_STAFF], action: "read products" },
  { method: "GET", path: "/admin/product-categories*", allow: [ANY_STAFF], action: "read product categories" },
  // Medusa's own order views are not region-scoped: regulators read e-mall orders through
  // GET /admin/emall-orders, which shows them their province's purchasers' orders only.
  { method: "GET", path: "/admin/orders*", allow: [{ kinds: ["agency", "platform"] }], action: "read orders" },

  // Announcements: drafted by an operator, published / withdrawn by an approver (the publisher
  // may not be the author: `validateAnnouncementPublisherStep`).
  { method: "GET", path: "/admin/announcements*", allow: [ANY_STAFF], action: "read announcements" },
  {
    method: "POST",
    path: "/admin/announcements",
    allow: [{ kinds: STAFF, roles: ["operator"] }],
    action: "draft announcements",
  },
  {
    method: "POST",
    path: "/admin/announcements/:id/publish",
    allow: [{ kinds: STAFF, roles: ["approver"] }],
    action: "publish announcements",
  },
  {
    method: "POST",
    path: "/admin/announcements/:id/withdraw",
    allow: [{ kinds: STAFF, roles: ["approver"] }],
    action: "withdraw announcements",
  },

  // The caller's own inbox (the handlers only ever show the caller's messages).
  { method: "GET", path: "/admin/inbox*", allow: [ANY_STAFF], action: "read their inbox" },
  { method: "POST", path: "/admin/inbox/:id/read", allow: [ANY_STAFF], action: "mark inbox messages read" },

  // Organizations (was procurement-core's ORGANIZATION_POLICIES). Regulators act only inside
  // their province: the review / enrollment workflows check the record's region.
  { method: "GET", path: "/admin/organizations", allow: [ANY_STAFF], action: "read organizations" },
  { method: "GET", path: "/admin/organizations/:id", allow: [ANY_STAFF], action: "read organizations" },
  {
    method: "POST",
    path: "/admin/organizations",
    allow: [{ kinds: ["regulator", "platform"], roles: ["admin"] }],
    action: "create organizations",
  },
  ...(["approve", "reject", "suspend", "ban", "reinstate"] as const).map(
    (verb): AdminAccessRule => ({
      method: "POST",
      path: `/admin/organizations/:id/${verb}`,
      allow: [{ kinds: ["regulator", "platform"], roles: ["admin", "approver"] }],
      action: "review organizations",
    })
  ),
  {
    method: "POST",
    path: "/admin/organizations/:id/members",
    allow: [{ kinds: ["regulator", "platform"], roles: ["admin"] }],
    action: "enroll members",
  },
  // Private documents (qualifications …): the handlers narrow it further — a regulator reads
  // within its province, an agency suppliers' documents only (`domain/document-read-access.ts`).
  {
    method: "GET",
    path: "/admin/organizations/:id/documents",
    allow: [ANY_STAFF],
    action: "read organizations' documents",
  },
  { method: "GET", path: "/admin/documents/:id/content", allow: [ANY_STAFF], action: "read organizations' documents" },
  { method: "GET", path: "/admin/experts", allow: [ANY_STAFF], action: "read experts" },
  {
    method: "POST",
    path: "/admin/experts",
    allow: [{ kinds: STAFF, roles: ["admin", "operator"] }],
    action: "enroll experts",
  },

  // Supervision.
  { method: "GET", path: "/admin/audit-log", allow: [{ kinds: ["regulator"] }], action: "read the audit log" },
  { method: "GET", path: "/admin/calendar-overrides", allow: [ANY_STAFF], action: "read the working-day calendar" },
  {
    method: "POST",
    path: "/admin/calendar-overrides",
    allow: [{ kinds: ["regulator"], roles: ["admin"] }],
    action: "change the working-day calendar",
  },

  // CA certificates (was e-signature's `certificates.revoke` / `certificates.request.staff`).
  {
    method: "POST",
    path: "/admin/certificates",
    allow: [{ kinds: STAFF, roles: ["admin"] }],
    action: "request a CA certificate for their organization",
  },
  {
    method: "POST",
    path: "/admin/certificates/:serial/revoke",
    allow: [{ kinds: ["regulator", "platform"], roles: ["admin", "approver"] }],
    action: "revoke certificates",
  },

  // E-mall listing review and reference prices (the agency).
  { method: "GET", path: "/admin/offers*", allow: [{ kinds: ["agency"] }], action: "read e-mall offers" },
  {
    method: "POST",
    path: "/admin/offers/:id/approve",
    allow: [{ kinds: ["agency"], roles: ["admin", "approver"] }],
    action: "approve e-mall offers",
  },
  {
    method: "POST",
    path: "/admin/offers/:id/reject",
    allow: [{ kinds: ["agency"], roles: ["admin", "approver"] }],
    action: "reject e-mall offers",
  },
  // E-mall over-price reports (价格举报): read by any agency member, decided like listing review.
  { method: "GET", path: "/admin/price-reports*", allow: [{ kinds: ["agency"] }], action: "read e-mall price reports" },
  {
    method: "POST",
    path: "/admin/price-reports/:id/uphold",
    allow: [{ kinds: ["agency"], roles: ["admin", "approver"] }],
    action: "uphold e-mall price reports",
  },
  {
    method: "POST",
    path: "/admin/price-reports/:id/dismiss",
    allow: [{ kinds: ["agency"], roles: ["admin", "approver"] }],
    action: "dismiss e-mall price reports",
  },
  { method: "GET", path: "/admin/reference-prices*", allow: [{ kinds: ["agency"] }], action: "read reference prices" },
  {
    method: "POST",
    path: "/admin/reference-prices*",
    allow: [{ kinds: ["agency"], roles: ["admin", "operator", "approver"] }],
    action: "record reference prices",
  },
  {
    method: "POST",
    path: "/admin/catalog/reindex",
    allow: [{ kinds: ["agency"], roles: ["admin"] }],
    action: "rebuild the catalog search index",
  },

  // Framework-agreement solicitations (framework-agreement plugin). The solicitor is an agency:
  // its operators draft and edit plans and answer clarifications, its approvers submit, publish
  // and cancel (a plan's author may not submit it: the workflow checks). The regulator of the
  // plan's province approves (审核), files (备案) or returns it; the workflows check the record's
  // owner (another agency → 404) and province (another province's regulator → 403).
  { method: "GET", path: "/admin/solicitations*", allow: [ANY_STAFF], action: "read solicitation plans" },
  {
    method: "POST",
    path: "/admin/solicitations",
    allow: [{ kinds: ["agency"], roles: ["admin", "operator"] }],
    action: "draft solicitation plans",
  },
  {
    method: "POST",
    path: "/admin/solicitations/:id",
    allow: [{ kinds: ["agency"], roles: ["admin", "operator"] }],
    action: "edit solicitation plans",
  },
  ...(["submit", "publish", "cancel"] as const).map(
    (verb): AdminAccessRule => ({
      method: "POST",
      path: `/admin/solicitations/:id/${verb}`,
      allow: [{ kinds: ["agency"], roles: ["admin", "approver"] }],
      action: `${verb} solicitations`,
    })
  ),
  {
    method: "POST",
    path: "/admin/solicitations/:id/clarifications/:clarification_id/answer",
    allow: [{ kinds: ["agency"], roles: ["admin", "operator", "approver"] }],
    action: "answer clarification questions",
  },
  ...(["approve", "file", "return"] as const).map(
    (verb): AdminAccessRule => ({
      method: "POST",
      path: `/admin/solicitations/:id/${verb}`,
      allow: [{ kinds: ["regulator"], roles: ["admin", "approver"] }],
      action: `${verb} solicitation plans`,
    })
  ),
  { method: "GET", path: "/admin/solicitation-reviews", allow: [{ kinds: ["regulator"] }], action: "read the plan review queue" },
  // The opening (framework-agreement responses): the owning agency opens at the opening time and
  // closes the decryption window (any of its roles: the opening is a public act with suppliers
  // present, not a decision); the workflows check the owner. Reading responses, the opening and
  // its collusion clues is the GET /admin/solicitations* row above (the route scopes: owning
  // agency, the province's regulator, platform).
  ...(["open", "opening/close"] as const).map(
    (verb): AdminAccessRule => ({
      method: "POST",
      path: `/admin/solicitations/:id/${verb}`,
      allow: [{ kinds: ["agency"], roles: ["admin", "operator", "approver"] }],
      action: verb === "open" ? "open solicitations at the opening time" : "close the opening window",
    })
  ),

  // Framework agreements (framework-agreement plugin): the solicitor's approvers generate and
  // sign (with the agency's certificate), file, review applications and remove suppliers; any
  // member may file; the regulator of the province acknowledges filings. The workflows check the
  // agreement's owner (another agency → 404) and province (another regulator → 403).
  { method: "GET", path: "/admin/framework-agreements*", allow: [ANY_STAFF], action: "read framework agreements" },
  ...(["/admin/framework-agreements", "/admin/framework-agreements/:id/sign"] as const).map(
    (path): AdminAccessRule => ({
      method: "POST",
      path,
      allow: [{ kinds: ["agency"], roles: ["admin", "approver"] }],
      action: path.endsWith("sign") ? "sign framework agreements" : "generate framework agreements",
    })
  ),
  {
    method: "POST",
    path: "/admin/framework-agreements/:id/file",
    allow: [{ kinds: ["agency"], roles: ["admin", "approver", "operator"] }],
    action: "file framework agreements",
  },
  {
    method: "POST",
    path: "/admin/framework-agreements/:id/acknowledge-filing",
    allow: [{ kinds: ["regulator"], roles: ["admin", "approver"] }],
    action: "acknowledge framework agreement filings",
  },
  ...(["review", "remove"] as const).map(
    (verb): AdminAccessRule => ({
      method: "POST",
      path: `/admin/framework-agreements/:id/memberships/:membership_id/${verb}`,
      allow: [{ kinds: ["agency"], roles: ["admin", "approver"] }],
      action: verb === "review" ? "review applications to join framework agreements" : "remove suppliers from framework agreements",
    })
  ),

  // E-mall orders, read-only: agencies run the e-mall; a regulator supervises the orders of its
  // province's purchasing units (the route filters by region, `domain/region-scope.ts`).
  { method: "GET", path: "/admin/emall-orders*", allow: [ANY_STAFF], action: "read e-mall orders" },
]

export type AdminAccessRequest = {
  method: string
  /** Request path without query string, e.g. "/admin/products/prod_1". */
  path: string
  /** The caller's organization; null when the admin user belongs to none. */
  organization: { id?: string; kind: OrganizationKind; status: OrganizationStatus } | null
  role: MemberRole | null
  /** The member's status; default active. */
  memberStatus?: MemberStatus
}

export type AdminAccessDecision = { allowed: boolean; reason: string }

function normalizeMethod(method: string): HttpMethod {
  const upper = method.toUpperCase()
  return (upper === "HEAD" || upper === "OPTIONS" ? "GET" : upper) as HttpMethod
}

function normalizePath(path: string): string {
  const bare = path.split("?")[0].replace(/\/+$/, "")
  return bare === "" ? "/" : bare
}

/** Does a rule's path pattern match a concrete path? */
export function matchesAdminPath(pattern: string, path: string): boolean {
  const target = normalizePath(path)
  if (pattern.endsWith("*")) {
    const prefix = pattern.slice(0, -1).replace(/\/+$/, "")
    const patternSegments = prefix.split("/").filter(Boolean)
    const pathSegments = target.split("/").filter(Boolean)
    if (pathSegments.length < patternSegments.length) return false
    return patternSegments.every((seg, i) => seg.startsWith(":") || seg === pathSegments[i])
  }
  const patternSegments = pattern.split("/").filter(Boolean)
  const pathSegments = target.split("/").filter(Boolean)
  if (patternSegments.length !== pathSegments.length) return false
  return patternSegments.every((seg, i) => (seg.startsWith(":") ? pathSegments[i].length > 0 : seg === pathSegments[i]))
}

export function isSelfAuthenticatedAdminRoute(method: string, path: string): boolean {
  const m = normalizeMethod(method)
  return ADMIN_SELF_AUTHENTICATED.some((r) => r.method === m && matchesAdminPath(r.path, path))
}

/** The rules that apply to a method + path (several may; any of them may grant). */
export function adminRulesFor(method: string, path: string, rules: readonly AdminAccessRule[] = ADMIN_ACCESS_RULES) {
  const m = normalizeMethod(method)
  return rules.filter((r) => (r.method === "*" || r.method === m) && matchesAdminPath(r.path, path))
}

function describeGrant(grant: AdminAccessGrant): string {
  const roles = grant.roles ? ` with role ${grant.roles.join(" / ")}` : ""
  return `${grant.kinds.join(" / ")} members${roles}`
}

/**
 * May this caller call this admin route? `reason` names the route and, on refusal, what is
 * missing (kind, role, status), e.g.
 * "POST /admin/products/prod_1 (not open to agency organizations): only platform admins may call it".
 */
export function decideAdminAccess(
  request: AdminAccessRequest,
  rules: readonly AdminAccessRule[] = ADMIN_ACCESS_RULES
): AdminAccessDecision {
  const method = normalizeMethod(request.method)
  const path = normalizePath(request.path)
  const route = `${method} ${path}`
  const { organization, role } = request

  if (!organization || !role) {
    return { allowed: false, reason: `${route}: the admin user is a member of no organization` }
  }
  if ((request.memberStatus ?? "active") !== "active") {
    return { allowed: false, reason: `${route}: the member is ${request.memberStatus}` }
  }
  if (organization.status !== "approved") {
    return {
      allowed: false,
      reason: `${route}: ${organization.kind} organization${organization.id ? ` ${organization.id}` : ""} is ${organization.status}; only approved organizations may call admin routes`,
    }
  }
  if (organization.kind === "platform" && role === "admin") {
    return { allowed: true, reason: `${route}: platform admin` }
  }
  const matching = adminRulesFor(method, path, rules)
  const granted = matching.flatMap((rule) =>
    rule.allow
      .filter((g) => g.kinds.includes(organization.kind) && (!g.roles || g.roles.includes(role)))
      .map(() => rule)
  )
  if (granted.length) {
    return { allowed: true, reason: `${route}: ${organization.kind} ${role} may ${granted[0].action}` }
  }
  if (!matching.length) {
    return {
      allowed: false,
      reason: `${route} is not open to ${organization.kind} organizations; only platform admins may call it`,
    }
  }
  const sameKind = matching.flatMap((rule) => rule.allow.filter((g) => g.kinds.includes(organization.kind)))
  const action = matching[0].action
  if (sameKind.length) {
    const roles = [...new Set(sameKind.flatMap((g) => g.roles ?? []))]
    return {
      allowed: false,
      reason: `${route}: role ${role} of a ${organization.kind} organization may not ${action}; the role ${roles.join(" / ")} is required`,
    }
  }
  return {
    allowed: false,
    reason: `${route}: ${organization.kind} organizations may not ${action}; only ${matching
      .flatMap((r) => r.allow.map(describeGrant))
      .join("; ")} (and platform admins) may`,
  }
}
