/**
 * The authorization matrix: for every HTTP route of the backend and the plugins (discovered
 * from `api/**\/route.ts`) and for the Medusa core write routes we must guard (`CORE_ROUTES`),
 * who may call it. `authorization-matrix.spec.ts` calls every route as every persona and
 * fails when a discovered route has no row here.
 *
 * allow = the call reaches the handler (2xx, or a domain / validation 4xx other than
 *         401 / 403 / 404);
 * deny  = 401 / 403 / 404 and no database row changed.
 *
 * Personas (see the spec for how each is made):
 * - purchaser A / B: admin of purchasing unit A (Taiyuan) / B (Datong), Medusa customers;
 * - supplier A / B, bank A / B: admins of approved organizations (custom actors);
 * - agency A: an APPROVER of agency A (Shanxi, 140000); agency B: an OPERATOR of agency B
 *   (Taiyuan, 140100) (admin users) — so that the operator / approver split shows in the
 *   matrix. Both are in Shanxi, so province scopes treat them alike; what differs besides the
 *   role is ownership: the fixture draft announcement is agency A's;
 * - expert on / off panel: evaluation experts. There are no evaluation panels yet, so both
 *   experts have exactly the same rights today; the columns are kept so that panel routes
 *   (next issues) get their expectations here;
 * - regulator: admin of the Shanxi finance department (region 140000); regulator (other
 *   region): admin of the Beijing one (110000) — the fixtures are Shanxi organizations, so
 *   region-scoped actions are denied to it by the workflows' guards and region-scoped reads
 *   answer 404 (the fixture e-mall order is purchasing unit A's, the draft's region Taiyuan);
 * - platform admin: admin of the platform organization (every admin route).
 */
export const PERSONAS = [
  "anonymous",
  "purchaserA",
  "purchaserB",
  "supplierA",
  "supplierB",
  "agencyA",
  "agencyB",
  "expertOnPanel",
  "expertOffPanel",
  "bankA",
  "bankB",
  "regulator",
  "regulatorOther",
  "platformAdmin",
] as const
export type Persona = (typeof PERSONAS)[number]
export type Access = "allow" | "deny"
export type RouteExpectation = Record<Persona, Access>

/** Medusa core routes we must guard (not discovered: they live in @medusajs/medusa). */
export const CORE_ROUTES = [
  // Not region-scoped, so closed to regulators (they read GET /admin/emall-orders).
  "GET /admin/orders",
  // Customer self-sign-up is closed (purchasers are enrolled); editing oneself is not.
  "POST /auth/customer/emailpass/register",
  "POST /store/customers",
  "POST /store/customers/me",
  "GET /admin/products",
  "POST /admin/products",
  "POST /admin/products/:id",
  "DELETE /admin/products/:id",
  // Medusa 2.21 has no POST /admin/users (users come from invites); kept to prove that even a
  // non-existent admin route is refused with 403 before Express answers 404.
  "POST /admin/users",
  "POST /admin/invites",
  "POST /admin/price-lists",
  "POST /admin/api-keys",
  "POST /admin/regions",
] as const

function only(...allowed: Persona[]): RouteExpectation {
  return Object.fromEntries(PERSONAS.map((p) => [p, allowed.includes(p) ? "allow" : "deny"])) as RouteExpectation
}
const everyone = () => only(...PERSONAS)
const nobody = () => only()

const PURCHASERS: Persona[] = ["purchaserA", "purchaserB"]
const SUPPLIERS: Persona[] = ["supplierA", "supplierB"]
const BANKS: Persona[] = ["bankA", "bankB"]
const EXPERTS: Persona[] = ["expertOnPanel", "expertOffPanel"]
const REGULATORS: Persona[] = ["regulator", "regulatorOther"]
const STAFF: Persona[] = ["agencyA", "agencyB", ...REGULATORS, "platformAdmin"]

