import { authenticate, MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { SubmitCsr } from "./csr-validators"
import { requirePolicy } from "./permissions"

const AUTH_TYPES: ("bearer" | "session")[] = ["bearer", "session"]

/**
 * CSR submission per actor. CORS for /supplier, /bank and /expert is set by procurement-core
 * (actorCors); /store and /admin get Medusa's own.
 */
export const actorCertificateMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/supplier/certificates",
    middlewares: [authenticate("supplier", AUTH_TYPES), requirePolicy("certificates.request.supplier"), validateAndTransformBody(SubmitCsr)],
  },
  {
    methods: ["POST"],
    matcher: "/bank/certificates",
    middlewares: [authenticate("bank", AUTH_TYPES), requirePolicy("certificates.request.bank"), validateAndTransformBody(SubmitCsr)],
  },
  {
    methods: ["POST"],
    matcher: "/store/certificates",
    middlewares: [
      authenticate("customer", AUTH_TYPES),
      requirePolicy("certificates.request.purchasing_unit"),
      validateAndTransformBody(SubmitCsr),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/certificates",
    // Who may: procurement-core's admin role table (global /admin* middleware).
    middlewares: [validateAndTransformBody(SubmitCsr)],
  },
  {
    methods: ["POST"],
    matcher: "/expert/certificates",
    middlewares: [authenticate("expert", AUTH_TYPES), validateAndTransformBody(SubmitCsr)],
  },
]
