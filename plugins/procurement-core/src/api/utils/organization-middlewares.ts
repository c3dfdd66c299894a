import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requirePolicy } from "../policies"
import { actorCors } from "./actor-cors"
import {
  AdminApproveOrganization,
  AdminBanOrganization,
  AdminCreateOrganization,
  AdminEnrollExpert,
  AdminEnrollMember,
  AdminGetExpertsParams,
  AdminGetOrganizationsParams,
  AdminReinstateOrganization,
  AdminRejectOrganization,
  AdminSuspendOrganization,
  BankRegister,
  SupplierRegister,
  SupplierResubmit,
} from "./organization-validators"

const AUTH_TYPES: ("bearer" | "session")[] = ["bearer", "session"]

/**
 * Routes of the organizations feature. Custom actors (supplier, bank, expert) get CORS here:
 * Medusa applies it to /store, /admin and /auth only. Registration accepts the registration
 * token (`allowUnregistered`); everything else needs a linked actor. Who may call the
 * `/admin/organizations…` and `/admin/experts` routes is decided by the global admin role
 * middleware (`domain/admin-access-policy.ts`), not here.
 */
export const organizationMiddlewares: MiddlewareRoute[] = [
  { matcher: "/supplier*", middlewares: [actorCors()] },
  { matcher: "/bank*", middlewares: [actorCors()] },
  { matcher: "/expert*", middlewares: [actorCors()] },
  {
    methods: ["POST"],
    matcher: "/supplier/register",
    middlewares: [
      authenticate("supplier", AUTH_TYPES, { allowUnregistered: true }),
      validateAndTransformBody(SupplierRegister),
    ],
  },
  { methods: ["GET"], matcher: "/supplier/me", middlewares: [authenticate("supplier", AUTH_TYPES)] },
  {
    methods: ["POST"],
    matcher: "/supplier/resubmit",
    middlewares: [
      authenticate("supplier", AUTH_TYPES),
      requirePolicy("supplier.resubmit"),
      validateAndTransformBody(SupplierResubmit),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/bank/register",
    middlewares: [authenticate("bank", AUTH_TYPES, { allowUnregistered: true }), validateAndTransformBody(BankRegister)],
  },
  { methods: ["GET"], matcher: "/bank/me", middlewares: [authenticate("bank", AUTH_TYPES)] },
  { methods: ["GET"], matcher: "/expert/me", middlewares: [authenticate("expert", AUTH_TYPES)] },
  {
    methods: ["GET"],
    matcher: "/admin/organizations",
    middlewares: [validateAndTransformQuery(AdminGetOrganizationsParams, {})],
  },
  {
    methods: ["POST"],
    matcher: "/admin/organizations",
    middlewares: [validateAndTransformBody(AdminCreateOrganization)],
  },
  ...(
    [
      ["approve", AdminApproveOrganization],
      ["reject", AdminRejectOrganization],
      ["suspend", AdminSuspendOrganization],
      ["ban", AdminBanOrganization],
      ["reinstate", AdminReinstateOrganization],
    ] as const
  ).map(
    ([action, schema]): MiddlewareRoute => ({
      methods: ["POST"],
      matcher: `/admin/organizations/:id/${action}`,
      middlewares: [validateAndTransformBody(schema)],
    })
  ),
  {
    methods: ["POST"],
    matcher: "/admin/organizations/:id/members",
    middlewares: [validateAndTransformBody(AdminEnrollMember)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/experts",
    middlewares: [validateAndTransformQuery(AdminGetExpertsParams, {})],
  },
  {
    methods: ["POST"],
    matcher: "/admin/experts",
    middlewares: [validateAndTransformBody(AdminEnrollExpert)],
  },
]