export const EXPECTATIONS: Record<string, RouteExpectation> = {
  // ── public ───────────────────────────────────────────────────────────────────────────────
  "GET /ca/root": everyone(),
  "GET /ca/issuing": everyone(),
  "GET /ca/crl": everyone(),
  "GET /ca/certificates/:serial": everyone(),
  "GET /store/announcements": everyone(),
  "GET /store/announcements/:id": everyone(),
  // The purchaser catalog (publishable key checked in its SQL statement) and its /store aliases.
  "GET /catalog/products": everyone(),
  "GET /catalog/products/:id/offers": everyone(),
  "GET /store/catalog": everyone(),
  "GET /store/catalog/products/:id/offers": everyone(),

  // ── purchasers (Medusa customers, /store) ───────────────────────────────────────────────
  "GET /store/inbox": only(...PURCHASERS),
  "POST /store/inbox/:id/read": only(...PURCHASERS),
  "POST /store/certificates": only(...PURCHASERS),
  // Closed to everyone: purchasers are enrolled by the regulator (procurement-core).
  "POST /auth/customer/emailpass/register": nobody(),
  "POST /store/customers": nobody(),
  // Name / phone only; the email and the membership (by customer id) cannot change here.
  "POST /store/customers/me": only(...PURCHASERS),

  // ── suppliers ───────────────────────────────────────────────────────────────────────────
  "GET /supplier/me": only(...SUPPLIERS),
  // Reached by any supplier token; a registered supplier gets 400 "already registered".
  "POST /supplier/register": only(...SUPPLIERS),
  // Only a rejected supplier's admin: both suppliers are approved → 403.
  "POST /supplier/resubmit": nobody(),
  "POST /supplier/certificates": only(...SUPPLIERS),
  "GET /supplier/offers": only(...SUPPLIERS),
  "POST /supplier/offers": only(...SUPPLIERS),
  // The fixture offer is supplier A's: supplier B gets 404.
  "GET /supplier/offers/:id": only("supplierA"),
  "POST /supplier/offers/:id": only("supplierA"),
  "POST /supplier/offers/:id/price": only("supplierA"),
  "POST /supplier/offers/:id/submit": only("supplierA"),
  "POST /supplier/offers/:id/withdraw": only("supplierA"),
  // Private documents (procurement-core): own organization only. The allowed upload probe is a
  // JSON body → 400 naming `file`; the fixture documents are supplier A's and bank A's, so the
  // other supplier / bank gets 404.
  "POST /supplier/documents": only(...SUPPLIERS),
  "GET /supplier/documents": only(...SUPPLIERS),
  "GET /supplier/documents/:id/content": only("supplierA"),

  // E-mall orders (the e-mall plugin, in progress). No cart / order fixture yet: the allowed
  // personas' calls carry a body the route's validator refuses (400), which shows the call got
  // past authentication and the organization policy.
  "GET /store/emall/orders": only(...PURCHASERS),
  "POST /store/emall/carts/:id/offers": only(...PURCHASERS),
  "POST /store/emall/carts/:id/complete": only(...PURCHASERS),
  "POST /store/emall/direct-purchase": only(...PURCHASERS),
  "GET /supplier/orders": only(...SUPPLIERS),
  "POST /supplier/orders/:id/confirm": only(...SUPPLIERS),
  "POST /supplier/orders/:id/decline": only(...SUPPLIERS),

  // E-mall price reports: a purchasing unit reports and lists its own; a supplier lists the
  // decided reports on its own offers (each gets its own rows; the handler filters).
  "POST /store/emall/price-reports": only(...PURCHASERS),
  "GET /store/emall/price-reports": only(...PURCHASERS),
  "GET /supplier/price-reports": only(...SUPPLIERS),

  // ── banks, experts ──────────────────────────────────────────────────────────────────────
  "GET /bank/me": only(...BANKS),
  "POST /bank/register": only(...BANKS),
  "POST /bank/certificates": only(...BANKS),
  "POST /bank/documents": only(...BANKS),
  "GET /bank/documents": only(...BANKS),
  "GET /bank/documents/:id/content": only("bankA"),
  "GET /expert/me": only(...EXPERTS),
  "POST /expert/certificates": only(...EXPERTS),
  // Identity verification by certificate (e-signature): each expert answers only its own
  // challenge (the fixture gives each expert persona one; another expert's id is 404).
  "POST /expert/identity-challenges": only(...EXPERTS),
  "POST /expert/identity-challenges/:id/answer": only(...EXPERTS),

  // ── /admin: procurement-core ────────────────────────────────────────────────────────────
  "GET /admin/announcements": only(...STAFF),
  // The fixture is agency A's Taiyuan draft: agency B and the other province's regulator get 404.
  "GET /admin/announcements/:id": only("agencyA", "regulator", "platformAdmin"),
  // Operators draft (agency B), approvers publish (agency A); the regulator persona is an admin.
  "POST /admin/announcements": only("agencyB", "platformAdmin"),
  "POST /admin/announcements/:id/publish": only("agencyA", "platformAdmin"),
  "POST /admin/announcements/:id/withdraw": only("agencyA", "platformAdmin"),
  "GET /admin/inbox": only(...STAFF),
  "POST /admin/inbox/:id/read": only(...STAFF),
  "GET /admin/audit-log": only(...REGULATORS, "platformAdmin"),
  "GET /admin/calendar-overrides": only(...STAFF),
  "POST /admin/calendar-overrides": only(...REGULATORS, "platformAdmin"),
  "GET /admin/experts": only(...STAFF),
  // The body's expert is from Taiyuan: the Beijing regulator is refused by the region guard.
  "POST /admin/experts": only("agencyB", "regulator", "platformAdmin"),
  "GET /admin/organizations": only(...STAFF),
  "GET /admin/organizations/:id": only(...STAFF),
  // Region-scoped: the other region's regulator is refused by the workflows' guard (403).
  "POST /admin/organizations": only("regulator", "platformAdmin"),
  "POST /admin/organizations/:id/approve": only("regulator", "platformAdmin"),
  "POST /admin/organizations/:id/reject": only("regulator", "platformAdmin"),
  "POST /admin/organizations/:id/suspend": only("regulator", "platformAdmin"),
  "POST /admin/organizations/:id/ban": only("regulator", "platformAdmin"),
  "POST /admin/organizations/:id/reinstate": only("regulator", "platformAdmin"),
  "POST /admin/organizations/:id/members": only("regulator", "platformAdmin"),
  // Documents of the Shanxi supplier fixtures: agencies read suppliers' documents, the regulator
  // of another province is refused by the handler's region scope (403).
  "GET /admin/organizations/:id/documents": only("agencyA", "agencyB", "regulator", "platformAdmin"),
  "GET /admin/documents/:id/content": only("agencyA", "agencyB", "regulator", "platformAdmin"),

  // ── /admin: e-signature ─────────────────────────────────────────────────────────────────
  "POST /admin/certificates": only(...REGULATORS, "platformAdmin"),
  // The fixture certificate is supplier A's (Shanxi): region-scoped like the reviews.
  "POST /admin/certificates/:serial/revoke": only("regulator", "platformAdmin"),

  // ── /admin: e-mall (listing review is the agency's) ─────────────────────────────────────
  "GET /admin/offers": only("agencyA", "agencyB", "platformAdmin"),
  "GET /admin/offers/:id": only("agencyA", "agencyB", "platformAdmin"),
  "POST /admin/offers/:id/approve": only("agencyA", "platformAdmin"),
  "POST /admin/offers/:id/reject": only("agencyA", "platformAdmin"),
  "GET /admin/reference-prices": only("agencyA", "agencyB", "platformAdmin"),
  "POST /admin/reference-prices": only("agencyA", "agencyB", "platformAdmin"),
  "POST /admin/catalog/reindex": only("platformAdmin"),
  // Price reports: read by agency members, decided by agency admins / approvers (agency B's
  // persona is an operator). The fixture report is open; the first allowed decision settles it
  // and later allowed calls get 400 not_allowed from the transition table (handler reached).
  "GET /admin/price-reports": only("agencyA", "agencyB", "platformAdmin"),
  "GET /admin/price-reports/:id": only("agencyA", "agencyB", "platformAdmin"),
  "POST /admin/price-reports/:id/uphold": only("agencyA", "platformAdmin"),
  "POST /admin/price-reports/:id/dismiss": only("agencyA", "platformAdmin"),
  // Read-only; the fixture order is purchasing unit A's (Shanxi): the Beijing regulator gets 404.
  "GET /admin/emall-orders": only(...STAFF),
  "GET /admin/emall-orders/:id": only("agencyA", "agencyB", "regulator", "platformAdmin"),

  // ── framework agreements (solicitations) ────────────────────────────────────────────────
  // Public notices; the fixture is agency A's published solicitation.
  "GET /store/solicitations": everyone(),
  "GET /store/solicitations/:id": everyone(),
  // Approved suppliers list open solicitations and ask clarification questions.
  "GET /supplier/solicitations": only(...SUPPLIERS),
  "POST /supplier/solicitations/:id/clarifications": only(...SUPPLIERS),
  // Staff read in their scope: each list shows only what the caller may see.
  "GET /admin/solicitations": only(...STAFF),
  // The fixture is agency A's plan for Taiyuan: agency B and the Beijing regulator get 404.
  "GET /admin/solicitations/:id": only("agencyA", "regulator", "platformAdmin"),
  "GET /admin/solicitations/:id/clarifications": only("agencyA", "regulator", "platformAdmin"),
  "GET /admin/solicitation-reviews": only(...REGULATORS, "platformAdmin"),
  // Agency operators draft (agency B); the platform is no solicitor (403).
  "POST /admin/solicitations": only("agencyB"),
  // The edited fixture is agency B's draft (agency A's persona is an approver: 403).
  "POST /admin/solicitations/:id": only("agencyB", "platformAdmin"),
  // Agency A's approver submits / publishes / cancels agency A's plans (agency B: operator → 403).
  "POST /admin/solicitations/:id/submit": only("agencyA", "platformAdmin"),
  "POST /admin/solicitations/:id/publish": only("agencyA", "platformAdmin"),
  "POST /admin/solicitations/:id/cancel": only("agencyA", "platformAdmin"),
  // Any agency role answers, but only for its own solicitation (agency B → 404).
  "POST /admin/solicitations/:id/clarifications/:clarification_id/answer": only("agencyA", "platformAdmin"),
  // The regulator of the plan's province reviews; the Beijing regulator is refused (403).
  "POST /admin/solicitations/:id/approve": only("regulator", "platformAdmin"),
  "POST /admin/solicitations/:id/file": only("regulator", "platformAdmin"),
  "POST /admin/solicitations/:id/return": only("regulator", "platformAdmin"),
  // Responses (sealed, signed) and deposits: approved suppliers, on their own records only. The
  // fixture response is supplier A's (supplier B → 404); the fixture lot asks no deposit and the
  // probe envelope is malformed, so the allowed calls end in a 400 from the handler.
  "GET /supplier/solicitations/:id/responses": only(...SUPPLIERS),
  "POST /supplier/solicitations/:id/responses": only(...SUPPLIERS),
  "POST /supplier/solicitations/:id/deposits": only(...SUPPLIERS),
  "POST /supplier/solicitations/:id/responses/:response_id/replace": only("supplierA"),
  "POST /supplier/solicitations/:id/responses/:response_id/withdraw": only("supplierA"),
  "POST /supplier/solicitations/:id/responses/:response_id/open": only("supplierA"),
  // The opening: the owning agency (any role) opens and closes the decryption window (agency B →
  // 404, regulators → 403); responses and clues are read in the solicitation's read scope.
  "POST /admin/solicitations/:id/open": only("agencyA", "platformAdmin"),
  "POST /admin/solicitations/:id/opening/close": only("agencyA", "platformAdmin"),
  "GET /admin/solicitations/:id/responses": only("agencyA", "regulator", "platformAdmin"),
  "GET /admin/solicitations/:id/opening": only("agencyA", "regulator", "platformAdmin"),

  // ── framework agreements (agreements and memberships) ───────────────────────────────────
  // Fixtures: agency A's closed agreements with supplier A (pending / active / filed) and an
  // open active agreement with an application (supplier B) and memberships; set up through the
  // module service. Signature bodies are well-formed but do not verify: allowed callers reach
  // the handler and get 400 from the e-signature check.
  "GET /admin/framework-agreements": only(...STAFF),
  "GET /admin/framework-agreements/:id": only("agencyA", "regulator", "platformAdmin"),
  // Agency approvers generate (the lot's first call creates, later ones get 400) and sign; agency
  // B is an operator (403); the platform may act for a solicitor but signs only with its key.
  "POST /admin/framework-agreements": only("agencyA", "platformAdmin"),
  "POST /admin/framework-agreements/:id/sign": only("agencyA", "platformAdmin"),
  // Any agency role files, but only its own agreement (agency B → 404).
  "POST /admin/framework-agreements/:id/file": only("agencyA", "platformAdmin"),
  // The regulator of the agreement's province acknowledges (Beijing → 403).
  "POST /admin/framework-agreements/:id/acknowledge-filing": only("regulator", "platformAdmin"),
  "POST /admin/framework-agreements/:id/memberships/:membership_id/review": only("agencyA", "platformAdmin"),
  "POST /admin/framework-agreements/:id/memberships/:membership_id/remove": only("agencyA", "platformAdmin"),
  // Suppliers list theirs and the open ones; the closed fixture is supplier A's (B → 404).
  "GET /supplier/framework-agreements": only(...SUPPLIERS),
  "GET /supplier/framework-agreements/:id": only("supplierA"),
  "POST /supplier/framework-agreements/:id/sign": only("supplierA"),
  // Any approved supplier may apply to an open agreement; the leaving membership is supplier A's.
  "POST /supplier/framework-agreements/:id/apply": only(...SUPPLIERS),
  "POST /supplier/framework-agreements/:id/memberships/:membership_id/leave": only("supplierA"),
  // Purchasing units see the active agreements eligible to them (possibly none).
  "GET /store/framework-agreements": only(...PURCHASERS),

  // ── /admin: Medusa core ─────────────────────────────────────────────────────────────────
  "GET /admin/orders": only("agencyA", "agencyB", "platformAdmin"),
  "GET /admin/products": only(...STAFF),
  "POST /admin/products": only("platformAdmin"),
  "POST /admin/products/:id": only("platformAdmin"),
  "DELETE /admin/products/:id": only("platformAdmin"),
  "POST /admin/users": nobody(),
  "POST /admin/invites": only("platformAdmin"),
  "POST /admin/price-lists": only("platformAdmin"),
  "POST /admin/api-keys": only("platformAdmin"),
  "POST /admin/regions": only("platformAdmin"),
}
